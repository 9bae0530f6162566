package model

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

type sanitizeCase struct {
	name, in, want string
}

// sanitizeCases covers the "Text:" line of the checklist in
// docs/HOSTILE_INPUT.md, for multi-line fields.
var sanitizeCases = []sanitizeCase{
	// Escape sequences.
	{"OSC 52 in a title, BEL", "Budget vote\x1b]52;c;ZWNobyBwd25lZA==\x07 delayed", "Budget vote delayed"},
	{"OSC 52 in a title, ST", "Budget\x1b]52;c;ZWNobyBwd25lZA==\x1b\\ vote", "Budget vote"},
	{"OSC 0 window title", "\x1b]0;you have been pwned\x07Board meeting", "Board meeting"},
	{"OSC 2 window title", "Board\x1b]2;pwned\x1b\\ meeting", "Board meeting"},
	{"CSI cursor moves", "a\x1b[2Ab\x1b[10;20Hc\x1b[Dd\x1b[5G", "abcd"},
	{"CSI screen clears", "\x1b[2J\x1b[3J\x1b[H\x1b[Kcleared", "cleared"},
	{"CSI colours", "\x1b[1;31mred\x1b[0m \x1b[38;2;1;2;3mtrue\x1b[m", "red true"},
	{"CSI private modes", "\x1b[?1049h\x1b[?25lx\x1b[>4;2m\x1b[ q", "x"},
	{"OSC 8 deceptive target, ST", "see \x1b]8;;https://evil.example/login\x1b\\https://bank.example\x1b]8;;\x1b\\ now", "see https://bank.example now"},
	{"OSC 8 deceptive target, BEL", "\x1b]8;id=1;https://evil.example\x07click here\x1b]8;;\x07", "click here"},
	{"DCS DECRQSS", "a\x1bP$qm\x1b\\b", "ab"},
	{"DCS sixel", "a\x1bPq#0;2;0;0;0#1!6~-\x1b\\b", "ab"},
	{"APC kitty graphics", "a\x1b_Gf=100,a=T;iVBORw0KGgo=\x1b\\b", "ab"},
	{"PM", "a\x1b^private message\x1b\\b", "ab"},
	{"SOS", "a\x1bXstart of string\x1b\\b", "ab"},
	{"C1 CSI as UTF-8", "a\u009b2Jb\u009b31mc", "abc"},
	{"C1 OSC as UTF-8 with C1 ST", "a\u009d0;pwned\u009cb", "ab"},
	{"C1 OSC as UTF-8 with BEL", "a\u009d52;c;eA==\x07b", "ab"},
	{"C1 OSC as UTF-8 with ESC ST", "a\u009d8;;https://evil\x1b\\link\u009d8;;\u009cb", "alinkb"},
	{"C1 DCS APC PM SOS as UTF-8", "a\u0090$qm\u009cb\u009fGa=T\u009cc\u009epm\u009cd\u0098sos\u009ce", "abcde"},
	{"other C1 controls as UTF-8", "a\u0085b\u0084c\u008dd\u009ce\u0080f\u0099g", "abcdefg"},
	{"raw 8-bit C1 byte is invalid UTF-8", "a\x9b2Jb", "a\uFFFD2Jb"},
	{"unterminated OSC keeps the text after it", "\x1b]0;Title and the rest", "0;Title and the rest"},
	{"unterminated OSC 8 across a newline", "\x1b]8;;http://x\nnext line", "8;;http://x\nnext line"},
	{"OSC cut short by another sequence", "\x1b]0;a\x1b[31mred", "0;ared"},
	{"OSC cut short by a C1 introducer", "\x1b]0;a\u009b1mb", "0;ab"},
	{"unterminated C1 OSC", "\u009d0;text", "0;text"},
	{"unterminated DCS", "\x1bPabc", "abc"},
	{"unterminated APC", "x\x1b_Gabc", "xGabc"},
	{"CSI cut off at the end", "text\x1b[12;", "text12;"},
	{"CSI broken by a control", "\x1b[1\x00m", "1m"},
	{"CSI broken by another CSI", "\x1b[1\x1b[2Jx", "1x"},
	{"lone ESC at the end", "title\x1b", "title"},
	{"ESC ESC", "a\x1b\x1b[31mb", "ab"},
	{"ESC before non-ASCII", "a\x1bé", "aé"},
	{"ESC before DEL", "a\x1b\x7fb", "ab"},
	{"two-byte ESC sequences", "\x1bca\x1b7b\x1b8c\x1b=d\x1b>e\x1bMf\x1b\\g", "abcdefg"},
	{"ESC with intermediates", "\x1b(Ba\x1b)0b\x1b#8c\x1b %Gd", "abcd"},
	{"ESC with intermediates cut off", "a\x1b(", "a"},
	{"ESC with intermediates before non-ASCII", "\x1b(é", "é"},
	// C0 controls, DEL, CR and tabs.
	{"NUL BEL BS VT FF DEL", "a\x00b\x07c\x08d\x0be\x0cf\x7fg", "abcdefg"},
	{"CR LF", "a\r\nb", "a\nb"},
	{"lone CR", "over\rwrite", "over\nwrite"},
	{"CR CR LF", "a\r\r\nb", "a\n\nb"},
	{"LF CR", "a\n\rb", "a\n\nb"},
	{"CR, escape, LF", "a\r\x1b[0m\nb", "a\nb"},
	{"CR at the end", "a\r", "a\n"},
	{"tab at line start", "\tx", "    x"},
	{"tab mid stop", "ab\tc", "ab  c"},
	{"tab at a stop", "abcd\te", "abcd    e"},
	{"two tabs", "a\t\tb", "a       b"},
	{"tab columns restart per line", "abc\nb\tc", "abc\nb   c"},
	{"tab columns count runes", "é\tx", "é   x"},
	{"tab after removed escape", "\x1b[1mab\x1b[0m\tc", "ab  c"},
	{"newlines kept", "line one\nline two\n", "line one\nline two\n"},
	{"line and paragraph separators", "a\u2028b\u2029c", "a\nb\nc"},
	// Bidi and zero-width characters.
	{"Trojan Source bidi overrides", "access\u202e\u2066level\u2069\u2066 = user", "accesslevel = user"},
	{"bidi marks", "a\u200eb\u200fc\u061cd", "abcd"},
	{"bidi embeddings and isolates", "\u202aa\u202bb\u202cc\u202dd\u2067e\u2068f", "abcdef"},
	{"BOM at the start and inside", "\ufeffhello\ufeff world", "hello world"},
	{"zero-width joiner, non-joiner, space, word joiner kept", "a\u200db\u200cc\u200bd\u2060e", "a\u200db\u200cc\u200bd\u2060e"},
	// Text that must come through unchanged.
	{"CJK", "東京で記者会見、社長が辞任", "東京で記者会見、社長が辞任"},
	{"full-width Latin", "ＡＢＣ１２３", "ＡＢＣ１２３"},
	{"emoji with VS16", "I \u2764\ufe0f this \u263a\ufe0f", "I \u2764\ufe0f this \u263a\ufe0f"},
	{"emoji skin tones", "👍🏽 👋🏿", "👍🏽 👋🏿"},
	{"emoji ZWJ sequences", "👨‍👩‍👧‍👦 🧑🏽‍💻 🏳️‍🌈", "👨‍👩‍👧‍👦 🧑🏽‍💻 🏳️‍🌈"},
	{"flags", "🇫🇷🇺🇦🇯🇵 🏴󠁧󠁢󠁥󠁮󠁧󠁿", "🇫🇷🇺🇦🇯🇵 🏴󠁧󠁢󠁥󠁮󠁧󠁿"},
	{"50 combining marks on one letter", "e" + strings.Repeat("\u0301", 50) + "x", "e" + strings.Repeat("\u0301", 50) + "x"},
	{"Arabic mixed with Latin", "قال الرئيس Macron اليوم", "قال الرئيس Macron اليوم"},
	{"Hebrew mixed with Latin", "שלום world עולם", "שלום world עולם"},
	{"Devanagari", "नमस्ते दुनिया क्षत्रिय", "नमस्ते दुनिया क्षत्रिय"},
	{"Thai", "สวัสดีครับ ภาษาไทย", "สวัสดีครับ ภาษาไทย"},
	{"French punctuation", "l’équipe « réorganisation » — 2025…", "l’équipe « réorganisation » — 2025…"},
	{"real U+FFFD kept", "a\uFFFDb", "a\uFFFDb"},
	{"empty", "", ""},
	// Invalid UTF-8.
	{"invalid byte", "a\xffb", "a\uFFFDb"},
	{"run of invalid bytes", "a\xff\xfe\xfdb", "a\uFFFDb"},
	{"truncated rune at the end", "東\xe6\x9d", "東\uFFFD"},
	{"invalid byte after ESC", "a\x1b\xffb", "a\uFFFDb"},
	{"invalid byte inside OSC", "a\x1b]0;\xff\x07b", "ab"},
}

