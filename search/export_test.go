package search

import "strings"

// JumpCount counts the events whose own text contains word, jumping from
// one occurrence of its rarest byte to the next (what Filter does).
func JumpCount(ix *Index, word string) int {
	b := newBitset(ix.Len())
	ix.events.matchRange(word, 0, ix.Len(), b, nil)
	n := 0
	for i := range ix.Len() {
		if b.has(int32(i)) {
			n++
		}
	}
	return n
}

// RowCount counts the same events by folding each event's text and
// looking for word in it with strings.Contains, the alternative that the
// benchmarks compare with.
func RowCount(ix *Index, word string) int {
	n := 0
	ix.events.eachRow(func(_ int, s string) {
		if strings.Contains(Fold(s), word) {
			n++
		}
	})
	return n
}
