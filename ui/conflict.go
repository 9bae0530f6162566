package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"timeline/i18n"
	"timeline/model"
	"timeline/present"
)

// conflictView shows an event that the reporter and another writer both
// changed since the reporter's edit began: their version and the
// reporter's, side by side (stacked when narrow), and lets the reporter
// choose: keep mine (over theirs), keep theirs (mine is dropped), or go
// back to editing, on theirs, with what they typed. It sends
// conflictDoneMsg with the choice.
type conflictView struct {
	outbox
	ds        *model.Dataset
	conflicts []model.Conflict
	rebased   model.Edit // the rest of the reporter's edit, which does not conflict
	form      *eventForm // the form the edit came from, nil when none
	scroll    int
	keys      conflictKeys
	width     int
	height    int
	cat       i18n.Catalog
	st        *styles
}

// conflictChoice is what the reporter chose.
type conflictChoice int

const (
	keepMine conflictChoice = iota
	keepTheirs
	backToEditing
)

// conflictDoneMsg carries the choice, with the conflict it settles.
type conflictDoneMsg struct {
	choice conflictChoice
	view   conflictView
}

// conflictKeys are the conflict screen's bindings.
type conflictKeys struct {
	Mine, Theirs, Edit, Down, Up key.Binding
}

// newConflictView returns the screen for conflicts found while applying
// an edit; rebased is the rest of that edit.
func newConflictView(ds *model.Dataset, conflicts []model.Conflict, rebased model.Edit, form *eventForm, cat i18n.Catalog, st *styles) conflictView {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, cat.T(desc)))
	}
	c := conflictView{ds: ds, conflicts: conflicts, rebased: rebased, form: form, cat: cat, st: st,
		keys: conflictKeys{
			Mine:   b([]string{"m"}, "m", "key.conflict.mine"),
			Theirs: b([]string{"t"}, "t", "key.conflict.theirs"),
			Edit:   b([]string{"e", "esc"}, "e/esc", "key.conflict.edit"),
			Down:   b([]string{"down", "j"}, "↓/j", "key.scrolldown"),
			Up:     b([]string{"up", "k"}, "↑/k", "key.scrollup"),
		}}
	c.keys.Edit.SetEnabled(form != nil)
	return c
}

// Update implements the component.
func (c conflictView) Update(msg tea.Msg) (conflictView, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return c, nil
	}
	switch {
	case key.Matches(k, c.keys.Mine):
		c.send(conflictDoneMsg{keepMine, c})
	case key.Matches(k, c.keys.Theirs):
		c.send(conflictDoneMsg{keepTheirs, c})
	case key.Matches(k, c.keys.Edit):
		c.send(conflictDoneMsg{backToEditing, c})
	case key.Matches(k, c.keys.Down):
		c.scroll++
	case key.Matches(k, c.keys.Up):
		c.scroll = max(c.scroll-1, 0)
	}
	return c, nil
}

// resolution returns the edit that settles every conflict with the
// choice, over the file as the conflict found it: the rest of the
// reporter's edit, with their versions when they keep theirs.
func (c conflictView) resolution(choice conflictChoice) model.Edit {
	if choice != keepMine {
		return c.rebased
	}
	parts := []model.Edit{c.rebased}
	for _, x := range c.conflicts {
		parts = append(parts, x.KeepMine())
	}
	return model.Join(parts...)
}

// SetSize implements the component.
func (c *conflictView) SetSize(width, height int) {
	c.width, c.height = max(width, 0), max(height, 0)
}

// View implements the component: for each conflict, theirs and mine.
func (c conflictView) View() string {
	inner := max(c.width-2, 1)
	var lines []string
	for _, x := range c.conflicts {
		title := x.ID
		if x.Theirs != nil {
			title = x.Theirs.Title.String(c.cat.Lang())
		} else if x.Mine != nil {
			title = x.Mine.Title.String(c.cat.Lang())
		}
		lines = append(lines, c.st.warning.Render(fit(c.cat.T("conflict.both", oneLine(title)), inner)), "")
		lines = append(lines, c.versions(x, inner)...)
		lines = append(lines, "")
	}
	room := max(c.height-2, 0)
	off := min(c.scroll, max(len(lines)-room, 0))
	return box(c.cat.T("conflict.title"), lines[off:], c.width, c.height, true, c.st)
}

// versions draws theirs and mine side by side when there is room for two
// columns of 30, else one above the other.
func (c conflictView) versions(x model.Conflict, width int) []string {
	side := width >= 61
	w := width
	if side {
		w = (width - 1) / 2
	}
	draw := func(label string, e *model.Event) []string {
		out := []string{c.st.heading.Render(fit(label, w))}
		if e == nil {
			return append(out, c.st.dim.Render(fit(c.cat.T("conflict.removed"), w)))
		}
		return append(out, present.Detail(c.ds, e, w, c.cat, c.st.detail(), present.DetailOptions{ShowTitle: true})...)
	}
	theirs, mine := draw(c.cat.T("conflict.theirs"), x.Theirs), draw(c.cat.T("conflict.mine"), x.Mine)
	if !side {
		return append(append(theirs, ""), mine...)
	}
	n := max(len(theirs), len(mine))
	out := make([]string, n)
	for i := range n {
		l, r := "", ""
		if i < len(theirs) {
			l = theirs[i]
		}
		if i < len(mine) {
			r = mine[i]
		}
		out[i] = fit(l, w) + c.st.border.Render("│") + fit(r, w)
	}
	return out
}

// ShortHelp implements help.KeyMap.
func (c conflictView) ShortHelp() []key.Binding {
	return []key.Binding{c.keys.Mine, c.keys.Theirs, c.keys.Edit}
}

// FullHelp implements help.KeyMap.
func (c conflictView) FullHelp() [][]key.Binding {
	return [][]key.Binding{{c.keys.Mine, c.keys.Theirs, c.keys.Edit}, {c.keys.Down, c.keys.Up}}
}

// conflictLabel names the events in conflict, for a notice.
func conflictLabel(cs []model.Conflict) string {
	ids := make([]string, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	return strings.Join(ids, ", ")
}
