package ui

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// frameProblem checks a frame drawn for a w×h window: exactly h lines of
// at most w columns (an empty frame when either is zero), and no escape
// sequence but SGR styling (ESC [ params m). It returns a description of
// the first problem, or "". Any other ESC, any C0 control but newline, DEL,
// a C1 control, a bidi control, a line or paragraph separator, a BOM or
// invalid UTF-8 is a problem: each would let data drive the terminal.
func frameProblem(frame string, w, h int) string {
	if w <= 0 || h <= 0 {
		if frame != "" {
			return fmt.Sprintf("want an empty frame at %d×%d, got %q", w, h, frame)
		}
		return ""
	}
	lines := strings.Split(frame, "\n")
	if len(lines) != h {
		return fmt.Sprintf("frame has %d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			return fmt.Sprintf("line %d is %d columns, want at most %d: %q", i, lw, w, ansi.Strip(l))
		}
	}
	for i := 0; i < len(frame); {
		c := frame[i]
		switch {
		case c == 0x1b:
			n := sgrLen(frame[i:])
			if n == 0 {
				return fmt.Sprintf("escape sequence other than SGR at byte %d: %q", i, clip(frame[i:], 24))
			}
			i += n
			continue
		case c == '\n':
		case c < 0x20 || c == 0x7f:
			return fmt.Sprintf("control byte %#02x at byte %d: %q", c, i, clip(frame[max(i-12, 0):], 36))
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(frame[i:])
			if r == utf8.RuneError && n == 1 {
				return fmt.Sprintf("invalid UTF-8 at byte %d: %q", i, clip(frame[i:], 12))
			}
			if unsafeInFrame(r) {
				return fmt.Sprintf("control %U at byte %d: %q", r, i, clip(frame[max(i-12, 0):], 36))
			}
			i += n
			continue
		}
		i++
	}
	return ""
}

// sgrLen returns the length of the SGR sequence (ESC [ digits ; : m) at
// the start of s, or 0 when s starts with any other sequence.
func sgrLen(s string) int {
	if len(s) < 3 || s[1] != '[' {
		return 0
	}
	for j := 2; j < len(s); j++ {
		switch c := s[j]; {
		case c == 'm':
			return j + 1
		case c >= '0' && c <= '9', c == ';', c == ':':
		default:
			return 0
		}
	}
	return 0
}

// unsafeInFrame reports whether r, past the ASCII range, must not be drawn.
func unsafeInFrame(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f: // C1
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069: // bidi
		return true
	case r == 0x2028, r == 0x2029, r == 0xfeff:
		return true
	}
	return false
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// checkFrame fails t when m's frame breaks a rule of frameProblem.
func checkFrame(t testing.TB, m Model, w, h int, context string) {
	t.Helper()
	if p := frameProblem(m.View().Content, w, h); p != "" {
		t.Fatalf("%s (%d×%d): %s", context, w, h, p)
	}
}

// TestFrameProblem makes sure the checker catches what it must, so that
// the tests built on it can fail.
func TestFrameProblem(t *testing.T) {
	good := "\x1b[1;38;5;12mab\x1b[m\n\x1b[38:2::1:2:3mcd\x1b[0m"
	if p := frameProblem(good, 2, 2); p != "" {
		t.Errorf("a clean frame is refused: %s", p)
	}
	for _, tt := range []struct{ name, frame string }{
		{"too many lines", "ab\ncd\nef"},
		{"too few lines", "ab"},
		{"too wide", "abc\ncd"},
		{"wide runes", "漢字\ncd"},
		{"OSC 52", "\x1b]52;c;aGk=\x07a\ncd"},
		{"OSC 8", "\x1b]8;;http://e\x1b\\a\x1b]8;;\x1b\\\ncd"},
		{"cursor move", "\x1b[2Ja\ncd"},
		{"DCS", "\x1bPq\x1b\\a\ncd"},
		{"lone ESC", "ab\x1b\ncd"},
		{"CR", "a\rb\ncd"},
		{"tab", "a\tb\ncd"},
		{"BEL", "a\x07\ncd"},
		{"DEL", "a\x7f\ncd"},
		{"C1 CSI", "a\u009b2J\ncd"},
		{"bidi", "a\u202eb\ncd"},
		{"invalid UTF-8", "a\xff\ncd"},
	} {
		if frameProblem(tt.frame, 2, 2) == "" {
			t.Errorf("%s: frame %q passes", tt.name, tt.frame)
		}
	}
	if frameProblem("x", 0, 0) == "" {
		t.Error("a non-empty frame at 0×0 passes")
	}
}
