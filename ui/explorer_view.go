package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/viewport"
	"charm.land/lipgloss/v2"

	"timeline/model"
	"timeline/present"
)

// View implements the component: the list and the detail, side by side,
// stacked or one at a time as the layout says.
func (e explorer) View() string {
	l := e.lay
	var list, detail string
	if l.showList {
		rows := e.list.view(e.focus == listPane, e.mark, e.search.positions, e.highlighter(), e.cat, e.st)
		if e.list.n == 0 {
			rows = strings.Split(lipgloss.Wrap(e.cat.T("empty.filter"), max(l.list.w-2, 1), ""), "\n")
		}
		list = box(e.listTitle(), rows, l.list.w, l.list.h, e.focus == listPane, e.st)
	}
	if l.showDetail {
		title := ""
		if ev := e.list.selected(); ev != nil {
			title = ev.Title.String(e.cat.Lang())
		}
		content := strings.Split(e.detail.vp.View(), "\n")
		detail = box(title, content, l.detail.w, l.detail.h, e.focus == detailPane || e.zoom, e.st)
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

// detailLines draws the selected event's text at the detail's width.
func (e *explorer) detailLines() []string {
	w := e.detail.vp.Width()
	ev := e.list.selected()
	if ev == nil {
		return nil
	}
	opt := present.DetailOptions{
		ShowTitle: boxTitleCut(ev.Title.String(e.cat.Lang()), w+2),
		Highlight: e.highlighter(),
		Extra:     append(e.markLines(ev), e.noteLines(ev)...),
	}
	return present.Detail(e.ds, ev, w, e.cat, e.st.detail(), opt)
}

// listTitle names the list pane, with the filter when there is one.
func (e *explorer) listTitle() string {
	if e.filter.text != "" {
		return e.cat.T("pane.timeline") + " · " + e.filter.text
	}
	return e.cat.T("pane.timeline")
}

// Header draws the title with the event count and date range in width
// columns, then as lines allow the density ruler and the kinds legend.
func (e explorer) Header(width, lines int) string {
	title := e.ds.Title.String(e.cat.Lang())
	if title == "" {
		title = "timeline"
	}
	right := e.span
	if e.filter.active() {
		right = e.cat.T("count.filtered", e.list.n, len(e.ds.Events))
	} else if width-lipgloss.Width(right) < min(lipgloss.Width(title), 24)+3 {
		right = present.Range(len(e.ds.Events), model.Date{}, model.Date{}, e.cat)
	}
	line := spread(" "+e.st.title.Render(title), e.st.count.Render(right)+" ", width)
	if lines < 2 {
		return line
	}
	var sel model.Date
	if ev := e.list.selected(); ev != nil {
		sel = ev.Date
	}
	rul := e.rul
	if rul.width != width-2 {
		rul = newRuler(e.ds.Events, e.first, e.last, width-2, e.cat.Lang())
	}
	line += "\n" + fit(" "+e.st.ruler.Render(rul.draw(sel)), width)
	if lines < 3 {
		return line
	}
	if lines >= 4 && len(e.ds.Eras) > 0 {
		line += "\n" + fit(" "+e.st.dim.Render(rul.eraBand(e.ds.Eras, e.cat.Lang())), width)
	}
	return line + "\n" + fit(" "+e.legend(width-2), width)
}

// Position says where the selection is: among the search's matches, how
// far the detail is scrolled (unless another screen is in front), and
// among the events shown.
func (e explorer) Position(detail bool) string {
	pos := present.Position(e.list.sel, e.list.n)
	if pct := scrollPercent(&e.detail.vp); detail && e.lay.showDetail && pct != "" {
		pos = pct + "  " + pos
	}
	if s := e.searchStatus(); s != "" {
		pos = s + "  " + pos
	}
	return pos
}

// searchStatus says where the selection is among the search's matches.
func (e *explorer) searchStatus() string {
	s := &e.search
	switch {
	case !s.active():
		return ""
	case e.ix == nil:
		return e.cat.T("indexing")
	case s.pending:
		return e.cat.T("searching")
	case len(s.positions) == 0:
		return e.cat.T("matches.none")
	}
	if i := matchOrdinal(s.positions, e.list.sel); i > 0 {
		return e.cat.T("matches.count", i, len(s.positions))
	}
	return e.cat.T("matches.total", len(s.positions))
}

// scrollPercent shows how far vp is scrolled, or "" when its content
// fits.
func scrollPercent(vp *viewport.Model) string {
	if vp.TotalLineCount() <= vp.Height() {
		return ""
	}
	return fmt.Sprintf("%3.0f%%", vp.ScrollPercent()*100)
}
