package data

import (
	"errors"
	"strings"
	"testing"
)

// TestLoadRefusesCycles: a file whose reporting lines or organisation
// parents form cycles does not load, and validate lists one problem per
// cycle, with the file and the field, naming the members.
func TestLoadRefusesCycles(t *testing.T) {
	b := []byte(`{"title": "Cycles", "events": [{"id": "e1", "date": "2025-06-01", "kind": "hire", "title": "x",
		"status": "confirmed", "sources": ["s1"]}],
	"people": [{"id": "a", "name": "Ann"}, {"id": "b", "name": "Bob"}, {"id": "c", "name": "Cid"}],
	"orgs": [{"id": "o1", "name": "One", "parent": "o2"}, {"id": "o2", "name": "Two", "parent": "o1"},
		{"id": "o3", "name": "Three", "parent": "o3"}],
	"reporting_lines": [{"person": "a", "reports_to": "b", "to": "2025-06-01"}, {"person": "b", "reports_to": "a", "from": "2025-06-01"},
		{"person": "a", "reports_to": "b", "from": "2025-07-01"}, {"person": "c", "reports_to": "c"}],
	"sources": [{"id": "s1", "outlet": "X", "title": "T", "published": "2025-06-01"}]}`)
	_, _, err := Parse("cycles.json", b)
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("a file with cycles loads: %v", err)
	}
	var got []string
	for _, is := range le.Issues {
		got = append(got, is.String())
	}
	want := []string{
		`cycles.json:4:11: orgs[0].parent: organisation parents form a cycle: "o1" → "o2" → "o1"`,
		`cycles.json:5:3: orgs[2].parent: organisation parents form a cycle: "o3" → "o3"`,
		`cycles.json:7:61: reporting_lines[3]: reporting lines form a cycle: "c" → "c" (in force together from the start)`,
		`cycles.json:7:3: reporting_lines[2]: reporting lines form a cycle: "a" → "b" → "a" (in force together from 2025-07-01)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("issues:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
