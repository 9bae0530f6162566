package search

import (
	"strings"
	"testing"
	"timeline/model"
	"unicode/utf8"
)

// unsafeRune reports whether r must not reach a terminal on one line: a
// control, DEL, a C1 control, a bidi control, a line or paragraph separator
// or a byte-order mark, anything the sanitiser would change.
func unsafeRune(r rune) bool {
	in := "a" + string(r) + "a" // inside a word, where nothing is trimmed
	s, _ := model.SanitizeLine(in)
	return s != in
}

// FuzzParseQuery feeds any text to the query parser: it must not panic; an
// error is one line without a control character; the canonical form has no
// control character either and stays within the cap.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{
		"", "agarwal", `"a phrase" kind:dep,hire !status:disputed`, `person:"alex wang" from:2025-07 to:2025`,
		"kind:", `"unclosed`, "from:banana", ".*[a-z]+(x|y)?\\d{2}^$", "\x1b]52;c;aGVsbG8=\x07x \u009b2J\u202eword\r\n",
		"é É e\u0301 ß SS İ i", "-term !-x -- ! : :: a:b",
	} {
		f.Add(s)
	}
	ds := queryDataset()
	f.Fuzz(func(t *testing.T, in string) {
		q, err := ParseQuery(in)
		if err != nil {
			msg := err.Error()
			if !utf8.ValidString(msg) || strings.ContainsFunc(msg, unsafeRune) || strings.Contains(msg, "\n") {
				t.Fatalf("ParseQuery(%q): error %q is not one clean line", in, msg)
			}
		}
		s := q.String()
		if !utf8.ValidString(s) || strings.ContainsFunc(s, unsafeRune) || strings.Contains(s, "\n") {
			t.Fatalf("ParseQuery(%q).String() = %q holds a control", in, s)
		}
		if len(s) > 4*MaxQueryBytes {
			t.Fatalf("ParseQuery(%q).String() is %d bytes", in, len(s))
		}
		if err == nil && len(in) < MaxQueryBytes/2 && !strings.Contains(in, `"`) {
			// The canonical form reads back to itself (the syntax has no
			// escape for a quote inside a word, so those are left out).
			q2, err2 := ParseQuery(s)
			if err2 != nil || q2.String() != s {
				t.Fatalf("ParseQuery(%q).String() = %q does not read back: %q, %v", in, s, q2.String(), err2)
			}
		}
		_ = q.Match(ds, 0)
	})
}
