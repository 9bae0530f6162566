package ui

import (
	"math/rand/v2"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// widthPieces are the pieces the width tests build lines from: ASCII,
// styles, wide and combining characters, emoji sequences and keycaps.
var widthPieces = []string{
	"a", "Z", " ", "  ", "│", "…", "é", "e\u0301", "\u0301", "日本", "한", "👍", "👍🏽", "👩\u200d💻",
	"1\ufe0f\u20e3", "#\u20e3", "\ufe0f", "\u200d", "🇫🇷", "·", "•", "\x1b[1m", "\x1b[38;2;90;63;192m",
	"\x1b[m", "\x1b[0m", "▲", "▁", "─╮", "\t", "\x1b]8;;x\x07", "\x1b", "\r", "\x7f", "\u0600", "x",
}

// TestCellWidthMatchesLipgloss checks the fast width against
// lipgloss.Width on random lines of tricky pieces and on real frames.
func TestCellWidthMatchesLipgloss(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 100_000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(widthPieces[r.IntN(len(widthPieces))])
		}
		s := b.String()
		if got, want := cellWidth(s), lipgloss.Width(s); got != want {
			t.Fatalf("cellWidth(%q) = %d, lipgloss.Width = %d", s, got, want)
		}
	}
	m := sized(t, bundled(t), 150, 40)
	for _, l := range strings.Split(m.View().Content, "\n") {
		if got, want := cellWidth(l), lipgloss.Width(l); got != want {
			t.Fatalf("cellWidth(%q) = %d, lipgloss.Width = %d", l, got, want)
		}
	}
}

// TestJoinHorizontalTopMatchesLipgloss checks the fast join against
// lipgloss.JoinHorizontal with uneven blocks.
func TestJoinHorizontalTopMatchesLipgloss(t *testing.T) {
	cases := [][]string{
		{"ab\ncd", "x"},
		{"a", "b\nc\nd"},
		{"\x1b[1mé\x1b[m\n日本", "│x│\n│yy│", ""},
		{"tab\there", "1\ufe0f\u20e3\r\nz"},
		{"only"},
	}
	for _, c := range cases {
		if got, want := joinHorizontalTop(c...), lipgloss.JoinHorizontal(lipgloss.Top, c...); got != want {
			t.Errorf("joinHorizontalTop(%q) = %q, want %q", c, got, want)
		}
	}
}
