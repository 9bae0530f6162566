package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"timeline/i18n"
	"timeline/model"
)

// promptMode says what the bottom line's input is for.
type promptMode int

const (
	noPrompt promptMode = iota
	searchPrompt
	filterPrompt
	jumpPrompt
)

// label returns the catalog key of the prompt's label.
func (m promptMode) label() string {
	switch m {
	case filterPrompt:
		return "prompt.filter"
	case jumpPrompt:
		return "prompt.jump"
	}
	return "prompt.search"
}

// maxQueryBytes caps what a prompt keeps of a paste.
const maxQueryBytes = 512

// prompt is the one-line input at the bottom: "/" search, "f" filter and
// "@" jump. It owns the filter history. The explorer owns it, as bubbles'
// list owns its filter input, and acts on what it sends: each edit, enter
// and esc.
type prompt struct {
	outbox
	mode    promptMode
	input   textinput.Model
	keys    promptKeys
	hint    string // why the current input cannot be used, shown after it
	history []string
	histPos int // position in history while recalling; len(history) when not
	width   int
	cat     i18n.Catalog
	st      *styles
	comp    *completer // what tab completes in a search or a filter; nil for none
}

// promptKeys are the prompt's bindings; every other key edits the input.
type promptKeys struct {
	Accept, Cancel, Older, Newer key.Binding
	Complete                     key.Binding
}

// newPromptKeys returns the prompt's bindings in cat's language.
func newPromptKeys(cat i18n.Catalog) promptKeys {
	return promptKeys{
		Accept:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("key.accept"))),
		Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("key.cancel"))),
		Older:    key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", cat.T("key.older"))),
		Newer:    key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", cat.T("key.newer"))),
		Complete: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", cat.T("key.complete"))),
	}
}

// promptEditedMsg says that the input changed while open in mode.
type promptEditedMsg struct {
	mode  promptMode
	value string
}

// promptDoneMsg says that the prompt closed: accepted with enter, or
// cancelled with esc.
type promptDoneMsg struct {
	mode     promptMode
	value    string
	accepted bool
}

func newPrompt(cat i18n.Catalog, st *styles) prompt {
	in := textinput.New()
	in.CharLimit = maxQueryBytes
	in.Prompt = ""
	ist := in.Styles()
	ist.Cursor.Blink = false // a blinking cursor would wake the program twice a second
	in.SetStyles(ist)
	return prompt{input: in, keys: newPromptKeys(cat), cat: cat, st: st}
}

// open starts input in mode, with an initial value.
func (p *prompt) open(mode promptMode, value string) tea.Cmd {
	p.mode, p.hint = mode, ""
	p.SetSize(p.width, 1) // the label, and so the input's room, depends on the mode
	p.histPos = len(p.history)
	p.input.SetValue(value)
	p.input.CursorEnd()
	return p.input.Focus()
}

// close ends input.
func (p *prompt) close() {
	p.mode, p.hint = noPrompt, ""
	p.input.Blur()
}

// active reports whether the prompt is open.
func (p *prompt) active() bool { return p.mode != noPrompt }

// value returns the input, cleaned of anything a terminal would act on.
func (p *prompt) value() string {
	v, _ := model.SanitizeN(p.input.Value(), maxQueryBytes, true)
	return v
}

// Update implements the component: enter accepts, esc cancels, up and
// down recall earlier filters, and anything else edits the input.
func (p prompt) Update(msg tea.Msg) (prompt, tea.Cmd) {
	if !p.active() {
		return p, nil
	}
	k := p.bindings()
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(msg, k.Accept), key.Matches(msg, k.Cancel):
			done := promptDoneMsg{mode: p.mode, value: p.value(), accepted: key.Matches(msg, k.Accept)}
			p.close()
			p.send(done)
			return p, nil
		case key.Matches(msg, k.Complete):
			if p.completeTerm() {
				p.hint = ""
				p.send(promptEditedMsg{p.mode, p.value()})
			}
			return p, nil
		case key.Matches(msg, k.Older), key.Matches(msg, k.Newer):
			delta := -1
			if key.Matches(msg, k.Newer) {
				delta = 1
			}
			if p.recall(delta) {
				p.hint = ""
				p.send(promptEditedMsg{p.mode, p.value()})
			}
			return p, nil
		}
	}
	before := p.input.Value()
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p.hint = ""
		p.send(promptEditedMsg{p.mode, p.value()})
	}
	return p, cmd
}

