package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
)

// menuPurpose says what choosing an item of a menu does.
type menuPurpose int

const (
	copyMenu   menuPurpose = iota // sends the item's text to the clipboard
	openMenu                      // opens the item's URL
	personMenu                    // shows the timeline of the item's person
)

// menuItem is one choice: a label, and the text it copies, opens or names.
type menuItem struct {
	label string
	value string
}

// menu is a small chooser drawn in place of the panes: the items,
// numbered, and a preview of the selected one's text.
type menu struct {
	purpose menuPurpose
	title   string
	items   []menuItem
	sel     int
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

// view draws the items and the preview in width columns.
func (m *menu) view(width int, previewTitle string, st styles) []string {
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
			line = st.selected.Render(fit(line, width))
		}
		out = append(out, line)
	}
	if v := m.chosen().value; v != "" && width > 4 {
		out = append(out, "", st.heading.Render(previewTitle))
		out = append(out, strings.Split(lipgloss.Wrap(v, width, ""), "\n")...)
	}
	return out
}
