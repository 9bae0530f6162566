package data

import (
	"fmt"
	"strings"
	"unicode"
)

// slug makes an id from text: lower-case letters and digits, other runs
// of characters turned into one "-", at most 60 bytes.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			if b.Len()+len(string(r)) > 60 {
				// Cut at the last whole word that fits.
				out := b.String()
				if i := strings.LastIndexByte(out, '-'); i > 0 {
					out = out[:i]
				}
				return out
			}
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

func slugOr(s, fallback string) string {
	if v := slug(s); v != "" {
		return v
	}
	return fallback
}

// uniqueID returns id, or id-2, id-3… when it is taken.
func uniqueID(id string, taken map[string]bool) string {
	if !taken[id] {
		return id
	}
	for n := 2; ; n++ {
		if v := fmt.Sprintf("%s-%d", id, n); !taken[v] {
			return v
		}
	}
}
