package search

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain ascii", "plain ascii"},
		{"LeCun", "lecun"},
		{"équipe", "equipe"},
		{"ÉQUIPE", "equipe"},
		{"e\u0301quipe", "equipe"}, // decomposed
		{"E\u0301QUIPE", "equipe"}, // decomposed capital
		{"réorganisation", "reorganisation"},
		{"Ça", "ca"},
		{"cœur", "coeur"},
		{"Œuvre", "oeuvre"},
		{"Æther", "aether"},
		{"Straße", "strasse"},
		{"STRAẞE", "strasse"},
		{"İstanbul", "istanbul"},
		{"ılık", "ilik"},
		{"Łódź", "lodz"},
		{"Søren Dvořák", "soren dvorak"},
		{"Meta’s", "meta's"},
		{"a\u00a0b", "a b"},
		{"Ωμέγα", "ωμέγα"}, // other scripts are lower-cased; precomposed Greek keeps its tonos
		{"日本語", "日本語"},
		{"x\u0300\u0301\u036f", "x"},
		{"\uFFFD", "\uFFFD"},
		{"A\xffB\xc3", "a\xffb\xc3"}, // invalid UTF-8 is kept byte for byte
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := foldLen(tt.in); got != len(tt.want) {
			t.Errorf("foldLen(%q) = %d, want %d", tt.in, got, len(tt.want))
		}
		if got := string(foldAppend([]byte("x"), tt.in)); got != "x"+tt.want {
			t.Errorf("foldAppend(%q) = %q, want %q", tt.in, got, "x"+tt.want)
		}
		if got := Fold(Fold(tt.in)); got != Fold(tt.in) {
			t.Errorf("Fold is not idempotent on %q", tt.in)
		}
	}
}

func TestFoldNoAllocForLowerASCII(t *testing.T) {
	s := "already lower case ascii, with punctuation: 2025-08-01!"
	if n := testing.AllocsPerRun(100, func() { _ = Fold(s) }); n != 0 {
		t.Errorf("Fold allocated %v times for plain lower-case ASCII", n)
	}
}

func TestHighlights(t *testing.T) {
	tests := []struct {
		text  string
		terms []string
		want  [][2]int
	}{
		{"", []string{"x"}, nil},
		{"abc", nil, nil},
		{"abc", []string{""}, nil},
		{"Meta and meta", []string{"meta"}, [][2]int{{0, 4}, {9, 13}}},
		{"L'équipe", []string{"equipe"}, [][2]int{{2, 9}}},         // é is two bytes
		{"L'e\u0301quipe!", []string{"equipe"}, [][2]int{{2, 10}}}, // the combining mark is inside
		{"cafe\u0301", []string{"cafe"}, [][2]int{{0, 6}}},         // trailing mark included
		{"cafe\u0301 noir", []string{"cafe"}, [][2]int{{0, 6}}},    // and no more
		{"cœur", []string{"coe"}, [][2]int{{0, 3}}},                // œ covered whole
		{"cœur", []string{"o"}, [][2]int{{1, 3}}},                  // the o of œ
		{"Straße", []string{"strasse"}, [][2]int{{0, 7}}},
		{"Straße", []string{"s"}, [][2]int{{0, 1}, {4, 6}}}, // both s of ß merge to one range
		{"İstanbul", []string{"ist"}, [][2]int{{0, 4}}},
		{"LeCun, LECUN", []string{"LeCun"}, [][2]int{{0, 5}, {7, 12}}},  // terms are folded too
		{"aaaa", []string{"aa"}, [][2]int{{0, 4}}},                      // overlapping matches merge
		{"abcdef", []string{"ab", "cd", "f"}, [][2]int{{0, 4}, {5, 6}}}, // touching ranges merge
		{"a.b*c", []string{".b*"}, [][2]int{{1, 4}}},                    // no regex
		{"réorganisation", []string{"reorganisation"}, [][2]int{{0, 15}}},
	}
	for _, tt := range tests {
		got := Highlights(tt.text, tt.terms)
		if len(got) != len(tt.want) {
			t.Errorf("Highlights(%q, %q) = %v, want %v", tt.text, tt.terms, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Highlights(%q, %q) = %v, want %v", tt.text, tt.terms, got, tt.want)
				break
			}
		}
	}
}

// foldSlow is the definition of Fold, one rune at a time, for checking the
// eight-bytes-at-a-time foldAppend against.
func foldSlow(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(foldRune(r, s[i:i+size]))
		i += size
	}
	return b.String()
}

// TestFoldAppendMatchesFoldSlow compares the eight-bytes-at-a-time fold
// with the rune-by-rune definition on every ASCII byte, at every
// alignment, mixed with letters that fold to other lengths.
func TestFoldAppendMatchesFoldSlow(t *testing.T) {
	var all strings.Builder
	for b := 0; b < utf8.RuneSelf; b++ {
		all.WriteByte(byte(b))
	}
	base := all.String() + "ÉCOLE Straße œuvre İI\xff@[`{ZAza"
	for k := 0; k < 16; k++ {
		s := strings.Repeat("Q", k) + base + strings.Repeat("é", k%3) + base[:k*5]
		want := foldSlow(s)
		if foldLen(s) != len(want) {
			t.Fatalf("foldLen(%q) = %d, want %d", s, foldLen(s), len(want))
		}
		if got := string(foldAppend(nil, s)); got != want {
			t.Fatalf("foldAppend(%q) = %q, want %q", s, got, want)
		}
		if got := Fold(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
}