func TestSanitize(t *testing.T) {
	for _, c := range sanitizeCases {
		t.Run(c.name, func(t *testing.T) {
			got, clipped := Sanitize(c.in)
			if got != c.want || clipped {
				t.Errorf("Sanitize(%q) = %q, %v; want %q, false", c.in, got, clipped, c.want)
			}
			checkSanitized(t, c.in, got, MaxFieldBytes, false)
		})
	}
}

func TestSanitizeDropsEveryControl(t *testing.T) {
	for r := rune(0); r < 0xa0; r++ {
		if r >= 0x20 && r < 0x7f || r == '\t' || r == '\n' || r == '\r' {
			continue
		}
		// A letter after ESC or a C1 introducer would end a sequence.
		in := "a" + string(r) + "é"
		if got, _ := Sanitize(in); got != "aé" {
			t.Errorf("Sanitize(%q) = %q, want %q", in, got, "aé")
		}
	}
}

func TestSanitizeLine(t *testing.T) {
	cases := []sanitizeCase{
		{"newline in a title", "Breaking\nnews", "Breaking news"},
		{"newline with spaces around", "a  \n \n  b", "a b"},
		{"CR LF in a title", "a\r\nb", "a b"},
		{"lone CR in a title", "a\rb", "a b"},
		{"separators in a title", "a\u2028b\u2029c", "a b c"},
		{"leading and trailing newlines", "\n\n title\n", "title"},
		{"leading and trailing spaces", "  padded id  ", "padded id"},
		{"inner spaces kept", "a  b", "a  b"},
		{"tab", "ab\tc", "ab  c"},
		{"tab after newline", "a\n\tb", "a b"},
		{"tab columns per line", "a\nxy\tb", "a xy  b"},
		{"trailing tab", "x\t", "x"},
		{"escapes", "\x1b]0;pwned\x07 outlet \x1b[2J", "outlet"},
		{"lone ESC at the end", "name\x1b", "name"},
		{"bidi", "\u202eevil\u202c", "evil"},
		{"only whitespace", " \n\t\r\n ", ""},
		{"plain", "Le Monde", "Le Monde"},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, clipped := SanitizeLine(c.in)
			if got != c.want || clipped {
				t.Errorf("SanitizeLine(%q) = %q, %v; want %q, false", c.in, got, clipped, c.want)
			}
			checkSanitized(t, c.in, got, MaxFieldBytes, true)
		})
	}
	// A one-line field is the multi-line result folded onto one line.
	for _, c := range sanitizeCases {
		got, _ := SanitizeLine(c.in)
		multi, _ := Sanitize(c.in)
		if want := foldSanitizedLine(multi); got != want {
			t.Errorf("SanitizeLine(%q) = %q, want %q", c.in, got, want)
		}
	}
}

