package ui

import (
	"sort"
	"strings"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// The ruler under the title shows how many events fall in each stretch of
// time, one cell per stretch, with ▲ on the selected event's. Its cells
// are weeks, months, quarters or a round number of years, the finest that
// fits the width with their labels: a timeline of a summer reads by weeks,
// one of 1815–1985 by a few years, one of the universe by hundreds of
// millions of years. Labels stand inline where a month, a year or a round
// number of years begins ("jun ▂▁ jul", "1850 ▁·▁ 1900", "10Ga"). The
// layout is made once per width; drawing a frame writes the cells with the
// selection, whatever the number of events.

// lowestBar is the lowest of the eight heights of a density cell, ▁;
// the next seven (▂ to █) follow it in Unicode.
const (
	lowestBar  = '▁'
	barHeights = 8
)

// rulerUnit is what a cell of the ruler spans.
type rulerUnit int

const (
	weekCells  rulerUnit = iota // step weeks
	monthCells                  // step months
	yearCells                   // step years
)

// rulerCell is one cell: where its stretch starts, the label written
// before it ("" for none), and the events in it.
type rulerCell struct {
	start int64 // a day of the Days scale for weeks and months, a year for years
	label string
	count int
}

// ruler is the density line laid out for one width.
type ruler struct {
	width int
	unit  rulerUnit
	step  int64
	cells []rulerCell
	cols  []int // the column of each cell's bar
	max   int
}

// maxYearStep is the largest span of years a cell takes: more than the
// age of the universe, and less than model.MaxYear.
const maxYearStep = 10_000_000_000

// nextYearStep returns the round number of years after step: 1, 2, 5, 10,
// 20, 50…
func nextYearStep(step int64) int64 {
	p := int64(1)
	for p*10 <= step {
		p *= 10
	}
	switch step / p {
	case 1:
		return 2 * p
	case 2:
		return 5 * p
	}
	return 10 * p
}

// newRuler lays out the ruler of evs, sorted, from first to last (the
// dataset's span) in width columns (lang names the months): the finest
// cells that fit with their labels.
func newRuler(evs []model.Event, first, last model.Date, width int, lang locale.Lang) ruler {
	if width <= 0 || len(evs) == 0 {
		return ruler{width: width}
	}
	exact := first.Year >= -1_000_000 && last.Year <= 1_000_000
	finest := finestPrecision(evs)
	if exact && finest >= model.MonthPrecision {
		for _, c := range []struct {
			unit rulerUnit
			step int64
		}{{weekCells, 1}, {weekCells, 2}, {monthCells, 1}, {monthCells, 3}} {
			if c.unit == weekCells && finest < model.DayPrecision {
				continue // no event is known to its day: weeks would be guesses
			}
			if r, ok := layRuler(evs, first, last, c.unit, c.step, 0, width, lang); ok {
				return r
			}
		}
	}
	// The finest cells whose labels fit, with at least minLabels of them
	// when the span allows: a ruler of two labels says little.
	var fallback ruler
	found := false
	for step := int64(1); step <= maxYearStep; step = nextYearStep(step) {
		for label := step; label <= maxYearStep; label = nextYearStep(label) {
			if label%step != 0 || label < step*minCellsPerLabel {
				continue // labels would crowd the cells out
			}
			r, ok := layRuler(evs, first, last, yearCells, step, label, width, lang)
			if ok && r.labels() >= minLabels {
				return r
			}
			if ok && !found {
				fallback, found = r, true
			}
			if ok || len(r.cells) > width {
				break // fewer labels with longer periods, or too many cells: a larger step
			}
		}
	}
	if found {
		return fallback
	}
	return ruler{width: width}
}

// minLabels is how many labels a ruler of years has at least, when the
// span allows; minCellsPerLabel how many cells a label's period spans at
// least.
const (
	minLabels        = 3
	minCellsPerLabel = 5
)

// labels returns how many cells are labelled.
func (r *ruler) labels() int {
	n := 0
	for _, c := range r.cells {
		if c.label != "" {
			n++
		}
	}
	return n
}

// finestPrecision returns the finest precision of evs' dates, looking at
// no more than a few thousand of them: enough to know whether any is known
// to its day, without reading a million.
func finestPrecision(evs []model.Event) model.Precision {
	var p model.Precision
	step := max(len(evs)/4096, 1)
	for i := 0; i < len(evs) && p < model.DayPrecision; i += step {
		p = max(p, evs[i].Date.Precision)
	}
	return p
}

// layRuler lays the cells of unit and step out from first to last, with
// labels every labelYears years for cells of years, and reports whether
// they fit width.
func layRuler(evs []model.Event, first, last model.Date, unit rulerUnit, step, labelYears int64, width int, lang locale.Lang) (ruler, bool) {
	r := ruler{width: width, unit: unit, step: step}
	// The last cell holds the latest start and the latest end: a year
	// that ends the span may start before a day of it.
	lo, hi := cellStart(first, unit, step), max(coordinate(last, unit), coordinate(evs[len(evs)-1].Date, unit))
	if (hi-lo)/stepLength(unit, step) > int64(width) {
		r.cells = make([]rulerCell, width+1) // what newRuler reads as too many cells
		return r, false
	}
	// The first cell is labelled where the events start, not where the
	// cell does (a week that starts in December may hold 1 January).
	lastKey := labelKey(first, unit, labelYears)
	r.cells = append(r.cells, rulerCell{start: lo, label: firstLabel(first, unit, lang)})
	for start := nextCell(lo, unit, step); start <= hi; start = nextCell(start, unit, step) {
		c := rulerCell{start: start}
		if key, label := cellLabel(start, unit, labelYears, lang); key != lastKey {
			lastKey, c.label = key, label
		}
		r.cells = append(r.cells, c)
	}
	col := 0
	r.cols = make([]int, len(r.cells))
	for i, c := range r.cells {
		if c.label != "" {
			if i > 0 {
				col++
			}
			col += len([]rune(c.label)) + 1
		}
		r.cols[i] = col
		col++
	}
	if col > width {
		return r, false
	}
	for i := range r.cells {
		from := sort.Search(len(evs), func(j int) bool { return coordinate(evs[j].Date, unit) >= r.cells[i].start })
		to := len(evs)
		if i+1 < len(r.cells) {
			next := r.cells[i+1].start
			to = sort.Search(len(evs), func(j int) bool { return coordinate(evs[j].Date, unit) >= next })
		}
		r.cells[i].count = to - from
		r.max = max(r.max, to-from)
	}
	return r, true
}

// coordinate places d on the scale of unit: its earliest day for weeks and
// months, its year for years.
func coordinate(d model.Date, unit rulerUnit) int64 {
	if unit == yearCells {
		return d.Year
	}
	return int64(d.Days())
}

// cellStart returns the start of the cell holding d.
func cellStart(d model.Date, unit rulerUnit, step int64) int64 {
	switch unit {
	case weekCells:
		return int64(model.WeekStart(d.Days()))
	case monthCells:
		m := int64(max(d.Month, 1)) - 1
		m -= m % step
		return int64(model.NewDate64(d.Year, int(m)+1, 1).Days())
	}
	return floorDiv(d.Year, step) * step
}

// nextCell returns the start of the cell after the one starting at start.
func nextCell(start int64, unit rulerUnit, step int64) int64 {
	switch unit {
	case weekCells:
		return start + 7*step
	case monthCells:
		d := model.FromDays(int32(start))
		m := int(d.Month) - 1 + int(step)
		return int64(model.NewDate64(d.Year+int64(m/12), m%12+1, 1).Days())
	}
	return start + step
}

// stepLength is the rough length of a cell on the scale of unit, to tell
// at once when cells cannot fit.
func stepLength(unit rulerUnit, step int64) int64 {
	switch unit {
	case weekCells:
		return 7 * step
	case monthCells:
		return 28 * step
	}
	return step
}

// cellLabel returns the label period a cell starts in, as a key, and its
// label: the month ("jun"; the year at January, "2026") for weeks, the
// year for months, and for years the round number of years the cell
// starts in ("1850", "-3500", "13.8Ga").
func cellLabel(start int64, unit rulerUnit, labelYears int64, lang locale.Lang) (int64, string) {
	switch unit {
	case weekCells, monthCells:
		d := model.FromDays(int32(start))
		if unit == monthCells {
			return d.Year, present.YearShort(d.Year)
		}
		// A week is named by the month of its Thursday, as ISO 8601 gives a
		// week to a year: the week of Monday 29 December is January's.
		d = model.FromDays(int32(start) + 3)
		if d.Month == 1 {
			return int64(d.MonthKey()), present.YearShort(d.Year)
		}
		return int64(d.MonthKey()), monthLabel(int(d.Month), lang)
	}
	key := floorDiv(start, labelYears)
	return key, present.YearShort(key * labelYears)
}

// labelKey returns the label period d is in, as cellLabel keys them.
func labelKey(d model.Date, unit rulerUnit, labelYears int64) int64 {
	switch unit {
	case weekCells:
		return int64(d.MonthKey())
	case monthCells:
		return d.Year
	}
	return floorDiv(d.Year, labelYears)
}

// firstLabel returns the label of the first cell: the month, or the year,
// the first event is in, which a cell that starts before it would not say.
func firstLabel(first model.Date, unit rulerUnit, lang locale.Lang) string {
	if unit != weekCells || first.Month <= 1 {
		return present.YearShort(first.Year)
	}
	return monthLabel(int(first.Month), lang)
}

// floorDiv divides rounding down, for years before the common era.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// cellOf returns the index of the cell holding d, or -1.
func (r *ruler) cellOf(d model.Date) int {
	if len(r.cells) == 0 || d.IsZero() {
		return -1
	}
	x := coordinate(d, r.unit)
	i := sort.Search(len(r.cells), func(i int) bool { return r.cells[i].start > x }) - 1
	return i
}

// column returns the column of the bar of the cell holding day, for the
// era band: -1 before the first cell.
func (r *ruler) column(day int32) int {
	i := r.cellOf(model.FromDays(day))
	if i < 0 {
		return -1
	}
	return r.cols[i]
}

// draw writes the ruler with the cell of sel as ▲.
func (r *ruler) draw(sel model.Date) string {
	if len(r.cells) == 0 || r.width <= 0 {
		return ""
	}
	selCell := r.cellOf(sel)
	var b strings.Builder
	b.Grow(r.width * 4) // one allocation whatever the labels: the key path stays flat
	for i, c := range r.cells {
		if c.label != "" {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(c.label)
			b.WriteByte(' ')
		}
		switch {
		case i == selCell:
			b.WriteRune('▲')
		case c.count == 0:
			b.WriteRune('·')
		default:
			b.WriteRune(lowestBar + rune(min(c.count*(barHeights-1)/max(r.max, 1), barHeights-1)))
		}
	}
	return b.String()
}

// eraBand draws the eras under the ruler, each from the column of its
// first day to that of its last.
func (r *ruler) eraBand(eras []model.Era, lang locale.Lang) string {
	if len(eras) == 0 || len(r.cells) == 0 {
		return ""
	}
	return present.EraBand(eras, r.width, r.column, lang)
}

// monthLabel returns the ruler's name of month m (1–12) in lang: lower
// case, without a dot.
func monthLabel(m int, lang locale.Lang) string {
	return strings.ToLower(strings.TrimSuffix(i18n.For(lang).MonthShort(m), "."))
}
