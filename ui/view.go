package ui

import (
	"fmt"
	"strings"

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
// columns.
func (m Model) render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.lay.tooSmall {
		msg := m.cat.T("too.small", m.width, m.height)
		if lipgloss.Width(msg) > m.width {
			msg = m.cat.T("too.small.short", m.width, m.height)
		}
		lines := make([]string, m.height)
		lines[0] = fit(m.st.tooSmall.Render(msg), m.width)
		return strings.Join(lines, "\n")
	}
	var b strings.Builder
	b.WriteString(m.header())
	b.WriteByte('\n')
	b.WriteString(m.body())
	b.WriteByte('\n')
	b.WriteString(m.statusLine())
	return b.String()
}

// header draws the title with the event count and date range, and the
// density ruler when there is room.
func (m Model) header() string {
	title := m.ds.Title.String(m.cat.Lang())
	if title == "" {
		title = "timeline"
	}
	right := Range(len(m.ds.Events), m.first, m.last, m.cat)
	if m.width-lipgloss.Width(right) < min(lipgloss.Width(title), 24)+3 {
		right = Range(len(m.ds.Events), model.Date{}, model.Date{}, m.cat)
	}
	line := spread(" "+m.st.title.Render(title), m.st.count.Render(right)+" ", m.width)
	if m.lay.headerLines < 2 {
		return line
	}
	var day int32
	if e := m.list.selected(); e != nil {
		day = e.Date.Days()
	}
	ruler := m.dens.Ruler(m.width-2, day, m.cat.Lang())
	return line + "\n" + fit(" "+m.st.ruler.Render(ruler), m.width)
}

// body draws the panes, or the help.
func (m Model) body() string {
	l := m.lay
	h := m.height - l.headerLines - 1
	if m.showHelp {
		help := strings.Split(m.help.FullHelpView(m.keys.FullHelp()), "\n")
		return box(m.cat.T("pane.help"), help, m.width, h, true, m.st)
	}
	var list, detail string
	if l.showList {
		list = box(m.listTitle(), m.list.view(l.list.w-2, m.focus == listPane, m.cat, m.st), l.list.w, l.list.h, m.focus == listPane, m.st)
	}
	if l.showDetail {
		title := ""
		if e := m.list.selected(); e != nil {
			title = e.Title.String(m.cat.Lang())
		}
		content := strings.Split(m.detail.View(), "\n")
		detail = box(title, content, l.detail.w, l.detail.h, m.focus == detailPane || m.zoom, m.st)
	}
	switch {
	case l.showList && l.showDetail && l.list.y == l.detail.y:
		return lipgloss.JoinHorizontal(lipgloss.Top, list, detail)
	case l.showList && l.showDetail:
		return list + "\n" + detail
	case l.showList:
		return list
	}
	return detail
}

func (m Model) listTitle() string {
	return m.cat.T("pane.timeline")
}

// statusLine draws the short help on the left and the position on the
// right.
func (m Model) statusLine() string {
	pos := Position(m.list.sel, m.list.n)
	if pct := m.detailScroll(); pct != "" {
		pos = pct + "  " + pos
	}
	m.help.SetWidth(max(m.width-lipgloss.Width(pos)-3, 0))
	short := m.help.ShortHelpView(m.keys.ShortHelp())
	return spread(" "+short, m.st.statusPos.Render(pos)+" ", m.width)
}

// detailScroll shows how far the detail pane is scrolled when it scrolls.
func (m Model) detailScroll() string {
	if !m.lay.showDetail || m.detail.TotalLineCount() <= m.detail.Height() {
		return ""
	}
	return fmt.Sprintf("%3.0f%%", m.detail.ScrollPercent()*100)
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