func TestSanitizeClips(t *testing.T) {
	huge := strings.Repeat("a", 10<<20)
	cjk := strings.Repeat("東", MaxFieldBytes)
	cases := []struct {
		name    string
		in      string
		max     int
		oneLine bool
		want    string
		clipped bool
	}{
		{"10 MB title", huge, MaxFieldBytes, false, huge[:MaxFieldBytes-3] + "…", true},
		{"10 MB one-line title", huge, MaxFieldBytes, true, huge[:MaxFieldBytes-3] + "…", true},
		{"10 MB title behind escapes", "\x1b]0;x\x07\x1b[2J" + huge, MaxFieldBytes, false, huge[:MaxFieldBytes-3] + "…", true},
		// 65533 is not a multiple of 3, so the cut falls inside a rune.
		{"full-width CJK at the cut", cjk, MaxFieldBytes, false, cjk[:MaxFieldBytes-4] + "…", true},
		{"exactly the limit", huge[:MaxFieldBytes], MaxFieldBytes, false, huge[:MaxFieldBytes], false},
		{"one byte over", huge[:MaxFieldBytes+1], MaxFieldBytes, false, huge[:MaxFieldBytes-3] + "…", true},
		{"tab run does not expand past the limit, multi-line", "a" + strings.Repeat("\t", 1<<20) + "b", 64, false, "a" + strings.Repeat(" ", 60) + "…", true},
		{"long once tabs expand", strings.Repeat("\t", 200), 512, false, strings.Repeat(" ", 509) + "…", true},
		{"escapes do not count", strings.Repeat("\x1b[0m", 1000) + "query", 512, true, "query", false},
		{"search query", strings.Repeat("ab ", 1000), 512, true, strings.Repeat("ab ", 169) + "ab…", true},
		{"newline collapsed before the cut", "abcdef   \n   ghi", 9, true, "abcdef…", true},
		{"no space before the ellipsis", "abcde ghijk", 9, true, "abcde…", true},
		{"tab run does not expand past the limit", "a" + strings.Repeat("\t", 1<<20) + "b", 64, true, "a…", true},
		{"max below the ellipsis", "abcdef", 2, false, "ab", true},
		{"max below the ellipsis, one line", "a bcd", 2, true, "a", true},
		{"max zero", "abc", 0, false, "", true},
		{"max negative", "abc", -5, false, "", true},
		{"max zero, nothing visible", "\x1b[0m", 0, false, "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, clipped := SanitizeN(c.in, c.max, c.oneLine)
			if got != c.want || clipped != c.clipped {
				t.Errorf("SanitizeN(%.40q…, %d, %v) = %.40q… (%d bytes), %v; want %.40q… (%d bytes), %v",
					c.in, c.max, c.oneLine, got, len(got), clipped, c.want, len(c.want), c.clipped)
			}
			checkSanitized(t, c.in, got, max(c.max, 0), c.oneLine)
		})
	}
}

