package search

import "testing"

// TestBorrowBitsetFits lends and takes back bitsets of many sizes, some
// given back dirty and some not made by borrowBitset: each bitset lent is
// as long as asked, cleared, and owns its words up to its capacity.
func TestBorrowBitsetFits(t *testing.T) {
	sizes := []int{64 * pooledWords, 64*pooledWords + 1, 100_000, 1_000_000, 999_937, 250_001, 64 * 2048, 64*2048 - 63}
	for round := range 3 {
		var lent []bitset
		for _, n := range sizes {
			b := borrowBitset(n)
			words := (n + 63) / 64
			if len(b) != words || cap(b) < words {
				t.Fatalf("round %d: borrowBitset(%d) has len %d cap %d, want len %d", round, n, len(b), cap(b), words)
			}
			for i, w := range b {
				if w != 0 {
					t.Fatalf("round %d: borrowBitset(%d) word %d is %#x, not cleared", round, n, i, w)
				}
			}
			b = b[:cap(b)]
			for i := range b {
				b[i] = ^uint64(0) // dirty to its capacity
			}
			lent = append(lent, b)
		}
		// A bitset not from the pool, of a capacity that is no power of two.
		lent = append(lent, make(bitset, 3000))
		giveBack(lent...)
	}
}
