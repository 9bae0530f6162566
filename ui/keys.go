package ui

import "charm.land/bubbles/v2/key"

// keyMap is every binding of the explorer, with its help text.
type keyMap struct {
	Up, Down, Top, Bottom, PageDown, PageUp key.Binding
	PrevMonth, NextMonth                    key.Binding
	Tab, Zoom, Back, Help, Quit             key.Binding
}

// defaultKeyMap returns the bindings of DESIGN.md.
func defaultKeyMap() keyMap {
	return keyMap{
		Up:        key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		Top:       key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "first")),
		Bottom:    key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "last")),
		PageDown:  key.NewBinding(key.WithKeys("ctrl+d", "pgdown"), key.WithHelp("ctrl+d/pgdn", "page down")),
		PageUp:    key.NewBinding(key.WithKeys("ctrl+u", "pgup"), key.WithHelp("ctrl+u/pgup", "page up")),
		PrevMonth: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous month")),
		NextMonth: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next month")),
		Tab:       key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "switch pane")),
		Zoom:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "zoom detail")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

// ShortHelp implements help.KeyMap: the status line's bindings.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Up, k.Tab, k.Zoom, k.Help, k.Quit}
}

// FullHelp implements help.KeyMap: every binding, in columns by purpose.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom},
		{k.PageDown, k.PageUp, k.PrevMonth, k.NextMonth},
		{k.Tab, k.Zoom, k.Back, k.Help, k.Quit},
	}
}
