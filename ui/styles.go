package ui

import (
	"strings"

	"timeline/present"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// styles holds every style of the interface. It is built once, then again
// when the terminal's background colour becomes known, and never changed:
// components share it by pointer, and a new pointer means new styles.
type styles struct {
	title, count, ruler, rulerSel  lipgloss.Style
	border, borderFocused          lipgloss.Style
	paneTitle, paneTitleFocused    lipgloss.Style
	month, gutter, kind, disputed  lipgloss.Style
	selected, selectedBlur, dim    lipgloss.Style
	heading, label, quote, warning lipgloss.Style
	status, statusPos, tooSmall    lipgloss.Style
	match, prompt, hint, legendOff lipgloss.Style
	help                           help.Styles
	// kindWrap and offWrap are what kind and legendOff write before and
	// after a text, for the legend to style its items without rendering
	// each: a frame then costs the same whatever the items say.
	kindWrap, offWrap [2]string
}

// newStyles returns the styles for a dark or light background. Every signal
// that colour carries is also carried by text or a glyph.
func newStyles(isDark bool) *styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#5A3FC0"), lipgloss.Color("#B9A6FF"))
	muted := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#9A9A9A"))
	warn := ld(lipgloss.Color("#B00020"), lipgloss.Color("#FF8A80"))
	selBg := ld(lipgloss.Color("#DDD6FF"), lipgloss.Color("#3B2F73"))
	st := &styles{
		title:            lipgloss.NewStyle().Bold(true),
		count:            lipgloss.NewStyle().Foreground(muted),
		ruler:            lipgloss.NewStyle().Foreground(accent),
		rulerSel:         lipgloss.NewStyle().Bold(true),
		border:           lipgloss.NewStyle().Foreground(muted),
		borderFocused:    lipgloss.NewStyle().Foreground(accent),
		paneTitle:        lipgloss.NewStyle().Foreground(muted),
		paneTitleFocused: lipgloss.NewStyle().Foreground(accent).Bold(true),
		month:            lipgloss.NewStyle().Bold(true).Foreground(accent),
		gutter:           lipgloss.NewStyle().Foreground(muted),
		kind:             lipgloss.NewStyle().Foreground(muted),
		disputed:         lipgloss.NewStyle().Foreground(warn).Bold(true),
		selected:         lipgloss.NewStyle().Background(selBg).Bold(true),
		selectedBlur:     lipgloss.NewStyle().Reverse(true),
		dim:              lipgloss.NewStyle().Foreground(muted),
		heading:          lipgloss.NewStyle().Bold(true).Foreground(accent),
		label:            lipgloss.NewStyle().Bold(true),
		quote:            lipgloss.NewStyle().Italic(true),
		warning:          lipgloss.NewStyle().Foreground(warn).Bold(true),
		status:           lipgloss.NewStyle().Foreground(muted),
		statusPos:        lipgloss.NewStyle().Bold(true),
		tooSmall:         lipgloss.NewStyle().Bold(true),
		match:            lipgloss.NewStyle().Reverse(true).Underline(true),
		prompt:           lipgloss.NewStyle().Foreground(accent).Bold(true),
		hint:             lipgloss.NewStyle().Foreground(warn),
		legendOff:        lipgloss.NewStyle().Foreground(muted).Strikethrough(true),
		help:             help.DefaultStyles(isDark),
	}
	st.kindWrap, st.offWrap = wrapOf(st.kind), wrapOf(st.legendOff)
	return st
}

// wrapOf returns what st writes before and after a text.
func wrapOf(st lipgloss.Style) [2]string {
	const probe = "x"
	before, after, _ := strings.Cut(st.Render(probe), probe)
	return [2]string{before, after}
}

// detail returns the styles of the detail pane's parts.
func (s *styles) detail() present.DetailStyles {
	return present.DetailStyles{Title: render(s.title), Heading: render(s.heading), Label: render(s.label),
		Dim: render(s.dim), Quote: render(s.quote), Disputed: render(s.disputed)}
}

// render returns st as a presentation style.
func render(st lipgloss.Style) present.Style { return func(s string) string { return st.Render(s) } }
