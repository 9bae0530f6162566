package model

import (
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
