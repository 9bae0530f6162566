package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// box draws lines inside a rounded border of exactly w×h cells, with title
// set into the top edge. Lines are cut or padded to fit; so is the title.
func box(title string, lines []string, w, h int, focused bool, st *styles) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	if w < 2 || h < 2 {
		return strings.TrimSuffix(strings.Repeat(strings.Repeat(" ", w)+"\n", h), "\n")
	}
	bs, ts := st.border, st.paneTitle
	if focused {
		bs, ts = st.borderFocused, st.paneTitleFocused
	}
	inner := w - 2
	var b strings.Builder
	top := ""
	if title != "" && inner >= 4 {
		t := ansi.Truncate(title, inner-2, "…")
		top = ts.Render(" " + t + " ")
	}
	b.WriteString(bs.Render("╭"))
	b.WriteString(top)
	b.WriteString(bs.Render(strings.Repeat("─", max(inner-lipgloss.Width(top), 0)) + "╮"))
	side := bs.Render("│")
	for i := 0; i < h-2; i++ {
		b.WriteByte('\n')
		b.WriteString(side)
		line := ""
		if i < len(lines) {
			line = lines[i]
		}
		b.WriteString(fit(line, inner))
		b.WriteString(side)
	}
	b.WriteByte('\n')
	b.WriteString(bs.Render("╰" + strings.Repeat("─", inner) + "╯"))
	return b.String()
}

// boxTitleCut reports whether box would have to cut title to fit a box
// w columns wide.
func boxTitleCut(title string, w int) bool {
	return lipgloss.Width(title) > w-4
}

// fit cuts or pads s to exactly w columns.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := cellWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "…")
		sw = cellWidth(s)
	}
	return s + strings.Repeat(" ", max(w-sw, 0))
}
