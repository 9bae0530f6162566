package ui

import (
	"context"

	"timeline/model"
	"timeline/search"
)

// filter is the state of "f" and the 1–9 kind toggles: which events the
// list shows.
type filter struct {
	text    string
	query   search.Query
	matches []int32 // events matching the query; nil when there is no query
	hidden  uint16  // bit k set: kind k hidden
	counts  []int   // events per kind among the query's matches
	gen     int
	cancel  context.CancelFunc
	pending bool
	origin  int // dataset index selected when "f" was pressed: the anchor while typing
}

// active reports whether the list shows fewer than all events.
func (f *filter) active() bool { return f.text != "" || f.hidden != 0 }

// kindHidden reports whether kind k is toggled off.
func (f *filter) kindHidden(k model.Kind) bool { return f.hidden&(1<<k) != 0 }

// items returns the events to show: the query's matches without hidden
// kinds, or nil for all events. It also counts the matches per kind for
// the legend.
func (f *filter) items(cols columns) []int32 {
	nk := int(model.NoKind) + 1 // the kinds, then NoKind (events whose file gives none)
	f.counts = make([]int, nk)
	n := int32(len(cols.evs))
	if f.matches == nil {
		for i := range n {
			f.counts[cols.kind(i)]++
		}
		if f.hidden == 0 {
			return nil
		}
		out := make([]int32, 0, n)
		for i := range n {
			if !f.kindHidden(cols.kind(i)) {
				out = append(out, i)
			}
		}
		return out
	}
	out := make([]int32, 0, len(f.matches))
	for _, i := range f.matches {
		k := cols.kind(i)
		f.counts[k]++
		if !f.kindHidden(k) {
			out = append(out, i)
		}
	}
	return out
}
