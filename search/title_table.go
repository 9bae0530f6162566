package search

import "hash/maphash"

// titleTable finds, while a loader packs, the earlier event whose row
// holds a title (see Packer.Add): an open-addressed table of rows, 4 bytes
// a slot and at most half full, the titles staying in the packed rows. It
// is let go with the Packer.
type titleTable struct {
	slots []int32 // row+1, 0 for an empty slot
	n     int
	seed  maphash.Seed
}

// hash returns the hash of a title in English and French.
func (t *titleTable) hash(en, fr string) uint64 {
	return maphash.String(t.seed, en) ^ maphash.String(t.seed, fr)*0x9e3779b97f4a7c15
}

// find returns the row of p whose title is en and fr, or -1.
func (t *titleTable) find(p *packer, en, fr string) int {
	if t.n == 0 {
		return -1
	}
	mask := uint64(len(t.slots) - 1)
	for h := t.hash(en, fr) & mask; ; h = (h + 1) & mask {
		k := t.slots[h]
		if k == 0 {
			return -1
		}
		if e, f := p.title(int(k - 1)); e == en && f == fr {
			return int(k - 1)
		}
	}
}

// insert adds row r of p, whose title find did not find.
func (t *titleTable) insert(p *packer, r int) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		if t.n == 0 {
			t.seed = maphash.MakeSeed()
		}
		t.slots = make([]int32, max(1024, 2*len(old)))
		for _, k := range old {
			if k != 0 {
				t.place(p, int(k-1))
			}
		}
	}
	t.place(p, r)
	t.n++
}

// place puts row r in the first free slot from its hash.
func (t *titleTable) place(p *packer, r int) {
	mask := uint64(len(t.slots) - 1)
	h := t.hash(p.title(r)) & mask
	for t.slots[h] != 0 {
		h = (h + 1) & mask
	}
	t.slots[h] = int32(r + 1)
}
