package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
	"timeline/present"
	"timeline/search"
)

// entityIndex is the "p" screen: people, organisations and outlets, each
// with their role or kind at the selected date, their number of events and
// their first and last dates. Typing narrows the rows.
type entityIndex struct {
	tab    int // 0 people, 1 organisations, 2 outlets
	rows   [3][]model.EntityRow
	query  string
	shown  []int // rows of the tab that match the query
	sel    int
	offset int
}

// newEntityIndex builds the three tabs as of day.
func newEntityIndex(ds *model.Dataset, day int32, lang locale.Lang) entityIndex {
	x := entityIndex{rows: [3][]model.EntityRow{
		model.PeopleIndex(ds, day, lang),
		model.OrgIndex(ds, day, lang),
		model.OutletIndex(ds, day, lang),
	}}
	x.narrow()
	return x
}

// narrow recomputes the rows shown for the query.
func (x *entityIndex) narrow() {
	q := search.Fold(x.query)
	x.shown = x.shown[:0]
	for i, r := range x.rows[x.tab] {
		if q == "" || strings.Contains(search.Fold(r.Name+" "+r.ID+" "+r.Detail), q) {
			x.shown = append(x.shown, i)
		}
	}
	x.sel, x.offset = 0, 0
}

// move moves the selection by delta rows.
func (x *entityIndex) move(delta int) {
	x.sel = min(max(x.sel+delta, 0), max(len(x.shown)-1, 0))
}

// chosen returns the selected row, or nil.
func (x *entityIndex) chosen() *model.EntityRow {
	if x.sel >= len(x.shown) {
		return nil
	}
	return &x.rows[x.tab][x.shown[x.sel]]
}

// filterFor returns the query that shows the chosen entity's events.
func (x *entityIndex) filterFor(r *model.EntityRow) string {
	switch x.tab {
	case 0:
		return "person:" + r.ID
	case 1:
		return "org:" + r.ID
	}
	return `outlet:"` + strings.ReplaceAll(r.Name, `"`, "") + `"`
}

// view draws the tabs, the narrowing line and the rows in w×h cells.
func (x *entityIndex) view(w, h int, cat i18n.Catalog, st styles) []string {
	tabs := []string{cat.T("index.people"), cat.T("index.orgs"), cat.T("index.outlets")}
	var tb strings.Builder
	for i, t := range tabs {
		label := fmt.Sprintf(" %s (%d) ", t, len(x.rows[i]))
		if i == x.tab {
			tb.WriteString(st.selected.Render("[" + label + "]"))
		} else {
			tb.WriteString(" " + st.dim.Render(label) + " ")
		}
	}
	out := []string{tb.String(), st.prompt.Render(cat.T("index.narrow")) + x.query + "▏", ""}
	body := max(h-len(out), 0)
	if x.sel < x.offset {
		x.offset = x.sel
	}
	if x.sel >= x.offset+body {
		x.offset = x.sel - body + 1
	}
	lang := cat.Lang()
	nameW := min(max(w/3, 12), 32)
	countW := 6
	spanW := 27
	if w < 90 {
		spanW = 0 // narrow: the role matters more than the dates
	}
	detailW := max(w-nameW-countW-spanW-6, 0)
	for i := x.offset; i < len(x.shown) && i < x.offset+body; i++ {
		r := &x.rows[x.tab][x.shown[i]]
		span := ""
		if spanW > 0 && !r.First.IsZero() {
			span = present.FormatShortDate(r.First, lang) + " – " + present.FormatShortDate(r.Last, lang)
		}
		line := "  " + fit(r.Name, nameW) + " " + fit(r.Detail, detailW) + " " +
			lipgloss.PlaceHorizontal(countW, lipgloss.Right, fmt.Sprint(len(r.Events)))
		if spanW > 0 {
			line += "  " + fit(span, spanW)
		}
		if i == x.sel {
			line = st.selected.Render(fit("▶"+line[1:], w))
		}
		out = append(out, line)
	}
	if len(x.shown) == 0 {
		out = append(out, st.dim.Render(cat.T("index.none")))
	}
	return out
}
