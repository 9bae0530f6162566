package ui

import (
	"slices"
	"sort"
	"strings"

	"timeline/i18n"
	"timeline/model"
)

// timeline is the windowed list of events with month headers. Only the
// rows on screen are drawn, so a frame costs the same at ten events or a
// million.
type timeline struct {
	all    []model.Event
	items  []int32 // the events shown, as indices into all, in order; nil shows all
	n      int     // number of events shown
	rows   []int32 // >= 0: a position in the shown events; < 0: a month header, -(position)-1
	rowOf  []int32 // position → its row
	sel    int     // selected position
	offset int     // first row on screen
	height int     // lines on screen
	shape  rowShape
	eras   []model.Era // named beside their months
	cache  *rowCache
	star   func(idx int) bool // whether the event at a dataset index is starred; nil for none
}

// newTimeline builds the rows of the sorted events all, or of the subset
// items of them when items is not nil: a header before the first event of
// each month.
func newTimeline(all []model.Event, items []int32) timeline {
	return newTimelineOf(columns{evs: all}, items)
}

// newTimelineOf is newTimeline reading the events' months from cols.
func newTimelineOf(cols columns, items []int32) timeline {
	all := cols.evs
	monthKey := cols.monthKeys()
	t := timeline{all: all, items: items, n: len(all), cache: newRowCache()}
	if items != nil {
		t.n = len(items)
	}
	t.rowOf = make([]int32, t.n)
	t.rows = make([]int32, 0, t.n+t.n/8+1)
	last := -1
	for i := 0; i < t.n; i++ {
		if mk := monthKey(t.index(i)); mk != last {
			last = mk
			t.rows = append(t.rows, int32(-i-1))
		}
		t.rowOf[i] = int32(len(t.rows))
		t.rows = append(t.rows, int32(i))
	}
	return t
}

// index returns the dataset index of the event at position i.
func (t *timeline) index(i int) int {
	if t.items == nil {
		return i
	}
	return int(t.items[i])
}

// event returns the event at position i.
func (t *timeline) event(i int) *model.Event { return &t.all[t.index(i)] }

// selected returns the selected event, or nil when there is none.
func (t *timeline) selected() *model.Event {
	if t.sel < 0 || t.sel >= t.n {
		return nil
	}
	return t.event(t.sel)
}

// selectedIndex returns the dataset index of the selected event, or -1.
func (t *timeline) selectedIndex() int {
	if t.sel < 0 || t.sel >= t.n {
		return -1
	}
	return t.index(t.sel)
}

// positionOf returns the position of the event with dataset index idx, or
// of the nearest shown event after it (or the last) when it is not shown.
func (t *timeline) positionOf(idx int) int {
	if t.items == nil {
		return min(idx, t.n-1)
	}
	p := sort.Search(t.n, func(i int) bool { return int(t.items[i]) >= idx })
	return min(p, t.n-1)
}

// nearestDay returns the position of the shown event whose date is
// closest to day, the earlier one on a tie.
func (t *timeline) nearestDay(day int32) int {
	if t.n == 0 {
		return 0
	}
	p := sort.Search(t.n, func(i int) bool { return t.event(i).Date.Days() >= day })
	if p == t.n {
		return t.n - 1
	}
	if p > 0 && day-t.event(p-1).Date.Days() <= t.event(p).Date.Days()-day {
		return p - 1
	}
	return p
}

// setHeight sets the number of rows on screen and keeps the selection in
// view.
func (t *timeline) setHeight(h int) {
	t.height = max(h, 0)
	t.scrollToSel()
}

// selectEvent moves the selection to event i, clamped.
func (t *timeline) selectEvent(i int) {
	if t.n == 0 {
		t.sel = 0
		return
	}
	t.sel = min(max(i, 0), t.n-1)
	t.scrollToSel()
}

// move moves the selection by delta events.
func (t *timeline) move(delta int) { t.selectEvent(t.sel + delta) }

// nextMonth selects the first event of the next month.
func (t *timeline) nextMonth() {
	if t.selected() == nil {
		return
	}
	mk := t.event(t.sel).Date.MonthKey()
	i := t.sel + sort.Search(t.n-t.sel, func(j int) bool {
		return t.event(t.sel+j).Date.MonthKey() > mk
	})
	if i < t.n {
		t.selectEvent(i)
	}
}

// prevMonth selects the first event of the current month, or of the
// previous month when already there.
func (t *timeline) prevMonth() {
	if t.selected() == nil {
		return
	}
	mk := t.event(t.sel).Date.MonthKey()
	first := sort.Search(t.sel, func(j int) bool { return t.event(j).Date.MonthKey() >= mk })
	if first < t.sel {
		t.selectEvent(first)
		return
	}
	if first == 0 {
		return
	}
	pmk := t.event(first - 1).Date.MonthKey()
	t.selectEvent(sort.Search(first, func(j int) bool { return t.event(j).Date.MonthKey() >= pmk }))
}

