package main

import (
	"hash/maphash"

	"timeline/model"
)

// textParts is how many passes textBytes makes, each over the strings
// whose hash has the top three bits of the pass number, to keep its
// table small.
const textParts = 8

// textBytes counts the bytes of every distinct string of the dataset
// (a string shared by many events counts once). It must not raise the
// process's peak above the load's, which a map of every string did (by
// some 50 MB at 100k events): strings are told apart by a 64-bit hash,
// in an open-addressed table of 8 bytes a slot, one eighth of the hashes
// at a time (1 MB at 100k events). Two different strings with the same
// hash (odds about 1 in 10¹⁰ at 100k events) would count once.
func textBytes(ds *model.Dataset) int64 {
	seed := maphash.MakeSeed()
	var n int64
	var set hashSet
	for part := range uint64(textParts) {
		set.reset()
		eachString(ds, func(s string) {
			if s == "" {
				return
			}
			if h := maphash.String(seed, s); h>>61 == part && set.add(h) {
				n += int64(len(s))
			}
		})
	}
	return n
}

// eachString calls add with every string of the dataset, as often as it
// is used.
func eachString(ds *model.Dataset, add func(string)) {
	text := func(t model.Text) {
		t.Each(func(_, s string) { add(s) })
	}
	for i := range ds.Events {
		e := &ds.Events[i]
		add(e.ID)
		text(e.DateLabel())
		text(e.Title)
		text(e.Summary)
		for _, p := range e.People {
			add(p.ID())
			text(p.Role())
		}
		for _, c := range e.Claims() {
			text(c.Text)
			add(c.By)
			add(c.Stance)
			add(c.Source)
		}
		for _, q := range e.Quotes() {
			add(q.Speaker)
			add(q.Text)
			text(q.Translation)
			add(q.Source)
		}
		for _, l := range [][]string{e.Orgs(), e.Sources(), e.Related(), e.Tags()} {
			for _, s := range l {
				add(s)
			}
		}
	}
	for _, s := range ds.Sources {
		add(s.ID)
		add(s.Outlet)
		add(s.Title)
		add(s.URL)
		add(s.Via())
	}
}

// hashSet is a set of strings' hashes: open addressing with linear
// probing, 0 meaning an empty slot.
type hashSet struct {
	slots []uint64
	n     int
}

// add adds the hash k and reports whether it was new.
func (h *hashSet) add(k uint64) bool {
	if 4*(h.n+1) > 3*len(h.slots) {
		h.grow()
	}
	if h.insert(k | 1) { // never 0
		h.n++
		return true
	}
	return false
}

func (h *hashSet) insert(k uint64) bool {
	mask := uint64(len(h.slots) - 1)
	for i := k >> 1 & mask; ; i = (i + 1) & mask {
		switch h.slots[i] {
		case k:
			return false
		case 0:
			h.slots[i] = k
			return true
		}
	}
}

// grow doubles the table.
func (h *hashSet) grow() {
	old := h.slots
	h.slots = make([]uint64, max(2*len(old), 1<<12))
	for _, k := range old {
		if k != 0 {
			h.insert(k)
		}
	}
}

// reset empties the set, keeping its table for the next part.
func (h *hashSet) reset() {
	clear(h.slots)
	h.n = 0
}