// TestSanitizeLinearTime feeds inputs that would take quadratic time if an
// unterminated sequence were rescanned to the end of the field each time.
func TestSanitizeLinearTime(t *testing.T) {
	for _, unit := range []string{"\x1b]", "\x1b[1", "\x1bP", "\u009d", "\u009b", "\x1b(", "\x1b]0;ab\x1b", "\r", "\t"} {
		in := strings.Repeat(unit, (4<<20)/len(unit))
		got, _ := Sanitize(in)
		checkSanitized(t, in, got, MaxFieldBytes, false)
	}
}

func TestSanitizeDoesNotAllocateForCleanText(t *testing.T) {
	for _, s := range []string{
		"Board approves the 2025 budget",
		"équipe réorganisation",
		"l’équipe « réorganisation » — 2025…\nsecond line",
		"東京 👨‍👩‍👧‍👦 🇫🇷 שלום",
	} {
		var out string
		if n := testing.AllocsPerRun(100, func() { out, _ = Sanitize(s) }); n != 0 {
			t.Errorf("Sanitize(%q) allocates %v times", s, n)
		}
		if out != s {
			t.Errorf("Sanitize(%q) = %q", s, out)
		}
		line := strings.ReplaceAll(s, "\n", " ")
		if n := testing.AllocsPerRun(100, func() { out, _ = SanitizeLine(line) }); n != 0 {
			t.Errorf("SanitizeLine(%q) allocates %v times", line, n)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, c := range sanitizeCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, max := range []int{MaxFieldBytes, 24, 3, 1} {
			for _, oneLine := range []bool{false, true} {
				out, _ := SanitizeN(in, max, oneLine)
				checkSanitized(t, in, out, max, oneLine)
			}
		}
		// The fast path returns its input only when the full pass would.
		for _, oneLine := range []bool{false, true} {
			if isSanitized(in, MaxFieldBytes, oneLine) {
				if out, clipped := sanitizeSlow(in, MaxFieldBytes, oneLine); out != in || clipped {
					t.Errorf("fast path kept %q, full pass gives %q, %v", in, out, clipped)
				}
			}
		}
		multi, _ := Sanitize(in)
		line, _ := SanitizeLine(in)
		if want := foldSanitizedLine(multi); line != want {
			t.Errorf("SanitizeLine(%q) = %q, folded Sanitize gives %q", in, line, want)
		}
	})
}

