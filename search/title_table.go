package search

import "hash/maphash"

// titleTable finds, while a loader packs, the earlier row that holds a
// title: an event's in English and French (see Packer.Add), or a source's
// headline (see Packer.AddSource). It is an open-addressed table of rows,
// 4 bytes a slot and at most half full, the titles staying in the packed
// rows, which a titleKey reads back; it is let go with the Packer.
type titleTable struct {
	slots []int32 // row+1, 0 for an empty slot
	n     int
	seed  maphash.Seed
}

// titleKey returns the title, in two parts, that row r holds.
type titleKey func(r int) (string, string)

// hash returns the hash of a title in two parts.
func (t *titleTable) hash(a, b string) uint64 {
	return maphash.String(t.seed, a) ^ maphash.String(t.seed, b)*0x9e3779b97f4a7c15
}

// find returns the row that holds the title a, b, or -1.
func (t *titleTable) find(key titleKey, a, b string) int {
	if t.n == 0 {
		return -1
	}
	mask := uint64(len(t.slots) - 1)
	for h := t.hash(a, b) & mask; ; h = (h + 1) & mask {
		k := t.slots[h]
		if k == 0 {
			return -1
		}
		if x, y := key(int(k - 1)); x == a && y == b {
			return int(k - 1)
		}
	}
}

// insert adds row r, whose title find did not find.
func (t *titleTable) insert(key titleKey, r int) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		if t.n == 0 {
			t.seed = maphash.MakeSeed()
		}
		t.slots = make([]int32, max(1024, 2*len(old)))
		for _, k := range old {
			if k != 0 {
				t.place(key, int(k-1))
			}
		}
	}
	t.place(key, r)
	t.n++
}

// place puts row r in the first free slot from its hash.
func (t *titleTable) place(key titleKey, r int) {
	mask := uint64(len(t.slots) - 1)
	h := t.hash(key(r)) & mask
	for t.slots[h] != 0 {
		h = (h + 1) & mask
	}
	t.slots[h] = int32(r + 1)
}
