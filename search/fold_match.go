package search

import (
	"math/bits"
	"unicode/utf8"
)

// Matching folded words in text that is not folded: the search index looks
// for a word (already folded) in the events' own text as it was written,
// folding only the few bytes around a possible match.

// foldedHasPrefix reports whether Fold(s) starts with w.
func foldedHasPrefix(s, w string) bool {
	i := 0
	for len(w) > 0 {
		if i >= len(s) {
			return false
		}
		if b := s[i]; b < utf8.RuneSelf {
			if asciiLower[b] != w[0] {
				return false
			}
			w, i = w[1:], i+1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		f := foldRune(r, s[i:i+size])
		n := min(len(f), len(w))
		if f[:n] != w[:n] {
			return false
		}
		w, i = w[n:], i+size
	}
	return true
}

// foldedHasSuffix reports whether Fold(s) ends with w.
func foldedHasSuffix(s, w string) bool {
	i := len(s)
	for len(w) > 0 {
		if i == 0 {
			return false
		}
		if b := s[i-1]; b < utf8.RuneSelf {
			if asciiLower[b] != w[len(w)-1] {
				return false
			}
			w, i = w[:len(w)-1], i-1
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[:i])
		f := foldRune(r, s[i-size:i])
		n := min(len(f), len(w))
		if f[len(f)-n:] != w[len(w)-n:] {
			return false
		}
		w, i = w[:len(w)-n], i-size
	}
	return true
}

// Mark classes: what the folded form of a non-ASCII rune can hold. A row
// of text is marked with the classes of its non-ASCII runes, so that a
// search knows where a byte of its word may come from a rune that is not
// that byte itself (é for e, œ for o and e, ’ for ').
const (
	markOtherASCII = 26 // an ASCII byte that is not a letter nor one of the two below
	markQuote      = 27 // ' (from ’, ‘ and ŉ)
	markSpace      = 28 // a space (from a no-break space)
	markNonASCII   = 29 // a byte of a non-ASCII rune
	markClasses    = 30
)

// markClass returns the mark class of a byte of folded text: 0–25 for the
// letters a to z.
func markClass(b byte) int {
	switch {
	case 'a' <= b && b <= 'z':
		return int(b - 'a')
	case b == '\'':
		return markQuote
	case b == ' ':
		return markSpace
	case b >= utf8.RuneSelf:
		return markNonASCII
	}
	return markOtherASCII
}

// rowMarks returns the mark classes of the non-ASCII runes of s, one bit
// each.
func rowMarks(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); {
		// Skip ASCII eight bytes at a time.
		for i+8 <= len(s) && loadUint64(s[i:])&0x8080808080808080 == 0 {
			i += 8
		}
		if i >= len(s) {
			break
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		for _, b := range []byte(foldRune(r, s[i:i+size])) {
			m |= 1 << markClass(b)
		}
		i += size
	}
	return m
}

// SWAR constants: a one and a high bit in each byte of a word.
const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// zeroBytes returns a word whose lowest set bit, if any, is the high bit of
// the first zero byte of v (later bits may be false).
func zeroBytes(v uint64) uint64 { return (v - lowBits) &^ v & highBits }

// foldedIndexAt looks for needle in s, a row of text as written, at each
// place from byte from on where its byte at k may come from: the byte
// itself or its upper case (ASCII), or a non-ASCII rune whose folded form
// holds it. It returns the position in s of the first such place where the
// folded text holds needle, so the leftmost match from there, or -1. It
// reads s eight bytes at a time to the next such place. The text before
// from is read only as the needle's bytes before k need it.
func foldedIndexAt(s, needle string, k, from int) int {
	c := needle[k]
	upper := c
	if 'a' <= c && c <= 'z' {
		upper = c - 'a' + 'A'
	}
	wantC, wantU := uint64(c)*lowBits, uint64(upper)*lowBits
	if c >= utf8.RuneSelf {
		// No ASCII byte folds to it: look for non-ASCII bytes only.
		wantC, wantU = highBits, highBits
	}
	before, after := needle[:k], needle[k+1:]
	for i := from; i < len(s); {
		if i+8 <= len(s) {
			w := loadUint64(s[i:])
			m := zeroBytes(w^wantC) | zeroBytes(w^wantU) | w&highBits
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		}
		x := s[i]
		if x < utf8.RuneSelf {
			if (x == c || x == upper) && c < utf8.RuneSelf && nextFits(s, i, after) && prevFits(s, i, before) &&
				foldedHasSuffix(s[:i], before) && foldedHasPrefix(s[i+1:], after) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		f := foldRune(r, s[i:i+size])
		for j := 0; j < len(f); j++ {
			if f[j] == c && foldMatchesAround(s, i, size, f, j, before, needle[k:]) {
				return i
			}
		}
		i += size
	}
	return -1
}

// foldMatchesAround reports whether needle, split at its anchor into before
// and from (which starts with the anchor), matches the folded text of s
// with the anchor at byte j of f, the folded form of the rune s[i:i+size].
func foldMatchesAround(s string, i, size int, f string, j int, before, from string) bool {
	head, tail := f[:j], f[j:]
	if len(head) >= len(before) {
		if head[len(head)-len(before):] != before {
			return false
		}
	} else if before[len(before)-len(head):] != head || !foldedHasSuffix(s[:i], before[:len(before)-len(head)]) {
		return false
	}
	if len(tail) >= len(from) {
		return tail[:len(from)] == from
	}
	return from[:len(tail)] == tail && foldedHasPrefix(s[i+size:], from[len(tail):])
}