// scrollToSel adjusts the offset so that the selected event, and the month
// header just above it when it opens a month, are on screen.
func (t *timeline) scrollToSel() {
	if t.n == 0 || t.height <= 0 {
		t.offset = 0
		return
	}
	r := int(t.rowOf[t.sel])
	top := r
	if r > 0 && t.rows[r-1] < 0 {
		top = r - 1
	}
	extra := t.extra()
	if top < t.offset {
		t.offset = top
	}
	if r+extra >= t.offset+t.height {
		t.offset = r + extra - t.height + 1
	}
	t.offset = min(max(t.offset, 0), max(len(t.rows)+extra-t.height, 0), r)
}

// extra returns the lines the selected row takes beyond one.
func (t *timeline) extra() int {
	if t.sel < 0 || t.sel >= t.n {
		return 0
	}
	return t.shape.selectedLines(t.event(t.sel)) - 1
}

// setShape lays rows out anew, for a new width or language.
func (t *timeline) setShape(s rowShape) {
	t.shape = s
	t.scrollToSel()
}

// scroll moves the view by delta rows without moving past the ends, then
// keeps the selection on screen by moving it if it scrolled out.
func (t *timeline) scroll(delta int) {
	if len(t.rows) == 0 {
		return
	}
	t.offset = min(max(t.offset+delta, 0), max(len(t.rows)-t.height, 0))
	r := int(t.rowOf[t.sel])
	switch {
	case r < t.offset:
		t.sel = t.firstEventFrom(t.offset)
	case r+t.extra() >= t.offset+t.height:
		t.sel = t.lastEventBefore(t.offset + t.height - t.extra())
	}
}

// eventAtRow returns the event on screen line y, or -1 for a header. The
// lines of the selected row's title belong to it.
func (t *timeline) eventAtRow(y int) int {
	r := t.offset + y
	if t.n > 0 {
		if sr := int(t.rowOf[t.sel]); sr >= t.offset && r > sr {
			r = max(r-t.extra(), sr)
		}
	}
	if r < 0 || r >= len(t.rows) || t.rows[r] < 0 {
		return -1
	}
	return int(t.rows[r])
}

func (t *timeline) firstEventFrom(r int) int {
	for ; r < len(t.rows); r++ {
		if t.rows[r] >= 0 {
			return int(t.rows[r])
		}
	}
	return t.n - 1
}

func (t *timeline) lastEventBefore(r int) int {
	for r--; r >= 0; r-- {
		if t.rows[r] >= 0 {
			return int(t.rows[r])
		}
	}
	return 0
}

// view draws the lines on screen, each exactly t.shape.width columns: the
// rows from the offset, the selected one on as many lines as its title
// needs. Rows drawn the same way in the previous frame are reused (see
// rowCache), except while a search highlights matches; hits are the list
// positions of the search's matches, in order, which the gutter marks.
func (t *timeline) view(focused bool, mark int, hits []int32, hl func(string) string, cat i18n.Catalog, st *styles) []string {
	lang := cat.Lang()
	width := t.shape.width
	cache := t.cache
	if cache == nil || hl != nil {
		cache = newRowCache()
	}
	cache.begin(rowFrame{width: width, focused: focused, lang: lang, styles: st})
	lines := make([]string, 0, t.height)
	for r := t.offset; r < len(t.rows) && len(lines) < t.height; r++ {
		v := t.rows[r]
		if v < 0 {
			lines = append(lines, cache.row(rowKey{row: v}, func() string {
				return monthRow(t.event(int(-v-1)), t.eras, width, lang, st)
			}))
			continue
		}
		i := int(v)
		_, hit := slices.BinarySearch(hits, int32(i))
		k := rowKey{row: v, sel: i == t.sel, mrk: t.index(i) == mark, hit: hit, star: t.star != nil && t.star(t.index(i))}
		row := cache.row(k, func() string {
			return eventRow(t.event(i), rowFlags{sel: k.sel, focused: focused, marked: k.mrk, hit: hit, starred: k.star}, t.shape, hl, cat, st)
		})
		if !k.sel {
			lines = append(lines, row)
			continue
		}
		for _, l := range strings.Split(row, "\n") {
			if len(lines) < t.height {
				lines = append(lines, l)
			}
		}
	}
	return lines
}

// rebuilt returns the list of ds's events at items (all when nil), laid
// out as t is: its height, its rows' shape, the eras named on its month
// headers and its stars. cols are ds's events, read as columnsOf does.
func (t timeline) rebuilt(ds *model.Dataset, cols columns, items []int32) timeline {
	n := newTimelineOf(cols, items)
	n.height, n.shape, n.eras, n.star = t.height, t.shape, ds.Eras, t.star
	return n
}
