package search

import (
	"strings"
	"testing"
)

func BenchmarkParseQuery(b *testing.B) {
	paste := strings.Repeat("\x1b[31mword\x1b[0m é \u0301 kind:vendor ", 400)
	for _, bc := range []struct{ name, q string }{
		{"word", "meta"},
		{"fields", `lecun kind:departure,hire person:wang !status:disputed from:2025-08 to:2025-08 "alex wang"`},
		{"paste10k", paste},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseQuery(bc.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFold(b *testing.B) {
	for _, bc := range []struct{ name, s string }{
		{"lowerASCII", "the reorganization moves fair under the superintelligence lab"},
		{"mixed", "L'équipe FAIR change de tutelle après la réorganisation de Meta"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = Fold(bc.s)
			}
		})
	}
}
