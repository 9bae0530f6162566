package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"timeline/i18n"
)

// Key maps follow bubbles' list/keys.go: a binding holds key names, which
// never change, and its help, the only part translated. Each component
// has its own map; this file holds the root's and the scrolling keys that
// several components share.

// globalKeys are the bindings the root handles whatever the screen.
type globalKeys struct {
	Quit      key.Binding // q and ctrl+c, off while a component takes typed text
	Interrupt key.Binding // ctrl+c alone, on when Quit is off
	Suspend   key.Binding
	Help      key.Binding
	Lang      key.Binding // only on the explorer, whose content it redraws
}

// newGlobalKeys returns the root's bindings, described in cat's language.
func newGlobalKeys(cat i18n.Catalog) globalKeys {
	return globalKeys{
		Quit:      key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", cat.T("key.quit"))),
		Interrupt: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", cat.T("key.quit"))),
		Suspend:   key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", cat.T("key.suspend"))),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", cat.T("key.help"))),
		Lang:      key.NewBinding(key.WithKeys("L"), key.WithHelp("L", cat.T("key.lang"))),
	}
}

// ShortHelp implements help.KeyMap. The help binding is not in it: the
// status line keeps room for it at every width.
func (k globalKeys) ShortHelp() []key.Binding {
	if k.Quit.Enabled() {
		return []key.Binding{k.Lang, k.Quit}
	}
	return []key.Binding{k.Interrupt}
}

// FullHelp implements help.KeyMap: one column.
func (k globalKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Lang, k.Help, k.Suspend, k.Quit, k.Interrupt}}
}

// screenKeys are the bindings of the screen in front followed by the
// root's that apply there: what the status line and the help list.
type screenKeys struct {
	short  []key.Binding
	full   [][]key.Binding
	global globalKeys
}

// ShortHelp implements help.KeyMap.
func (k screenKeys) ShortHelp() []key.Binding {
	return append(k.short[:len(k.short):len(k.short)], k.global.ShortHelp()...)
}

// FullHelp implements help.KeyMap: the root's bindings end the screen's
// last column, where its own way out already is.
func (k screenKeys) FullHelp() [][]key.Binding {
	global := k.global.FullHelp()[0]
	if len(k.full) == 0 {
		return [][]key.Binding{global}
	}
	out := append([][]key.Binding(nil), k.full...)
	last := len(out) - 1
	out[last] = append(out[last][:len(out[last]):len(out[last])], global...)
	return out
}

// scrollKeys move a viewport: the detail pane, the org chart, the stats
// and the help.
type scrollKeys struct {
	Up, Down, PageDown, PageUp, Top, Bottom key.Binding
}

// newScrollKeys returns the scrolling bindings, described in cat's language.
func newScrollKeys(cat i18n.Catalog) scrollKeys {
	return scrollKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", cat.T("key.scrollup"))),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", cat.T("key.scrolldown"))),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("ctrl+d/pgdn", cat.T("key.pagedown"))),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("ctrl+u/pgup", cat.T("key.pageup"))),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", cat.T("key.top"))),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", cat.T("key.bottom"))),
	}
}

// list returns the bindings in the order the help shows them.
func (k scrollKeys) list() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageDown, k.PageUp, k.Top, k.Bottom}
}

// setEnabled turns every scrolling binding on or off.
func (k *scrollKeys) setEnabled(on bool) {
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.PageDown, &k.PageUp, &k.Top, &k.Bottom} {
		b.SetEnabled(on)
	}
}

// wheel scrolls vp by three lines for a turn of the mouse wheel.
func wheel(vp *viewport.Model, ms tea.Mouse) {
	switch ms.Button {
	case tea.MouseWheelDown:
		vp.ScrollDown(3)
	case tea.MouseWheelUp:
		vp.ScrollUp(3)
	}
}

// page is what a screen that scrolls vp does with msg before its own
// keys: the wheel and the scrolling keys move vp, and back asks to close
// the screen (closing). A key press that none of these took is returned
// for the screen's own keys (left reports whether there is one).
func (k scrollKeys) page(vp *viewport.Model, back key.Binding, msg tea.Msg) (km tea.KeyPressMsg, closing, left bool) {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		wheel(vp, msg.Mouse())
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, back):
			return msg, true, false
		case k.scroll(vp, msg):
		default:
			return msg, false, true
		}
	}
	return tea.KeyPressMsg{}, false, false
}

// scroll applies msg to vp when it is a scrolling key, and reports
// whether it was.
func (k scrollKeys) scroll(vp *viewport.Model, msg tea.KeyPressMsg) bool {
	switch {
	case key.Matches(msg, k.Down):
		vp.ScrollDown(1)
	case key.Matches(msg, k.Up):
		vp.ScrollUp(1)
	case key.Matches(msg, k.PageDown):
		vp.HalfPageDown()
	case key.Matches(msg, k.PageUp):
		vp.HalfPageUp()
	case key.Matches(msg, k.Top):
		vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		vp.GotoBottom()
	default:
		return false
	}
	return true
}
