package model

import (
	"hash/maphash"
	"math/bits"
)

// idSeed seeds the hash of every idIndex.
var idSeed = maphash.MakeSeed()

// idIndex finds an item of a list by its id: an open-addressed hash table
// (linear probing, at most two thirds full) of positions in the list, 4 to
// 7 bytes an item where a map[string]int takes about 40. The ids stay in
// the list; the table holds position+1, 0 being an empty slot. When ids
// repeat, the last item with the id is found, as with a map filled in
// order. Its size is not a power of two, which would leave up to a third
// more slots empty at a million sources: a hash is brought to a slot by a
// multiplication (see home).
type idIndex struct {
	slots    []int32
	distinct int // the number of distinct ids
}

// idSlots is the size of a table for n items: room for an eighth more
// before it is two thirds full and insert builds it again.
func idSlots(n int) int { return max(8, n+n/2+n/8) }

// home returns the slot where the search for id s starts.
func (ix *idIndex) home(s string) int {
	hi, _ := bits.Mul64(maphash.String(idSeed, s), uint64(len(ix.slots)))
	return int(hi)
}

// next returns the slot after h, the first after the last.
func (ix *idIndex) next(h int) int {
	if h++; h == len(ix.slots) {
		return 0
	}
	return h
}

// newIDIndex indexes n items whose ids id returns.
func newIDIndex(n int, id func(int) string) idIndex {
	ix := idIndex{slots: make([]int32, idSlots(n))}
	for i := 0; i < n; i++ {
		s := id(i)
		for h := ix.home(s); ; h = ix.next(h) {
			v := ix.slots[h]
			if v == 0 {
				ix.slots[h] = int32(i + 1)
				ix.distinct++
				break
			}
			if id(int(v-1)) == s {
				ix.slots[h] = int32(i + 1)
				break
			}
		}
	}
	return ix
}

// find returns the position of the item with id s, given the ids as
// newIDIndex was.
func (ix *idIndex) find(s string, id func(int) string) (int, bool) {
	if len(ix.slots) == 0 { // not indexed
		return 0, false
	}
	for h := ix.home(s); ; h = ix.next(h) {
		v := ix.slots[h]
		if v == 0 {
			return 0, false
		}
		if id(int(v-1)) == s {
			return int(v - 1), true
		}
	}
}
