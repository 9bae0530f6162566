package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"timeline/i18n"
)

// menuPurpose says what choosing an item of a menu does.
type menuPurpose int

const (
	copyMenu   menuPurpose = iota // sends the item's text to the clipboard
	openMenu                      // opens the item's URL
	personMenu                    // shows the timeline of the item's person
)

// menuItem is one choice: a label, and the text it copies, opens or names;
// format is the format of "timeline show" that prints the same text, for
// a copy ("" when none does).
type menuItem struct {
	label  string
	value  string
	format string
}

// menu is a small chooser drawn in place of the panes: the items,
// numbered, and a preview of the selected one's text. Choosing sends the
// root what to do (copy, open, show a person's events); the menu itself
// does nothing outside.
type menu struct {
	outbox
	purpose menuPurpose
	title   string
	items   []menuItem
	sel     int
	keys    menuKeys
	width   int
	height  int
	cat     i18n.Catalog
	st      *styles
}

// menuKeys are a menu's bindings.
type menuKeys struct {
	Up, Down, Choose, Pick, Back key.Binding
}

// newMenuKeys returns a menu's bindings in cat's language.
func newMenuKeys(cat i18n.Catalog) menuKeys {
	return menuKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", cat.T("key.up"))),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", cat.T("key.down"))),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("key.choose"))),
		Pick:   key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", cat.T("key.pick"))),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("key.back"))),
	}
}

// newMenu returns a menu of items for purpose, headed by title.
func newMenu(purpose menuPurpose, title string, items []menuItem, cat i18n.Catalog, st *styles) menu {
	return menu{purpose: purpose, title: title, items: items, keys: newMenuKeys(cat), cat: cat, st: st}
}

// Update implements the component.
func (m menu) Update(msg tea.Msg) (menu, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	switch {
	case key.Matches(km, m.keys.Back):
		m.send(closeMsg{})
	case key.Matches(km, m.keys.Down):
		m.move(1)
	case key.Matches(km, m.keys.Up):
		m.move(-1)
	case key.Matches(km, m.keys.Pick):
		if i := int(km.Code - '1'); i < len(m.items) {
			m.sel = i
			m.choose()
		}
	case key.Matches(km, m.keys.Choose):
		m.choose()
	}
	return m, nil
}

// choose asks the root to carry out the selected item.
func (m *menu) choose() {
	it := m.chosen()
	switch m.purpose {
	case copyMenu:
		m.send(copyMsg{it.label, it.value, it.format})
	case openMenu:
		m.send(openURLMsg{it.value})
	case personMenu:
		m.send(showEventsMsg{"person:" + it.value})
	}
}

// move moves the selection by delta, within the items.
func (m *menu) move(delta int) {
	m.sel = min(max(m.sel+delta, 0), len(m.items)-1)
}

// chosen returns the selected item.
func (m *menu) chosen() menuItem {
	if m.sel < 0 || m.sel >= len(m.items) {
		return menuItem{}
	}
	return m.items[m.sel]
}

// ShortHelp implements help.KeyMap.
func (m menu) ShortHelp() []key.Binding {
	return []key.Binding{m.keys.Down, m.keys.Choose, m.keys.Pick, m.keys.Back}
}

// FullHelp implements help.KeyMap.
func (m menu) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.Choose, m.keys.Pick, m.keys.Back}}
}

// SetSize implements the component.
func (m *menu) SetSize(width, height int) { m.width, m.height = width, height }

// View implements the component: the items and the preview in a box.
func (m menu) View() string {
	return box(m.title, m.lines(m.width-2), m.width, m.height, true, m.st)
}

// lines draws the items and the preview in width columns.
func (m *menu) lines(width int) []string {
	var out []string
	for i, it := range m.items {
		marker := "  "
		if i == m.sel {
			marker = "▶ "
		}
		num := "  "
		if i < 9 {
			num = fmt.Sprintf("%d ", i+1)
		}
		line := marker + num + oneLine(it.label)
		if i == m.sel {
			line = m.st.selected.Render(fit(line, width))
		}
		out = append(out, line)
	}
	if v := m.chosen().value; v != "" && width > 4 && m.purpose != personMenu {
		out = append(out, "", m.st.heading.Render(m.cat.T(m.previewKey())))
		out = append(out, strings.Split(lipgloss.Wrap(v, width, ""), "\n")...)
	}
	return out
}

// previewKey names what the preview under the items shows: the text a
// copy sends, or the address an open starts the browser on. The person
// menu has none: its items say all.
func (m *menu) previewKey() string {
	if m.purpose == openMenu {
		return "open.preview"
	}
	return "copy.preview"
}
