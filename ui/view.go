package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"timeline/model"
)

// View implements tea.Model. It declares the terminal modes and draws a
// frame of exactly the window's size.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "timeline"
	if m.mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

// render draws the frame as a string of height lines of at most width
// columns: the explorer's header, the body of the screen in front, and
// the status line.
func (m Model) render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if tooSmall(m.width, m.height) {
		msg := m.cat.T("too.small", m.width, m.height)
		if lipgloss.Width(msg) > m.width {
			msg = m.cat.T("too.small.short", m.width, m.height)
		}
		lines := make([]string, m.height)
		lines[0] = fit(m.st.tooSmall.Render(msg), m.width)
		return strings.Join(lines, "\n")
	}
	header, body, status := m.ex.Header(m.width, m.header), m.overlayNotice(m.body()), m.statusLine()
	var b strings.Builder
	b.Grow(len(header) + len(body) + len(status) + 2) // once, whatever the frame's length
	b.WriteString(header)
	b.WriteByte('\n')
	b.WriteString(body)
	b.WriteByte('\n')
	b.WriteString(status)
	return b.String()
}

// body draws the screen in front.
func (m Model) body() string {
	switch {
	case m.showHelp:
		return m.help.View()
	case m.active == explorerScreen:
		return m.ex.View()
	case m.active == indexScreen:
		return m.index.View()
	case m.active == chartScreen:
		return m.chart.View()
	case m.active == statsScreen:
		return m.stats.View()
	case m.notebookScreen():
		return m.notebookBody()
	case m.active == introScreen:
		return m.intro.View()
	}
	return m.menu.View()
}

// statusLine draws, on the left, the open prompt, a notice or the short
// help of the screen in front, and on the right the explorer's position.
func (m Model) statusLine() string {
	right := m.st.statusPos.Render(m.position()) + " "
	var left string
	switch {
	case m.exploring() && m.ex.typing():
		p := m.ex.prompt
		p.SetSize(m.width-lipgloss.Width(right)-2, 1)
		left = p.View()
	case m.notice != "" && m.noticeBlock() == nil:
		left = " " + m.st.hint.Render(m.notice)
	case m.nb.warning != "":
		left = " " + m.st.warning.Render(m.nb.warning)
	case m.loading != nil:
		left = " " + m.st.hint.Render(m.loading.line(&m, m.width-lipgloss.Width(right)-2))
	case m.fetching:
		src, _ := model.SanitizeLine(m.opened.Source)
		left = " " + m.st.hint.Render(m.cat.T("fetch.again", src))
	default:
		// The help gets the width left beside a fixed room for the right
		// part, so that it does not shift as the position's digits change.
		left = " " + m.shortHelp(max(m.width-max(lipgloss.Width(right), min(statusRoom, m.width/4))-1, 0))
	}
	return spread(left, right, m.width)
}

// position says where the reader is: in the screen in front when it
// scrolls (the help, the chart, the stats), and in the timeline.
func (m Model) position() string {
	var pct string
	switch {
	case m.showHelp:
		pct = scrollPercent(&m.help.pager)
	case m.active == explorerScreen:
		return m.ex.Position(true)
	case m.active == chartScreen:
		pct = scrollPercent(&m.chart.pager)
	case m.active == statsScreen:
		pct = scrollPercent(&m.stats.pager)
	case m.active == introScreen:
		pct = scrollPercent(&m.intro.pager)
	}
	if pct == "" {
		return m.ex.Position(false)
	}
	return pct + "  " + m.ex.Position(false)
}

// statusRoom is the room kept on the status line for the position, the
// detail's scroll and the search's count.
const statusRoom = 24

// shortHelp draws the short help of the screen in front in width columns,
// ending with "? help" whenever the help can be opened: what is cut for
// room is cut before it. Items are measured as plain text and only those
// that fit are styled, as styling is what a frame spends most on.
func (m Model) shortHelp(width int) string {
	const sep, more = " • ", " …"
	const sepWidth, moreWidth = 3, 2 // in columns
	k := m.frontKeys()
	st := m.st.help
	plainWidth := func(h key.Help) int { return lipgloss.Width(h.Key) + 1 + lipgloss.Width(h.Desc) }
	render := func(h key.Help) string { return st.ShortKey.Render(h.Key) + " " + st.ShortDesc.Render(h.Desc) }
	help := k.global.Help.Help()
	if k.global.Help.Enabled() {
		width -= sepWidth + plainWidth(help)
	}
	var items []key.Help
	for _, b := range k.ShortHelp() {
		if b.Enabled() {
			items = append(items, b.Help())
		}
	}
	// An item fits when, unless it is the last, room for the ellipsis is
	// left after it.
	var b strings.Builder
	used := 0
	for i, h := range items {
		w := plainWidth(h)
		if used > 0 {
			w += sepWidth
		}
		need := w
		if i < len(items)-1 {
			need += moreWidth
		}
		if used+need > width {
			if used > 0 {
				b.WriteString(st.Ellipsis.Render(more))
			}
			break
		}
		if used > 0 {
			b.WriteString(st.ShortSeparator.Render(sep))
		}
		b.WriteString(render(h))
		used += w
	}
	if k.global.Help.Enabled() {
		if b.Len() > 0 {
			b.WriteString(st.ShortSeparator.Render(sep))
		}
		b.WriteString(render(help))
	}
	return b.String()
}

// spread puts left and right on one line of exactly width columns, cutting
// left when both do not fit.
func spread(left, right string, width int) string {
	rw := lipgloss.Width(right)
	if rw >= width {
		return fit(right, width)
	}
	lw := width - rw
	if lipgloss.Width(left) > lw && lw > 1 {
		return fit(ansi.Truncate(left, lw-1, "…"), lw) + right
	}
	if lipgloss.Width(left) > lw {
		left = ansi.Truncate(left, lw, "…")
	}
	return fit(left, lw) + right
}
