package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"timeline/search"
)

// fullHelp lays the key map's groups out as columns, wrapping to a new
// band of columns when the next group does not fit the width, so that no
// binding is ever cut off.
func fullHelp(groups [][]key.Binding, width int, st *styles) []string {
	var bands []string
	var band []string
	used := 0
	flush := func() {
		if len(band) > 0 {
			bands = append(bands, lipgloss.JoinHorizontal(lipgloss.Top, band...))
			band, used = nil, 0
		}
	}
	for _, g := range groups {
		col := helpColumn(g, st)
		if col == "" {
			continue
		}
		w := lipgloss.Width(col) + 3
		if used > 0 && used+w > width {
			flush()
		}
		band = append(band, col+"\n", "   ")
		used += w
	}
	flush()
	var out []string
	for i, b := range bands {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, strings.Split(strings.TrimRight(b, "\n "), "\n")...)
	}
	return out
}

// helpColumn renders one group's enabled bindings: keys aligned, then
// their descriptions; "" when none is enabled.
func helpColumn(g []key.Binding, st *styles) string {
	kw := 0
	for _, b := range g {
		if b.Enabled() {
			kw = max(kw, lipgloss.Width(b.Help().Key))
		}
	}
	var lines []string
	for _, b := range g {
		if !b.Enabled() {
			continue
		}
		h := b.Help()
		pad := strings.Repeat(" ", kw-lipgloss.Width(h.Key))
		lines = append(lines, st.help.FullKey.Render(h.Key)+pad+" "+st.help.FullDesc.Render(h.Desc))
	}
	return strings.Join(lines, "\n")
}

// narrowHelp keeps the enabled bindings whose key or description contains
// q, ignoring case and accents, and drops the groups left empty.
func narrowHelp(groups [][]key.Binding, q string) [][]key.Binding {
	q = search.Fold(strings.TrimSpace(q))
	if q == "" {
		return groups
	}
	var out [][]key.Binding
	for _, g := range groups {
		var keep []key.Binding
		for _, b := range g {
			h := b.Help()
			if b.Enabled() && strings.Contains(search.Fold(h.Key+" "+h.Desc), q) {
				keep = append(keep, b)
			}
		}
		if len(keep) > 0 {
			out = append(out, keep)
		}
	}
	return out
}

// splitLines splits a drawn block into its lines.
func splitLines(s string) []string { return strings.Split(s, "\n") }
