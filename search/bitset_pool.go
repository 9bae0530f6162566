package search

import (
	"math/bits"
	"sync"
)

// A search makes several bitsets of events and sources for each key, and
// drops them once it has answered: at a million events they are a few
// hundred kilobytes a key, garbage that brought the collector back every
// few keys when the heap was close to the memory limit. The large ones are
// lent from a pool instead, and given back once the search has answered.
//
// The tables differ in size (events, sources, headlines), so one pool
// would lend a bitset too small for the next search about as often as
// one that fits, and the search would make another, a few megabytes of
// garbage a word at a million events. Each pool holds bitsets of one size
// class instead, a power of two of words: any bitset in a class fits any
// request for it.

// pooledWords is the size from which a bitset is lent rather than made:
// the tables of names are small, and their bitsets live on in plans.
const pooledWords = 1024

// bitsets[k] holds bitsets of at least 1<<k words (as *bitset).
var bitsets [bits.UintSize]sync.Pool

// borrowBitset returns a cleared bitset of n rows, from the pool when it
// is large.
func borrowBitset(n int) bitset {
	words := (n + 63) / 64
	if words < pooledWords {
		return make(bitset, words)
	}
	k := bits.Len(uint(words - 1)) // 1<<k is the least power of two ≥ words
	if p, ok := bitsets[k].Get().(*bitset); ok {
		b := (*p)[:words]
		clear(b)
		return b
	}
	return make(bitset, words, 1<<k)
}

// giveBack returns large bitsets to the pool; nothing may use them after.
// A bitset goes to the largest class its capacity fills, so one not made
// by borrowBitset is given back as safely as one that was.
func giveBack(bs ...bitset) {
	for _, b := range bs {
		if cap(b) >= pooledWords {
			bitsets[bits.Len(uint(cap(b)))-1].Put(&b)
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
