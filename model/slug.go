package model

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxSlugBytes bounds the ids Slug makes: long enough to read a headline's
// gist in an id, short enough for a command line and a file name.
const MaxSlugBytes = 60

// latinASCII maps each rune of Latin-1 Supplement and Latin Extended-A
// (U+00C0–U+017F) to lower-case ASCII without diacritics: É → e, œ → oe,
// ß → ss. It is search.Fold's table, which the domain cannot import; × and
// ÷ map to nothing, as they are not letters.
var latinASCII = [0x180 - 0xC0]string{
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // U+00C0
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss", // U+00D0
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // U+00E0
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y", // U+00F0
	"a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d", // U+0100
	"d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g", // U+0110
	"g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i", // U+0120
	"i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l", // U+0130
	"l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "ng", "ng", "o", "o", "o", "o", // U+0140
	"o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", // U+0150
	"s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u", // U+0160
	"u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s", // U+0170
}

// foldName returns s lower-cased, without diacritics, with every run of
// spaces and punctuation made one space and trimmed: the form in which
// names and aliases are compared, so that "Zoé Lefèvre", "zoe lefevre" and
// "ZOE  LEFÈVRE" name the same person. Letters outside Latin keep their
// lower-case form.
func foldName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	put := func(piece string) {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(piece)
	}
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			put(string(r))
		case 'A' <= r && r <= 'Z':
			put(string(r + 'a' - 'A'))
		case r >= 0xC0 && r < 0x180:
			if f := latinASCII[r-0xC0]; f != "" {
				put(f)
			} else {
				space = true
			}
		case unicode.Is(unicode.Mn, r): // a combining accent, as in decomposed "é"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			put(string(unicode.ToLower(r)))
		default:
			space = true
		}
	}
	return b.String()
}

// Slug makes an id from a title or a name: lower-case ASCII letters and
// digits, accents dropped, words joined by hyphens, at most MaxSlugBytes
// long and cut at a word boundary when one is near. "Meta cuts 600 jobs
// at Superintelligence Labs" becomes "meta-cuts-600-jobs-at-superintelligence-labs".
// Letters with no ASCII form are dropped; a title with none at all (all
// Chinese, say) gives fallback, so that an id is never empty.
func Slug(s, fallback string) string {
	var b strings.Builder
	for _, w := range strings.Fields(foldName(s)) {
		w = asciiOnly(w)
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			if b.Len()+1+len(w) > MaxSlugBytes {
				if b.Len() >= MaxSlugBytes/2 {
					break // a word boundary near enough to the limit
				}
				w = w[:MaxSlugBytes-b.Len()-1]
			}
			b.WriteByte('-')
		} else if len(w) > MaxSlugBytes {
			w = w[:MaxSlugBytes]
		}
		b.WriteString(w)
		if b.Len() >= MaxSlugBytes {
			break
		}
	}
	if b.Len() == 0 {
		return fallback
	}
	return b.String()
}

// asciiOnly keeps the ASCII letters and digits of a folded word.
func asciiOnly(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			var b strings.Builder
			for j := 0; j < len(w); j++ {
				if w[j] < utf8.RuneSelf {
					b.WriteByte(w[j])
				}
			}
			return b.String()
		}
	}
	return w
}

// UniqueID returns base when taken reports it free, else base followed by
// "-2", "-3" and so on, the first that is free; base is shortened first so
// that the id stays within MaxSlugBytes.
func UniqueID(base string, taken func(id string) bool) string {
	if !taken(base) {
		return base
	}
	for n := 2; ; n++ {
		suffix := "-" + strconv.Itoa(n)
		stem := base
		if len(stem)+len(suffix) > MaxSlugBytes && len(suffix) < MaxSlugBytes {
			stem = strings.TrimRight(stem[:MaxSlugBytes-len(suffix)], "-")
		}
		if id := stem + suffix; !taken(id) {
			return id
		}
	}
}
