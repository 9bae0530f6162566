package ui

import (
	"charm.land/bubbles/v2/key"

	"timeline/i18n"
)

// explorerKeys are the bindings of the timeline and the detail pane.
// The list's movement keys and the detail's scrolling keys share names
// (j, k, g, G…); which set is on follows the focus, so that the help says
// what a key does now.
type explorerKeys struct {
	Up, Down, Top, Bottom, PageDown, PageUp key.Binding
	PrevMonth, NextMonth                    key.Binding
	Scroll                                  scrollKeys // the detail, when it has the focus
	Tab, Zoom, Back                         key.Binding
	Search, Filter, NextMatch, PrevMatch    key.Binding
	Kinds, JumpDate, Mark, ToMark           key.Binding
	NoKind                                  key.Binding // 0: events whose file gives no kind
	JumpBack, JumpForward                   key.Binding
	Copy, Open, Person, People              key.Binding
	OrgChart, Stats                         key.Binding
	Notebook                                notebookKeys // notebook_keys.go
	Intro, Refetch                          key.Binding  // the introduction; fetching a web address again
}

// newExplorerKeys returns the bindings of DESIGN.md, described in the
// catalog's language.
func newExplorerKeys(cat i18n.Catalog) explorerKeys {
	b := func(keys []string, helpKey, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, cat.T(desc)))
	}
	return explorerKeys{
		Up:          b([]string{"up", "k"}, "↑/k", "key.up"),
		Down:        b([]string{"down", "j"}, "↓/j", "key.down"),
		Top:         b([]string{"g", "home"}, "g/home", "key.first"),
		Bottom:      b([]string{"G", "end"}, "G/end", "key.last"),
		PageDown:    b([]string{"ctrl+d", "pgdown"}, "ctrl+d/pgdn", "key.pagedown"),
		PageUp:      b([]string{"ctrl+u", "pgup"}, "ctrl+u/pgup", "key.pageup"),
		PrevMonth:   b([]string{"["}, "[", "key.prevmonth"),
		NextMonth:   b([]string{"]"}, "]", "key.nextmonth"),
		Scroll:      newScrollKeys(cat),
		Tab:         b([]string{"tab"}, "tab", "key.tab"),
		Zoom:        b([]string{"enter"}, "enter", "key.zoom"),
		Back:        b([]string{"esc"}, "esc", "key.back"),
		Search:      b([]string{"/"}, "/", "key.search"),
		Filter:      b([]string{"f"}, "f", "key.filter"),
		NextMatch:   b([]string{"n"}, "n", "key.nextmatch"),
		PrevMatch:   b([]string{"N"}, "N", "key.prevmatch"),
		Kinds:       b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1-9", "key.kinds"),
		NoKind:      b([]string{"0"}, "0", "key.nokind"),
		JumpDate:    b([]string{"@"}, "@", "key.jumpdate"),
		Mark:        b([]string{"m"}, "m", "key.mark"),
		ToMark:      b([]string{"'"}, "'", "key.tomark"),
		JumpBack:    b([]string{"ctrl+o"}, "ctrl+o", "key.jumpback"),
		JumpForward: b([]string{"ctrl+i"}, "ctrl+i", "key.jumpforward"),
		Copy:        b([]string{"y"}, "y", "key.copy"),
		Open:        b([]string{"o"}, "o", "key.open"),
		Person:      b([]string{"P"}, "P", "key.person"),
		People:      b([]string{"p"}, "p", "key.people"),
		OrgChart:    b([]string{"O"}, "O", "key.orgchart"),
		Stats:       b([]string{"s"}, "s", "key.stats"),
		Notebook:    newNotebookKeys(cat),
		Intro:       b([]string{"i"}, "i", "key.intro"),
		Refetch:     b([]string{"r"}, "r", "key.refetch"),
	}
}

// keyState is what decides which of the explorer's bindings apply.
type keyState struct {
	onDetail  bool // the detail has the focus, or is zoomed
	selected  bool // an event is selected
	people    bool // and it names people
	searching bool // a search highlights matches
	canBack   bool // esc has something to back out of
	canUndo   bool // the session has a change to undo
	canRedo   bool // and one to redo
	fromWeb   bool // the dataset came from a web address, which r fetches again
	noKind    bool // some events have no kind, which 0 shows and hides
}

// enabled returns the bindings with those that do not apply now turned
// off, so that neither the help nor the status line lists a key that would
// do nothing.
func (k explorerKeys) enabled(s keyState) explorerKeys {
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.Top, &k.Bottom, &k.PageDown, &k.PageUp} {
		b.SetEnabled(!s.onDetail)
	}
	k.Scroll.setEnabled(s.onDetail)
	for _, b := range []*key.Binding{&k.Zoom, &k.Copy, &k.Open, &k.OrgChart, &k.Mark} {
		b.SetEnabled(s.selected)
	}
	k.Person.SetEnabled(s.people)
	k.NextMatch.SetEnabled(s.searching)
	k.PrevMatch.SetEnabled(s.searching)
	k.Back.SetEnabled(s.canBack)
	k.Notebook = k.Notebook.enabled(s.selected, s.canUndo, s.canRedo)
	k.Refetch.SetEnabled(s.fromWeb)
	k.NoKind.SetEnabled(s.noKind)
	return k
}

// ShortHelp implements help.KeyMap: the status line's bindings.
func (k explorerKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Search, k.NextMatch, k.Filter, k.JumpDate, k.Copy, k.People, k.OrgChart, k.Notebook.Add}
}

// FullHelp implements help.KeyMap: every binding, in columns by purpose.
func (k explorerKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom},
		{k.PageDown, k.PageUp, k.PrevMonth, k.NextMonth},
		k.Scroll.list(),
		{k.Search, k.NextMatch, k.PrevMatch, k.Filter, k.Kinds, k.NoKind},
		{k.JumpDate, k.Mark, k.ToMark, k.JumpBack, k.JumpForward},
		{k.Copy, k.Open, k.Person, k.People, k.OrgChart, k.Stats},
		k.Notebook.list(),
		{k.Copy, k.Open, k.Person, k.People, k.OrgChart, k.Stats, k.Intro, k.Refetch},
		{k.Tab, k.Zoom, k.Back},
	}
}
