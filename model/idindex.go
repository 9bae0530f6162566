package model

import "hash/maphash"

// idSeed seeds the hash of every idIndex.
var idSeed = maphash.MakeSeed()

// idIndex finds an item of a list by its id: an open-addressed hash table
// (linear probing, at most two thirds full) of positions in the list, 4 to
// 8 bytes an item where a map[string]int takes about 40. The ids stay in
// the list; the table holds position+1, 0 being an empty slot. When ids
// repeat, the last item with the id is found, as with a map filled in
// order.
type idIndex struct {
	slots    []int32
	distinct int // the number of distinct ids
}

// newIDIndex indexes n items whose ids id returns.
func newIDIndex(n int, id func(int) string) idIndex {
	size := 8
	for size < n+n/2 {
		size <<= 1
	}
	ix := idIndex{slots: make([]int32, size)}
	mask := uint64(size - 1)
	for i := 0; i < n; i++ {
		s := id(i)
		for h := maphash.String(idSeed, s) & mask; ; h = (h + 1) & mask {
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
	mask := uint64(len(ix.slots) - 1)
	for h := maphash.String(idSeed, s) & mask; ; h = (h + 1) & mask {
		v := ix.slots[h]
		if v == 0 {
			return 0, false
		}
		if id(int(v-1)) == s {
			return int(v - 1), true
		}
	}
}
