package model

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortEventsMatchesStableSort checks SortEvents against a plain
// stable sort on shuffled events with many equal dates and ids.
func TestSortEventsMatchesStableSort(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 2, 7, 100, 5000} {
		evs := make([]Event, n)
		for i := range evs {
			evs[i] = Event{ID: fmt.Sprintf("e%d", r.IntN(n/3+1)), Date: NewDate(2025, 1+r.IntN(3), r.IntN(4)),
				Summary: Text{En: fmt.Sprint(i)}}
		}
		want := slices.Clone(evs)
		slices.SortStableFunc(want, func(a, b Event) int {
			if c := a.Date.Compare(b.Date); c != 0 {
				return c
			}
			return cmp.Compare(a.ID, b.ID)
		})
		SortEvents(evs)
		for i := range evs {
			if evs[i].Summary.En != want[i].Summary.En {
				t.Fatalf("n=%d: position %d holds event %s, want %s", n, i, evs[i].Summary.En, want[i].Summary.En)
			}
		}
	}
}
