package search

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestTypingFromOccurrences types each word to look for key by key, as the
// explorer does: each key searched within the results before it, each
// result prepared once on the screen (Index.Prepare). Every answer is
// Filter's, with the events' rows in event order or not, and every
// prepared scope notes exactly the rows whose folded text holds the word,
// at their leftmost match.
func TestTypingFromOccurrences(t *testing.T) {
	layouts := map[bool]bool{} // rows in event order
	for _, shuffled := range []bool{false, true} {
		// Text in other languages is copied by the index, in event order;
		// the loader's packed text is shared, in the order it was read.
		ds, _ := mixedDataset(5, 300, !shuffled)
		if shuffled { // packed out of order, then sorted: rows out of event order
			rand.New(rand.NewPCG(5, 5)).Shuffle(len(ds.Events), func(i, j int) { ds.Events[i], ds.Events[j] = ds.Events[j], ds.Events[i] })
		}
		ix := NewIndex(ds, packLikeLoader(ds))
		layouts[ix.events.perm == nil] = true
		started := 0 // keys that started from a prepared scope's occurrences
		for _, word := range foldedWords {
			var earlier []*Result
			for i := 1; i <= len(word); i++ {
				q, err := ParseQuery(word[:i])
				if err != nil {
					continue
				}
				for _, r := range earlier {
					if sc := r.scope.Load(); sc != nil && sc.word.Load().extendedBy(word[:i]) && q.Narrows(r.Query) {
						started++
						break
					}
				}
				checkSearch(t, ix, word[:i], earlier)
				m, err := ix.SearchCtx(context.Background(), q, earlier...)
				if err != nil {
					t.Fatal(err)
				}
				r := &Result{Query: q, Matches: m}
				ix.Prepare(r, earlier...)
				checkOccurrences(t, ix, r)
				earlier = append(earlier, r)
			}
		}
		if started == 0 {
			t.Errorf("shuffled %v: no key started from the occurrences of the key before", shuffled)
		}
	}
	if len(layouts) != 2 {
		t.Errorf("only one layout of rows tried (in event order: %v)", layouts)
	}
}

// checkOccurrences checks the occurrences of r's prepared scope, if any,
// in its events' rows and its sources' headlines, against Fold and
// strings.Contains, row by row.
func checkOccurrences(t *testing.T, ix *Index, r *Result) {
	t.Helper()
	sc := r.scope.Load()
	if sc == nil {
		return
	}
	word := sc.word.Load()
	if word == nil {
		t.Fatalf("%v: a scope prepared without occurrences", r.Query)
	}
	var events, sources []int32
	for e := range ix.Len() {
		if sc.events.has(int32(e)) {
			events = append(events, int32(e))
		}
	}
	if ix.events.perm != nil {
		events = sc.rows
	}
	for s := range ix.sourceTitles.rows() {
		if sc.sourceSet.has(int32(s)) {
			sources = append(sources, int32(s))
		}
	}
	if ix.sourceTitles.perm != nil {
		t.Fatal("the sources' headlines are out of order: list their rows here")
	}
	checkRows(t, &ix.events, events, &word.events)
	checkRows(t, &ix.sourceTitles, sources, &word.sources)
}

// checkRows checks that occ holds exactly the rows of t among rows whose
// folded text holds its word, each with the place of its leftmost match.
func checkRows(t *testing.T, tab *rawTable, rows []int32, occ *occurrences) {
	t.Helper()
	var want []int32
	for _, row := range rows {
		if strings.Contains(Fold(tab.row(int(row))), occ.needle) {
			want = append(want, row)
		}
	}
	if !slices.Equal(occ.rows, want) {
		t.Fatalf("%q: rows %v, want %v", occ.needle, occ.rows, want)
	}
	for i, row := range occ.rows {
		s := tab.row(int(row))
		p := int(occ.at[i])
		// The text before the place holds no match; the text from a few
		// bytes before it does (the needle's bytes before k come from
		// there, at most four bytes each).
		if strings.Contains(Fold(s[:p]), occ.needle) || !strings.Contains(Fold(s[max(0, p-4*occ.k):]), occ.needle) {
			t.Fatalf("%q in row %d %q: leftmost match placed at %d", occ.needle, row, s, p)
		}
	}
}
