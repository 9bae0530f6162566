package ui

import (
	"strconv"
	"strings"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// lowestBar is the lowest of the eight heights of a density cell, ▁;
// the next seven (▂ to █) follow it in Unicode.
const (
	lowestBar  = '▁'
	barHeights = 8
)

// density holds the number of events per week from the first event's week
// to the last's. It is computed once per dataset, so drawing the ruler costs
// only the width of the screen.
type density struct {
	start  int32 // first day (a Monday) of week 0, days since 1970-01-01
	counts []int
	max    int
}

// weekStart returns the Monday on or before day.
func weekStart(day int32) int32 {
	// 1970-01-01 was a Thursday: day 0 has weekday 3 counting Monday as 0.
	wd := (day + 3) % 7
	if wd < 0 {
		wd += 7
	}
	return day - wd
}

// newDensity counts events per week.
func newDensity(evs []model.Event) density {
	if len(evs) == 0 {
		return density{}
	}
	first := weekStart(evs[0].Date.Days())
	last := evs[len(evs)-1].Date.Days()
	n := int((last-first)/7) + 1
	if n > 1<<20 {
		n = 1 << 20
	}
	d := density{start: first, counts: make([]int, n)}
	for i := range evs {
		w := int((evs[i].Date.Days() - first) / 7)
		if w >= 0 && w < n {
			d.counts[w]++
			d.max = max(d.max, d.counts[w])
		}
	}
	return d
}

// week returns the week index of day.
func (d density) week(day int32) int { return int((day - d.start) / 7) }

// Ruler draws the density line for width columns: a month label where a
// month starts, one cell per week, and the selected week drawn as ▲. When
// the weeks do not fit, several weeks share a cell and years are labelled
// instead of months.
func (d density) Ruler(width int, selDay int32, lang locale.Lang) string {
	if width <= 0 || len(d.counts) == 0 {
		return ""
	}
	sel := d.week(selDay)
	// Choose how many weeks each cell holds: labels take about 4 columns a
	// month, or 4.3 weeks.
	per := 1
	for {
		cells := (len(d.counts) + per - 1) / per
		months := len(d.counts)*per/(per*4) + 1
		need := cells
		if per <= 4 {
			need += months * 4
		} else {
			need += (len(d.counts)/52 + 1) * 5
		}
		if need <= width || per > len(d.counts) {
			break
		}
		per *= 2
	}
	monthly := per <= 4
	var b strings.Builder
	b.Grow(width * 4) // one allocation whatever the labels: the key path stays flat
	var num [8]byte
	used, lastLabel := 0, -1
	for c := 0; c*per < len(d.counts); c++ {
		lo := c * per
		hi := min(lo+per, len(d.counts))
		sum := 0
		for _, v := range d.counts[lo:hi] {
			sum += v
		}
		{
			day := d.start + int32(lo)*7 // weeks are named by their Monday
			if !monthly {
				day += int32(per * 7 / 2) // a cell of many weeks by its middle
			}
			date := model.FromDays(day)
			key := int(date.Year)
			if monthly {
				key = date.MonthKey()
			}
			if key != lastLabel {
				lastLabel = key
				var lbl string
				if monthly {
					lbl = monthLabel(int(date.Month), lang)
				} else {
					lbl = string(strconv.AppendInt(num[:0], int64(date.Year), 10))
				}
				if used > 0 {
					lbl = " " + lbl
				}
				lbl += " "
				if used+len([]rune(lbl))+1 > width {
					break
				}
				b.WriteString(lbl)
				used += len([]rune(lbl))
			}
		}
		if used+1 > width {
			break
		}
		switch {
		case sel >= lo && sel < hi:
			b.WriteRune('▲')
		case sum == 0:
			b.WriteRune('·')
		default:
			top := max(d.max*per/2, 1)
			if per == 1 {
				top = d.max
			}
			i := min(sum*(barHeights-1)/max(top, 1), barHeights-1)
			b.WriteRune(lowestBar + rune(i))
		}
		used++
	}
	return b.String()
}

// monthLabel returns the ruler's name of month m (1–12) in lang: lower
// case, without a dot.
func monthLabel(m int, lang locale.Lang) string {
	return strings.ToLower(strings.TrimSuffix(i18n.For(lang).MonthShort(m), "."))
}
