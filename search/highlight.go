package search

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Highlights returns the byte ranges of text where any of terms occurs once
// both are folded (see Fold), so that "equipe" highlights "Équipe" and
// "e\u0301quipe" alike. The ranges are in the original text, start and end
// on rune boundaries, cover whole runes even when a match starts or ends
// inside the expansion of one (the "o" of "œ"), include the combining marks
// that follow the last matched letter, and are sorted and merged so that
// none overlap or touch. Empty terms are ignored.
func Highlights(text string, terms []string) [][2]int {
	if text == "" || len(terms) == 0 {
		return nil
	}
	folded, starts := foldMapped(text)
	var out [][2]int
	for _, t := range terms {
		t = Fold(t)
		if t == "" {
			continue
		}
		for from := 0; from <= len(folded)-len(t); {
			j := strings.Index(folded[from:], t)
			if j < 0 {
				break
			}
			a, b := from+j, from+j+len(t)
			out = append(out, [2]int{origStart(starts, a), origEnd(starts, b, len(text))})
			from = a + 1
		}
	}
	return mergeRanges(out)
}

// foldMapped folds s and returns, for each byte of the folded form, the
// offset in s of the rune it came from; the map is nil when s is ASCII and
// the offsets are the identity.
func foldMapped(s string) (string, []int32) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return Fold(s), nil
	}
	var sb strings.Builder
	sb.Grow(len(s))
	starts := make([]int32, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		n := sb.Len()
		if r < utf8.RuneSelf {
			sb.WriteString(Fold(s[i : i+1]))
		} else {
			sb.WriteString(foldRune(r, s[i:i+size]))
		}
		for k := n; k < sb.Len(); k++ {
			starts = append(starts, int32(i))
		}
		i += size
	}
	return sb.String(), starts
}

// origStart maps the folded offset a to the start of its rune in the
// original text.
func origStart(starts []int32, a int) int {
	if starts == nil {
		return a
	}
	return int(starts[a])
}

// origEnd maps the end b of a match in the folded text (exclusive) to the
// end in the original text: the start of the next rune that produced folded
// output, so that the whole last rune and any dropped marks after it are
// covered.
func origEnd(starts []int32, b, textLen int) int {
	if starts == nil {
		return b
	}
	last := starts[b-1]
	for ; b < len(starts); b++ {
		if starts[b] != last {
			return int(starts[b])
		}
	}
	return textLen
}

// mergeRanges sorts ranges and merges those that overlap or touch.
func mergeRanges(rs [][2]int) [][2]int {
	if len(rs) < 2 {
		return rs
	}
	slices.SortFunc(rs, func(x, y [2]int) int { return x[0] - y[0] })
	out := rs[:1]
	for _, r := range rs[1:] {
		if last := &out[len(out)-1]; r[0] <= last[1] {
			last[1] = max(last[1], r[1])
		} else {
			out = append(out, r)
		}
	}
	return out
}
