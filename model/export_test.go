package model

import "strings"

// JumpCount counts the events whose own text contains word, jumping from
// match to match with strings.Index over the whole text (what Filter does).
func JumpCount(ix *SearchIndex, word string) int {
	b := newBitset(ix.Len())
	ix.events.matchRange(word, 0, ix.Len(), b)
	n := 0
	for i := range ix.Len() {
		if b.has(int32(i)) {
			n++
		}
	}
	return n
}

// RowCount counts the same events with one strings.Contains per event, the
// alternative that the benchmarks compare with.
func RowCount(ix *SearchIndex, word string) int {
	n := 0
	t := &ix.events
	for i := range ix.Len() {
		if strings.Contains(t.hay[t.off[i]:t.off[i+1]], word) {
			n++
		}
	}
	return n
}
