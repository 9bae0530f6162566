package search

import (
	"encoding/binary"
	"slices"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// foldLatin maps each rune of Latin-1 Supplement and Latin Extended-A
// (U+00C0–U+017F) to its lower-case form without diacritics: É → e, œ → oe,
// ß → ss, İ and ı → i.
var foldLatin = [0x180 - 0xC0]string{
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // U+00C0
	"d", "n", "o", "o", "o", "o", "o", "×", "o", "u", "u", "u", "u", "y", "th", "ss", // U+00D0
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // U+00E0
	"d", "n", "o", "o", "o", "o", "o", "÷", "o", "u", "u", "u", "u", "y", "th", "y", // U+00F0
	"a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d", // U+0100
	"d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g", // U+0110
	"g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i", // U+0120
	"i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l", // U+0130
	"l", "l", "l", "n", "n", "n", "n", "n", "n", "'n", "ng", "ng", "o", "o", "o", "o", // U+0140
	"o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", // U+0150
	"s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u", // U+0160
	"u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s", // U+0170
}

// Fold returns s in the form searches compare: lower case, without
// diacritics, so that "Équipe", "équipe", "e\u0301quipe" and "EQUIPE" all
// become "equipe". Combining marks (U+0300–U+036F) are dropped, Latin-1 and
// Latin Extended-A letters lose their accents (œ → oe, ß → ss, Turkish İ and
// ı → i), typographic apostrophes become ', a no-break space becomes a space
// and other letters are lower-cased. Text that is already plain lower-case
// ASCII is returned as it is, without allocating. Fold is idempotent.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= utf8.RuneSelf || 'A' <= b && b <= 'Z' {
			b := foldAppend(append(make([]byte, 0, len(s)), s[:i]...), s[i:])
			return unsafe.String(unsafe.SliceData(b), len(b)) // b is not kept

		}
	}
	return s
}

// foldRune returns the folded form of one non-ASCII rune, whose encoding is
// enc: the empty string for a combining mark.
func foldRune(r rune, enc string) string {
	switch {
	case r >= 0xC0 && r < 0x180:
		return foldLatin[r-0xC0]
	case r >= 0x300 && r <= 0x36F:
		return ""
	case r == 0xA0:
		return " "
	case r == 0x2018 || r == 0x2019:
		return "'"
	case r == 0x1E9E:
		return "ss"
	}
	if l := unicode.ToLower(r); l != r {
		return string(l)
	}
	return enc
}

// asciiLower maps each ASCII byte to its lower-case form.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for i := range t {
		t[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

// foldAppend appends the folded form of s (see Fold) to dst and returns
// the extended slice. It lower-cases ASCII eight bytes at a time into room
// made once: the search index folds the whole dataset's text with it.
func foldAppend(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		dst = slices.Grow(dst, len(s)-i)
		w := len(dst)
		out := dst[w : w+len(s)-i]
		j := i
		for ; j+8 <= len(s); j += 8 {
			x := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[j:]), 8))
			if x&0x8080808080808080 != 0 {
				break
			}
			binary.LittleEndian.PutUint64(out[j-i:], lowerASCII8(x))
		}
		for ; j < len(s) && s[j] < utf8.RuneSelf; j++ {
			out[j-i] = asciiLower[s[j]]
		}
		dst = dst[:w+j-i]
		if j == len(s) {
			break
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		dst = append(dst, foldRune(r, s[j:j+size])...)
		i = j + size
	}
	return dst
}

// foldLen returns the length of the folded form of s, without folding it.
func foldLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) && binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8))&0x8080808080808080 == 0 {
			n, i = n+8, i+8
			continue
		}
		if s[i] < utf8.RuneSelf {
			n, i = n+1, i+1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n += len(foldRune(r, s[i:i+size]))
		i += size
	}
	return n
}

// lowerASCII8 lower-cases eight ASCII bytes packed in x: a byte from 'A' to
// 'Z' gains 0x20, the others are kept.
func lowerASCII8(x uint64) uint64 {
	const ones = 0x0101010101010101
	geA := x + ones*(0x80-'A')   // high bit set where the byte is ≥ 'A'
	gtZ := x + ones*(0x80-'Z'-1) // high bit set where the byte is > 'Z'
	upper := geA &^ gtZ & (ones * 0x80)
	return x | upper>>2
}