// checkSanitized fails t unless out, the result of SanitizeN(in, max,
// oneLine), keeps every guarantee of the sanitizer.
func checkSanitized(t *testing.T, in, out string, max int, oneLine bool) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("invalid UTF-8 in %.80q", out)
	}
	for i, r := range out {
		if forbiddenInSanitized(r, oneLine) {
			t.Fatalf("control %U at byte %d of %.80q (from %.80q)", r, i, out, in)
		}
	}
	if oneLine && (strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ")) {
		t.Fatalf("one-line result %.80q has surrounding spaces", out)
	}
	// Only U+FFFD for invalid UTF-8 and tab expansion can make it longer.
	bound := len(strings.ToValidUTF8(in, "\uFFFD")) + 3*strings.Count(in, "\t")
	if len(out) > bound || len(out) > max {
		t.Fatalf("%d bytes out of %d in (bound %d, max %d): %.80q", len(out), len(in), bound, max, out)
	}
	// Clipping happens exactly when the unclipped result is too long, and
	// keeps a prefix of it.
	full, fullClipped := SanitizeN(in, math.MaxInt, oneLine)
	if fullClipped {
		t.Fatalf("clipped at math.MaxInt")
	}
	again, clipped := SanitizeN(in, max, oneLine)
	if again != out {
		t.Fatalf("not deterministic: %.80q then %.80q", out, again)
	}
	if clipped != (len(full) > max) {
		t.Fatalf("clipped = %v with %d bytes unclipped and max %d", clipped, len(full), max)
	}
	if !clipped && out != full {
		t.Fatalf("unclipped result %.80q differs from %.80q", out, full)
	}
	if clipped {
		head := out
		if max >= len(sanitizeEllipsis) {
			var ok bool
			if head, ok = strings.CutSuffix(out, sanitizeEllipsis); !ok {
				t.Fatalf("clipped result %.80q has no ellipsis", out)
			}
		}
		if !strings.HasPrefix(full, head) {
			t.Fatalf("clipped result %.80q is not a prefix of %.80q", out, full)
		}
	}
	// Sanitizing again changes nothing.
	if twice, clipped := SanitizeN(out, max, oneLine); twice != out || clipped {
		t.Fatalf("not idempotent: %.80q then %.80q, %v", out, twice, clipped)
	}
}

// forbiddenInSanitized reports whether r must not appear in a result, listed here
// apart from the sanitizer's own tables.
func forbiddenInSanitized(r rune, oneLine bool) bool {
	switch {
	case r == '\n':
		return oneLine
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x2028, r == 0x2029, r == 0xfeff:
		return true
	}
	return false
}

// foldSanitizedLine is the one-line form of a multi-line result, written
// independently of the sanitizer: every newline with the spaces around it
// becomes one space, and the ends are trimmed.
func foldSanitizedLine(s string) string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		if i > 0 {
			lines[i] = strings.TrimLeft(lines[i], " ")
		}
		if i < len(lines)-1 {
			lines[i] = strings.TrimRight(lines[i], " ")
		}
	}
	var kept []string
	for _, l := range lines {
		if l != "" {
			kept = append(kept, l)
		}
	}
	return strings.Trim(strings.Join(kept, " "), " ")
}

// TestPlainASCII8 holds the eight-byte test of isSanitized to its
// definition on every pair of bytes, at every two places of a word.
func TestPlainASCII8(t *testing.T) {
	plain := func(b byte) bool { return b >= 0x20 && b < 0x7f }
	w := []byte("abcdefgh")
	for i := range 8 {
		for j := range 8 {
			for b1 := range 256 {
				for b2 := 0; b2 < 256; b2 += 1 + 14*(i%2) {
					copy(w, "abcdefgh")
					w[i], w[j] = byte(b1), byte(b2)
					want := plain(w[i]) && plain(w[j])
					if got := plainASCII8(string(w), 0); got != want {
						t.Fatalf("plainASCII8(%q) = %v", w, got)
					}
				}
			}
		}
	}
}
