package model

// Edits keep the lookup tables up to date instead of building them again:
// building the tables of 100k events and 150k sources costs tens of
// milliseconds, adding one id to a table or moving its positions up by
// one costs a pass over an array of integers.

// insert adds item i, whose id is id(i), to the index of a list now n
// items long, building the table again when it would be more than two
// thirds full.
func (ix *idIndex) insert(i, n int, id func(int) string) {
	if len(ix.slots) == 0 || n+n/2 > len(ix.slots) {
		*ix = newIDIndex(n, id)
		return
	}
	s := id(i)
	for h := ix.home(s); ; h = ix.next(h) {
		v := ix.slots[h]
		if v == 0 {
			ix.slots[h] = int32(i + 1)
			ix.distinct++
			return
		}
		if id(int(v-1)) == s {
			ix.slots[h] = int32(i + 1)
			return
		}
	}
}

// shift moves every position from at on one place further: an item is
// being inserted at at, and is added with insert once the list holds it.
func (ix *idIndex) shift(at int) {
	for k, v := range ix.slots {
		if v > int32(at) { // v is position+1: positions at and after
			ix.slots[k] = v + 1
		}
	}
}

// moved renumbers the positions after the item at position i moved to
// position j, the items between moving one place towards i.
func (ix *idIndex) moved(i, j int) {
	lo, hi, by := int32(i+1), int32(j+1), int32(-1) // positions+1 that move by one
	if j < i {
		lo, hi, by = int32(j+1), int32(i+1), 1
	}
	for k, v := range ix.slots {
		switch {
		case v == int32(i+1):
			ix.slots[k] = int32(j + 1)
		case v >= lo && v <= hi:
			ix.slots[k] = v + by
		}
	}
}

// drop removes the items at positions gone (sorted, distinct) of a list
// of n items, whose ids id gives as they are before the removal, and
// renumbers the others as they will be once the list is closed up. It
// reports false, changing nothing, when the list has repeated ids, whose
// table does not hold every item: the caller builds the table again.
func (ix *idIndex) drop(gone []int, n int, id func(int) string) bool {
	if ix.distinct != n || len(ix.slots) == 0 {
		return false
	}
	home := func(v int32) int { return ix.home(id(int(v - 1))) }
	for _, p := range gone {
		i := ix.home(id(p))
		for ix.slots[i] != int32(p+1) {
			if ix.slots[i] == 0 {
				return false // not in the table: cannot happen for a distinct list
			}
			i = ix.next(i)
		}
		// Backward-shift deletion: later entries of the same run move
		// into the hole unless their home lies between it and them.
		ix.slots[i] = 0
		for j := ix.next(i); ix.slots[j] != 0; j = ix.next(j) {
			k := home(ix.slots[j])
			if i <= j && i < k && k <= j || i > j && (i < k || k <= j) {
				continue
			}
			ix.slots[i], ix.slots[j] = ix.slots[j], 0
			i = j
		}
		ix.distinct--
	}
	for k, v := range ix.slots {
		if v == 0 {
			continue
		}
		// Positions after removed ones move down by as many.
		before := 0
		for before < len(gone) && gone[before] < int(v-1) {
			before++
		}
		ix.slots[k] = v - int32(before)
	}
	return true
}
