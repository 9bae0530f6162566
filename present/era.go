package present

import (
	"strings"

	"timeline/locale"
	"timeline/model"
)

// ErasOf returns the names of the eras that span an event, in lang, in the
// dataset's order: what the explorer writes beside the event.
func ErasOf(ds *model.Dataset, e *model.Event, lang locale.Lang) []string {
	var out []string
	for _, era := range ds.Eras {
		if era.Contains(e.Date) {
			out = append(out, era.Label.String(lang))
		}
	}
	return out
}

// EraSpan writes an era with its dates: "The ENIAC years, 1943 – 1946".
func EraSpan(era model.Era, lang locale.Lang) string {
	s := era.Label.String(lang) + ", " + FormatShortDate(era.Start, lang)
	if !era.End.IsZero() && era.End != era.Start {
		s += " – " + FormatShortDate(era.End, lang)
	}
	return s
}

// EraBand draws the eras as a band width columns wide, to go under the
// ruler: each era from the column of its first day to the column of its
// last, "╶The ENIAC years──╴", its name cut to fit and left out where
// there is no room; where eras overlap, the one listed first keeps the
// columns and the other takes the free ones next to them (two eras that
// meet share the column of the day one ends and the other starts).
// column maps a day of the Days scale to a column of the ruler (below 0 or
// from width on: off the band).
func EraBand(eras []model.Era, width int, column func(day int32) int, lang locale.Lang) string {
	if width <= 0 {
		return ""
	}
	cells := []rune(strings.Repeat(" ", width))
	taken := make([]bool, width)
	for _, era := range eras {
		end := era.End
		if end.IsZero() {
			end = era.Start
		}
		lo, hi := max(column(era.Start.Days()), 0), min(column(end.LastDays()), width-1)
		for lo <= hi && taken[lo] {
			lo++
		}
		for c := lo; c <= hi; c++ {
			if taken[c] {
				hi = c - 1
			}
		}
		if lo > hi {
			continue
		}
		for c := lo; c <= hi; c++ {
			cells[c], taken[c] = '─', true
		}
		cells[lo] = '╶'
		if hi > lo {
			cells[hi] = '╴'
		}
		name := []rune(era.Label.String(lang))
		if room := hi - lo - 1; room >= 3 {
			if len(name) > room {
				name = append(name[:room-1], '…')
			}
			copy(cells[lo+1:], name)
		}
	}
	return string(cells)
}
