package ui

import (
	"charm.land/bubbles/v2/key"

	"timeline/i18n"
)

// keyMap is every binding of the explorer, with its help text.
type keyMap struct {
	Up, Down, Top, Bottom, PageDown, PageUp key.Binding
	PrevMonth, NextMonth                    key.Binding
	Tab, Zoom, Back, Help, Quit, Lang       key.Binding
	Suspend                                 key.Binding
	Search, Filter, NextMatch, PrevMatch    key.Binding
	Kinds, JumpDate, Mark, ToMark           key.Binding
	JumpBack, JumpForward                   key.Binding
	Copy, Open, Person, People              key.Binding
	OrgChart, Stats                         key.Binding
}

// defaultKeyMap returns the bindings of DESIGN.md, described in the
// catalog's language.
func defaultKeyMap(cat i18n.Catalog) keyMap {
	return keyMap{
		Up:          key.NewBinding(key.WithKeys("k", cat.T("key.up")), key.WithHelp("↑/k", cat.T("key.up"))),
		Down:        key.NewBinding(key.WithKeys("j", cat.T("key.down")), key.WithHelp("↓/j", cat.T("key.down"))),
		Top:         key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", cat.T("key.first"))),
		Bottom:      key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", cat.T("key.last"))),
		PageDown:    key.NewBinding(key.WithKeys("ctrl+d", "pgdown"), key.WithHelp("ctrl+d/pgdn", cat.T("key.pagedown"))),
		PageUp:      key.NewBinding(key.WithKeys("ctrl+u", "pgup"), key.WithHelp("ctrl+u/pgup", cat.T("key.pageup"))),
		PrevMonth:   key.NewBinding(key.WithKeys("["), key.WithHelp("[", cat.T("key.prevmonth"))),
		NextMonth:   key.NewBinding(key.WithKeys("]"), key.WithHelp("]", cat.T("key.nextmonth"))),
		Tab:         key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", cat.T("key.tab"))),
		Zoom:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("key.zoom"))),
		Back:        key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("key.back"))),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", cat.T("key.help"))),
		Search:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", cat.T("key.search"))),
		Filter:      key.NewBinding(key.WithKeys("f"), key.WithHelp("f", cat.T("key.filter"))),
		NextMatch:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", cat.T("key.nextmatch"))),
		PrevMatch:   key.NewBinding(key.WithKeys("N"), key.WithHelp("N", cat.T("key.prevmatch"))),
		Kinds:       key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", cat.T("key.kinds"))),
		JumpDate:    key.NewBinding(key.WithKeys("@"), key.WithHelp("@", cat.T("key.jumpdate"))),
		Mark:        key.NewBinding(key.WithKeys("m"), key.WithHelp("m", cat.T("key.mark"))),
		ToMark:      key.NewBinding(key.WithKeys("'"), key.WithHelp("'", cat.T("key.tomark"))),
		JumpBack:    key.NewBinding(key.WithKeys("ctrl+o"), key.WithHelp("ctrl+o", cat.T("key.jumpback"))),
		JumpForward: key.NewBinding(key.WithKeys("ctrl+i"), key.WithHelp("ctrl+i", cat.T("key.jumpforward"))),
		Copy:        key.NewBinding(key.WithKeys("y"), key.WithHelp("y", cat.T("key.copy"))),
		Open:        key.NewBinding(key.WithKeys("o"), key.WithHelp("o", cat.T("key.open"))),
		Person:      key.NewBinding(key.WithKeys("P"), key.WithHelp("P", cat.T("key.person"))),
		People:      key.NewBinding(key.WithKeys("p"), key.WithHelp("p", cat.T("key.people"))),
		OrgChart:    key.NewBinding(key.WithKeys("O"), key.WithHelp("O", cat.T("key.orgchart"))),
		Stats:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", cat.T("key.stats"))),
		Suspend:     key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", cat.T("key.suspend"))),
		Lang:        key.NewBinding(key.WithKeys("L"), key.WithHelp("L", cat.T("key.lang"))),
		Quit:        key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", cat.T("key.quit"))),
	}
}

// ShortHelp implements help.KeyMap: the status line's bindings.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Search, k.Filter, k.JumpDate, k.Copy, k.People, k.OrgChart, k.Lang, k.Help, k.Quit}
}

// FullHelp implements help.KeyMap: every binding, in columns by purpose.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom},
		{k.PageDown, k.PageUp, k.PrevMonth, k.NextMonth},
		{k.Search, k.NextMatch, k.PrevMatch, k.Filter, k.Kinds},
		{k.JumpDate, k.Mark, k.ToMark, k.JumpBack, k.JumpForward},
		{k.Copy, k.Open, k.Person, k.People, k.OrgChart, k.Stats},
		{k.Tab, k.Zoom, k.Back, k.Lang, k.Help, k.Suspend, k.Quit},
	}
}
