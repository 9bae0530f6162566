package search

import "sync"

// A search makes several bitsets of events and sources for each key, and
// drops them once it has answered: at a million events they are a few
// hundred kilobytes a key, garbage that brought the collector back every
// few keys when the heap was close to the memory limit. The large ones are
// lent from a pool instead, and given back once the search has answered.

// pooledWords is the size from which a bitset is lent rather than made:
// the tables of names are small, and their bitsets live on in plans.
const pooledWords = 1024

var bitsets sync.Pool // of *bitset

// borrowBitset returns a cleared bitset of n rows, from the pool when it
// is large.
func borrowBitset(n int) bitset {
	words := (n + 63) / 64
	if words < pooledWords {
		return make(bitset, words)
	}
	if p, ok := bitsets.Get().(*bitset); ok && cap(*p) >= words {
		b := (*p)[:words]
		clear(b)
		return b
	}
	return make(bitset, words)
}

// giveBack returns large bitsets to the pool; nothing may use them after.
func giveBack(bs ...bitset) {
	for _, b := range bs {
		if cap(b) >= pooledWords {
			bitsets.Put(&b)
		}
	}
}

// giveBackPlans returns the bitsets of plans that a search has answered.
func giveBackPlans(plans []termPlan) {
	for k := range plans {
		p := &plans[k]
		giveBack(p.events, p.people, p.orgs, p.sources, p.said, p.tags)
	}
}