// bindings returns the keys that apply in the current mode: only a filter
// has a history.
func (p *prompt) bindings() promptKeys {
	k := p.keys
	k.Older.SetEnabled(p.mode == filterPrompt)
	k.Newer.SetEnabled(p.mode == filterPrompt)
	k.Complete.SetEnabled(p.completes())
	return k
}

// completes reports whether tab completes in the current mode.
func (p *prompt) completes() bool {
	return p.comp != nil && (p.mode == searchPrompt || p.mode == filterPrompt)
}

// completion returns what the term being typed may become, when the
// mode completes.
func (p *prompt) completion() completion {
	if !p.completes() {
		return completion{}
	}
	return p.comp.complete(p.input.Value())
}

// completeTerm completes the term being typed as far as its candidates
// agree, and reports whether the input changed.
func (p *prompt) completeTerm() bool {
	c := p.completion()
	if len(c.candidates) == 0 {
		return false
	}
	v := c.head + commonPrefix(c.candidates)
	if v == p.input.Value() || !strings.HasPrefix(v, c.head) || len(v) <= len(p.input.Value()) && strings.HasPrefix(p.input.Value(), v) {
		return false
	}
	p.input.SetValue(v)
	p.input.CursorEnd()
	return true
}

// ShortHelp implements help.KeyMap.
func (p prompt) ShortHelp() []key.Binding {
	k := p.bindings()
	return []key.Binding{k.Accept, k.Cancel, k.Complete, k.Older, k.Newer}
}

// FullHelp implements help.KeyMap.
func (p prompt) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }

// SetSize implements the component: the prompt is one line of width, the
// input what the label leaves. The input scrolls its text to keep the
// cursor in view.
func (p *prompt) SetSize(width, _ int) {
	p.width = max(width, 0)
	p.input.SetWidth(max(p.room()-1, 1)) // the input draws its cursor beyond its width
	p.input.SetCursor(p.input.Position())
}

// room is the width left for the input and a hint after the label.
func (p *prompt) room() int {
	return max(p.width-1-lipgloss.Width(p.cat.T(p.mode.label())), 1)
}

// View draws the label, the input and any hint or example in the
// prompt's width. The input takes what its text needs; a hint gets the
// rest, so that the examples after "@" are not pushed off the line by the
// input's padding.
func (p prompt) View() string {
	label := p.cat.T(p.mode.label())
	room := p.room()
	hint, style := p.hint, p.st.hint
	switch {
	case hint != "":
	case p.mode == jumpPrompt && p.input.Value() == "":
		hint, style = p.cat.T("hint.jump"), p.st.dim
	case p.completes():
		hint, style = p.completion().text(p.cat), p.st.dim
	}
	in := p.input
	if need := lipgloss.Width(in.Value()) + 1; hint != "" && need < room {
		// The text fits: the hint follows it instead of the input's
		// padding (a width of 0 draws the text and the cursor alone).
		in.SetWidth(0)
	}
	s := " " + p.st.prompt.Render(label) + in.View()
	if left := p.width - lipgloss.Width(s) - 2; hint != "" && left > 1 {
		s += "  " + style.Render(ansi.Truncate(hint, left, "…"))
	}
	return ansi.Truncate(s, p.width, "")
}

// remember adds a filter to the history, most recent last, without
// repeating the last one.
func (p *prompt) remember(q string) {
	if q == "" || (len(p.history) > 0 && p.history[len(p.history)-1] == q) {
		return
	}
	p.history = append(p.history, q)
	if len(p.history) > 100 {
		p.history = p.history[1:]
	}
}

// recall moves through the history by delta (-1 older, +1 newer) and
// reports whether the input changed.
func (p *prompt) recall(delta int) bool {
	i := p.histPos + delta
	if i < 0 || i > len(p.history) {
		return false
	}
	p.histPos = i
	v := ""
	if i < len(p.history) {
		v = p.history[i]
	}
	p.input.SetValue(v)
	p.input.CursorEnd()
	return true
}
