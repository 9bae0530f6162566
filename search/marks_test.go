package search

import (
	"slices"
	"testing"
)

// fuzzMarks stars every third of n events and notes every fifth.
func fuzzMarks(n int) *Marks {
	var starred []int32
	notes := map[int32]string{}
	for i := 0; i < n; i++ {
		if i%3 == 0 {
			starred = append(starred, int32(i))
		}
		if i%5 == 0 {
			notes[int32(i)] = "Call back the Équipe desk on Tuesday"
		}
	}
	return NewMarks(n, starred, notes)
}

// TestMarksAnswerStarredAndNote checks starred: and note: against the
// marks, through the index and Query.Filter alike, and that a query
// without marks finds nothing starred or noted, as for a file without
// annotations.
func TestMarksAnswerStarredAndNote(t *testing.T) {
	ds, text := mixedDataset(3, 60, false)
	ix := NewIndex(ds, text)
	marks := fuzzMarks(len(ds.Events))
	want := func(keep func(i int) bool) []int32 {
		out := []int32{}
		for i := range ds.Events {
			if keep(i) {
				out = append(out, int32(i))
			}
		}
		return out
	}
	for _, c := range []struct {
		query string
		keep  func(i int) bool
	}{
		{"starred:", func(i int) bool { return i%3 == 0 }},
		{"!starred:", func(i int) bool { return i%3 != 0 }},
		{"note:", func(i int) bool { return i%5 == 0 }},
		{"note:equipe", func(i int) bool { return i%5 == 0 }},
		{"note:nowhere", func(int) bool { return false }},
		{"starred: note:", func(i int) bool { return i%15 == 0 }},
		{"starred: !note:", func(i int) bool { return i%3 == 0 && i%5 != 0 }},
	} {
		q, err := ParseQuery(c.query)
		if err != nil {
			t.Fatalf("%q: %v", c.query, err)
		}
		if !q.UsesMarks() {
			t.Errorf("%q does not use marks", c.query)
		}
		bound := q.WithMarks(marks)
		w := want(c.keep)
		if got := bound.Filter(ds); !slices.Equal(got, w) {
			t.Errorf("%q: Query.Filter %v, want %v", c.query, got, w)
		}
		if got := ix.Filter(bound); !slices.Equal(got, w) {
			t.Errorf("%q: Index.Filter %v, want %v", c.query, got, w)
		}
		if q2, err := ParseQuery(bound.String()); err != nil || q2.String() != bound.String() {
			t.Errorf("%q: canonical form %q reads back as %q, %v", c.query, bound.String(), q2.String(), err)
		}
		unbound := ix.Filter(q)
		if c.query[0] != '!' && len(unbound) != 0 {
			t.Errorf("%q without marks finds %d events", c.query, len(unbound))
		}
	}
	if _, err := ParseQuery("starred:yes"); err == nil {
		t.Error("starred: took a value")
	}
	if q, _ := ParseQuery("kind:hire tag:x"); q.UsesMarks() {
		t.Error("a query without starred: or note: uses marks")
	}
}

// TestNoteNarrows checks that typing after note: narrows, so that an
// incremental search may test only the earlier matches.
func TestNoteNarrows(t *testing.T) {
	for _, c := range []struct {
		q, p string
		want bool
	}{
		{"note:call", "note:", true},
		{"note:", "note:call", false},
		{"!note:", "!note:call", true},
		{"starred: x", "starred:", true},
		{"x", "starred:", false},
	} {
		q, _ := ParseQuery(c.q)
		p, _ := ParseQuery(c.p)
		if got := q.Narrows(p); got != c.want {
			t.Errorf("%q narrows %q: %v, want %v", c.q, c.p, got, c.want)
		}
	}
}
