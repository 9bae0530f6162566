package search

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in, canon string // canon: q.String()
		terms     []string
	}{
		{"", "", nil},
		{"  \t ", "", nil},
		{"LeCun", "lecun", []string{"lecun"}},
		{"Équipe   réorganisation", "equipe reorganisation", []string{"equipe", "reorganisation"}},
		{`"Alex Wang" leaves`, `"alex wang" leaves`, []string{"alex wang", "leaves"}},
		{`!"alex wang"`, `!"alex wang"`, nil},
		{`-"alex wang"`, `!"alex wang"`, nil},
		{"!lecun -wang", "!lecun !wang", nil},
		{"-", "-", []string{"-"}}, // a lone dash is a word
		{"a - b", "a - b", []string{"a", "-", "b"}},
		{"kind:departure", "kind:departure", nil},
		{"KIND:Departure,Hire", "kind:Departure,Hire", nil},
		{"!kind:vendor", "!kind:vendor", nil},
		{"person:wang org:meta outlet:TechCrunch tag:msl", "person:wang org:meta outlet:TechCrunch tag:msl", nil},
		{`person:"alex wang"`, `person:"alex wang"`, nil},
		{"status:disputed", "status:disputed", nil},
		{"from:2025-08-01 to:2025-08-31", "from:2025-08-01 to:2025-08-31", nil},
		{"from:2025 to:2025-08", "from:2025 to:2025-08", nil},
		{"regex.* [a-z]+ (x|y) ^$ \\d", `regex.* [a-z]+ (x|y) ^$ \d`, []string{"regex.*", "[a-z]+", "(x|y)", "^$", `\d`}},
		{"10:30", "10:30", []string{"10:30"}},           // not a field: digits
		{`"foo:bar"`, `"foo:bar"`, []string{"foo:bar"}}, // a quoted colon is text
		{`""`, "", nil}, // an empty phrase is nothing
		{"e\u0301quipe", "equipe", []string{"equipe"}},
		{"\x1b[31mred\x1b[0m", "red", []string{"red"}}, // escape sequences removed
	}
	for _, tt := range tests {
		q, err := ParseQuery(tt.in)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", tt.in, err)
			continue
		}
		if got := q.String(); got != tt.canon {
			t.Errorf("ParseQuery(%q).String() = %q, want %q", tt.in, got, tt.canon)
		}
		if got := q.Terms(); !reflect.DeepEqual(got, tt.terms) {
			t.Errorf("ParseQuery(%q).Terms() = %q, want %q", tt.in, got, tt.terms)
		}
		again, err := ParseQuery(q.String())
		if err != nil || !reflect.DeepEqual(again, q) {
			t.Errorf("ParseQuery(%q) does not read its String back: %+v, %v", tt.in, again, err)
		}
		if q.Empty() != (tt.canon == "") {
			t.Errorf("ParseQuery(%q).Empty() = %v", tt.in, q.Empty())
		}
	}
}

func TestParseQueryErrors(t *testing.T) {
	tests := []struct {
		in         string
		term       string
		col        int
		msg        string // part of the message
		incomplete bool
		kept       string // what the returned query still holds
	}{
		{"from:banana", "from:banana", 1, "want a date like 2025-08-01", false, ""},
		{"lecun from:2025-13", "from:2025-13", 7, "want a date", false, "lecun"},
		{"to:2025-02-30", "to:2025-02-30", 1, "want a date", false, ""},
		{"kind:banana", "kind:banana", 1, "want one of departure, hire", false, ""},
		{"kind:departure,", "kind:departure,", 1, "want one of", false, ""},
		{"kind:re", "kind:re", 1, "want one of", false, ""}, // reorganization or report
		{"status:maybe", "status:maybe", 1, "want confirmed, reported, disputed or none", false, ""},
		{"foo:bar", "foo:bar", 1, `unknown field "foo" (known fields: kind, person, org, outlet, status, tag, from, to`, false, ""},
		{"https://example.com x", "https://example.com", 1, "unknown field", false, "x"},
		{"kind:", "kind:", 1, "want a value after kind:", true, ""},
		{"wang person:", "person:", 6, "want a value", true, "wang"},
		{"person:,", "person:,", 1, "want a value", true, ""},
		{`wang "alex w`, `"alex w`, 6, "unterminated quote", true, `wang "alex w"`},
		{`é "x`, `"x`, 3, "unterminated quote", true, `e "x"`}, // column counts runes
		{`person:"alex`, `person:"alex`, 1, "unterminated quote", true, `person:alex`},
	}
	for _, tt := range tests {
		q, err := ParseQuery(tt.in)
		var qe *QueryError
		if !errors.As(err, &qe) {
			t.Errorf("ParseQuery(%q) error = %v, want a *QueryError", tt.in, err)
			continue
		}
		if qe.Term != tt.term || qe.Col != tt.col || !strings.Contains(qe.Msg, tt.msg) || qe.Incomplete != tt.incomplete {
			t.Errorf("ParseQuery(%q) = %+v, want term %q col %d msg ~%q incomplete %v", tt.in, qe, tt.term, tt.col, tt.msg, tt.incomplete)
		}
		if !strings.HasPrefix(qe.Error(), tt.term+": ") {
			t.Errorf("ParseQuery(%q).Error() = %q, want it to start with the term", tt.in, qe.Error())
		}
		if got := q.String(); got != tt.kept {
			t.Errorf("ParseQuery(%q) kept %q, want %q", tt.in, got, tt.kept)
		}
	}
	_, err := ParseQuery("from:banana")
	if got := err.Error(); got != "from:banana: want a date like 2025-08-01, 2025-08 or 2025 (column 1)" {
		t.Errorf("message %q", got)
	}
}

// A huge paste full of escape sequences is sanitised, capped and parsed
// without error into a bounded query.
func TestParseQueryHostilePaste(t *testing.T) {
	var b strings.Builder
	for b.Len() < 10000 {
		b.WriteString("\x1b]8;;http://evil\x07click\x1b]8;;\x07 \x1b[2J\u009b31m\u202eword\u0000\r\n\tmore ")
	}
	q, err := ParseQuery(b.String())
	if err != nil {
		t.Fatalf("ParseQuery(paste): %v", err)
	}
	s := q.String()
	if len(s) > MaxQueryBytes {
		t.Errorf("query of %d bytes, want at most %d", len(s), MaxQueryBytes)
	}
	for _, r := range s {
		if r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u202e' {
			t.Fatalf("control %U left in %q", r, s)
		}
	}
	if !strings.Contains(s, "click word more") {
		t.Errorf("visible text lost: %q", s[:min(len(s), 80)])
	}
	// Matching with it neither panics nor finds anything in a small dataset.
	ds := queryDataset()
	if got := NewIndex(ds, nil).Filter(q); len(got) != 0 {
		t.Errorf("paste matched %d events", len(got))
	}
}
