package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"timeline/model"
	"timeline/present"
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
	right := present.Range(len(m.ds.Events), m.first, m.last, m.cat)
	if m.filter.active() {
		right = m.cat.T("count.filtered", m.list.n, len(m.ds.Events))
	} else if m.width-lipgloss.Width(right) < min(lipgloss.Width(title), 24)+3 {
		right = present.Range(len(m.ds.Events), model.Date{}, model.Date{}, m.cat)
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
	line += "\n" + fit(" "+m.st.ruler.Render(ruler), m.width)
	if m.lay.headerLines < 3 {
		return line
	}
	return line + "\n" + fit(" "+m.legend(), m.width)
}

// body draws the panes, or the help.
func (m Model) body() string {
	l := m.lay
	h := m.height - l.headerLines - 1
	if m.showHelp {
		help := fullHelp(narrowHelp(m.keys.FullHelp(), m.helpQuery), m.width-2, m.st)
		help = append([]string{m.st.prompt.Render(m.cat.T("help.narrow")) + m.helpQuery + "▏", ""}, help...)
		return box(m.cat.T("pane.help"), help, m.width, h, true, m.st)
	}
	if m.screen != exploreScreen {
		return m.screenBody(m.width, h)
	}
	var list, detail string
	if l.showList {
		rows := m.list.view(l.list.w-2, m.focus == listPane, m.mark, m.highlighter(), m.cat, m.st)
		if m.list.n == 0 {
			rows = strings.Split(lipgloss.Wrap(m.cat.T("empty.filter"), max(l.list.w-2, 1), ""), "\n")
		}
		list = box(m.listTitle(), rows, l.list.w, l.list.h, m.focus == listPane, m.st)
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
		return joinHorizontalTop(list, detail)
	case l.showList && l.showDetail:
		return list + "\n" + detail
	case l.showList:
		return list
	}
	return detail
}

func (m Model) listTitle() string {
	if m.filter.text != "" {
		return m.cat.T("pane.timeline") + " · " + m.filter.text
	}
	return m.cat.T("pane.timeline")
}

// legend lists the kinds with their digit, glyph, short label and count;
// a hidden kind shows × instead of its glyph.
func (m Model) legend() string {
	var b strings.Builder
	for i, k := range model.Kinds() {
		if i > 0 {
			b.WriteString("  ")
		}
		glyph, style := present.KindGlyph(k), m.st.kind
		if m.filter.kindHidden(k) {
			glyph, style = "×", m.st.legendOff
		}
		n := 0
		if int(k) < len(m.filter.counts) {
			n = m.filter.counts[k]
		}
		fmt.Fprintf(&b, "%d%s%s", i+1, glyph, style.Render(fmt.Sprintf("%s %d", m.cat.KindShort(k), n)))
	}
	return b.String()
}

// statusLine draws the short help on the left and the position on the
// right.
func (m Model) statusLine() string {
	pos := present.Position(m.list.sel, m.list.n)
	if pct := m.detailScroll(); pct != "" {
		pos = pct + "  " + pos
	}
	if s := m.searchStatus(); s != "" {
		pos = s + "  " + pos
	}
	right := m.st.statusPos.Render(pos) + " "
	var left string
	switch {
	case m.prompt.mode != noPrompt:
		left = m.promptView(m.width - lipgloss.Width(right) - 2)
	case m.notice != "":
		left = " " + m.st.hint.Render(m.notice)
	default:
		// The help gets the width left beside a fixed room for the right
		// part, so that it does not shift as the position's digits change.
		m.help.SetWidth(max(m.width-max(lipgloss.Width(right), min(statusRoom, m.width/4))-1, 0))
		left = " " + m.help.ShortHelpView(m.keys.ShortHelp())
	}
	return spread(left, right, m.width)
}

// statusRoom is the room kept on the status line for the position, the
// detail's scroll and the search's count.
const statusRoom = 24

// promptView draws the open prompt with its input and any hint.
func (m Model) promptView(width int) string {
	label := map[promptMode]string{searchPrompt: "prompt.search", filterPrompt: "prompt.filter", jumpPrompt: "prompt.jump"}[m.prompt.mode]
	in := m.prompt.input
	in.Prompt = ""
	in.SetWidth(max(width-lipgloss.Width(m.cat.T(label))-2, 1))
	s := " " + m.st.prompt.Render(m.cat.T(label)) + in.View()
	switch {
	case m.prompt.hint != "":
		s += "  " + m.st.hint.Render(m.prompt.hint)
	case m.prompt.mode == jumpPrompt && in.Value() == "":
		s += "  " + m.st.dim.Render(m.cat.T("hint.jump"))
	}
	return s
}

// searchStatus says where the selection is among the search's matches.
func (m Model) searchStatus() string {
	s := &m.search
	switch {
	case !s.active():
		return ""
	case m.ix == nil:
		return m.cat.T("indexing")
	case s.pending:
		return m.cat.T("searching")
	case len(s.positions) == 0:
		return m.cat.T("matches.none")
	}
	if i := matchOrdinal(s.positions, m.list.sel); i > 0 {
		return m.cat.T("matches.count", i, len(s.positions))
	}
	return m.cat.T("matches.total", len(s.positions))
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
