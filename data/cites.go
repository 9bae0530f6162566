package data

import (
	"hash/maphash"

	"timeline/model"
)

// citeTable finds the first event that cites a source, by the source's id,
// while the sources are read after the events: the loader then makes a
// headline that is the citing event's title share it. An open-addressed
// table of event positions, 4 bytes a slot and at most half full, the ids
// staying in the events: about 2 MB at 100k events, for the load only.
type citeTable struct {
	slots  []int32 // event position+1, 0 for an empty slot
	events []model.Event
	seed   maphash.Seed
}

// newCiteTable indexes the sources that events cite.
func newCiteTable(events []model.Event) *citeTable {
	n := 0
	for i := range events {
		n += len(events[i].Sources())
	}
	size := 8
	for size < 2*n {
		size <<= 1
	}
	t := &citeTable{slots: make([]int32, size), events: events, seed: maphash.MakeSeed()}
	mask := uint64(size - 1)
	for i := range events {
		for _, id := range events[i].Sources() {
			for h := maphash.String(t.seed, id) & mask; ; h = (h + 1) & mask {
				k := t.slots[h]
				if k == 0 {
					t.slots[h] = int32(i + 1)
					break
				}
				if t.cites(int(k-1), id) {
					break // an earlier event cites it already
				}
			}
		}
	}
	return t
}

// cites reports whether event i cites source id.
func (t *citeTable) cites(i int, id string) bool {
	for _, s := range t.events[i].Sources() {
		if s == id {
			return true
		}
	}
	return false
}

// first returns the position of the first event that cites source id, or
// -1.
func (t *citeTable) first(id string) int {
	mask := uint64(len(t.slots) - 1)
	for h := maphash.String(t.seed, id) & mask; ; h = (h + 1) & mask {
		k := t.slots[h]
		if k == 0 {
			return -1
		}
		if t.cites(int(k-1), id) {
			return int(k - 1)
		}
	}
}
