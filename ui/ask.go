package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"timeline/i18n"
)

// askPurpose says what an ask screen's answer is for.
type askPurpose int

const (
	askDelete askPurpose = iota // y/n: delete the selected event
	askCopy                     // a path: save a copy of a read-only dataset there
	askNote                     // text: the private note on an event
	askTags                     // text: an event's tags, separated by commas
)

// ask is a small screen that asks one thing: a yes or no, or one line of
// text (a path, a note, tags), with what it is about above it. It sends
// askDoneMsg when answered, or closeMsg when cancelled with esc.
type ask struct {
	outbox
	purpose askPurpose
	id      string   // the event it is about, if any
	lines   []string // what the question is about, shown above it
	yesNo   bool
	input   textinput.Model
	keys    askKeys
	width   int
	height  int
	cat     i18n.Catalog
	st      *styles
}

// askDoneMsg carries the answer: yes, or the text typed.
type askDoneMsg struct {
	purpose askPurpose
	id      string
	value   string
}

// askKeys are the ask screen's bindings.
type askKeys struct {
	Yes, No, Accept, Cancel key.Binding
}

// newAsk returns an ask screen; a yes-or-no one when yesNo, else one
// whose input starts with value.
func newAsk(purpose askPurpose, id string, lines []string, yesNo bool, value string, cat i18n.Catalog, st *styles) ask {
	in := textinput.New()
	in.Prompt = "› "
	in.CharLimit = 64 << 10
	in.SetValue(value)
	steady(&in)
	in.CursorEnd()
	in.Focus()
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, cat.T(desc)))
	}
	a := ask{purpose: purpose, id: id, lines: lines, yesNo: yesNo, input: in, cat: cat, st: st,
		keys: askKeys{
			Yes:    b([]string{"y", "Y"}, "y", "key.yes"),
			No:     b([]string{"n", "N"}, "n", "key.no"),
			Accept: b([]string{"enter"}, "enter", "key.accept"),
			Cancel: b([]string{"esc"}, "esc", "key.cancel"),
		}}
	a.keys.Yes.SetEnabled(yesNo)
	a.keys.No.SetEnabled(yesNo)
	a.keys.Accept.SetEnabled(!yesNo)
	return a
}

// Update implements the component.
func (a ask) Update(msg tea.Msg) (ask, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, a.keys.Cancel), key.Matches(msg, a.keys.No):
			a.send(closeMsg{})
			return a, nil
		case key.Matches(msg, a.keys.Yes):
			a.send(askDoneMsg{purpose: a.purpose, id: a.id, value: "yes"})
			return a, nil
		case key.Matches(msg, a.keys.Accept):
			a.send(askDoneMsg{purpose: a.purpose, id: a.id, value: a.input.Value()})
			return a, nil
		}
		if a.yesNo {
			return a, nil
		}
	case tea.PasteMsg:
		if a.yesNo {
			return a, nil
		}
	default:
		return a, nil
	}
	var cmd tea.Cmd
	a.input, cmd = a.input.Update(msg)
	return a, cmd
}

// SetSize implements the component.
func (a *ask) SetSize(width, height int) {
	a.width, a.height = max(width, 0), max(height, 0)
	a.input.SetWidth(max(a.width-6, 1))
}

// View implements the component: what the question is about, wrapped,
// then the question or the input, in a box of the whole body.
func (a ask) View() string {
	inner := max(a.width-2, 1)
	var lines []string
	for _, l := range a.lines {
		lines = append(lines, strings.Split(lipgloss.Wrap(l, inner, ""), "\n")...)
	}
	lines = append(lines, "")
	if a.yesNo {
		lines = append(lines, a.st.prompt.Render(a.cat.T("ask.yesno")))
	} else {
		lines = append(lines, a.input.View())
	}
	// The input stays on screen when the text above does not fit.
	if room := max(a.height-2, 0); len(lines) > room && room > 0 {
		lines = append(lines[:room-1], lines[len(lines)-1])
	}
	return box(a.cat.T(askTitle(a.purpose)), lines, a.width, a.height, true, a.st)
}

// askTitle is the catalog key of an ask screen's title.
func askTitle(p askPurpose) string {
	switch p {
	case askDelete:
		return "ask.delete.title"
	case askCopy:
		return "ask.copy.title"
	case askNote:
		return "ask.note.title"
	}
	return "ask.tags.title"
}

// ShortHelp implements help.KeyMap.
func (a ask) ShortHelp() []key.Binding {
	return []key.Binding{a.keys.Yes, a.keys.No, a.keys.Accept, a.keys.Cancel}
}

// FullHelp implements help.KeyMap.
func (a ask) FullHelp() [][]key.Binding { return [][]key.Binding{a.ShortHelp()} }
