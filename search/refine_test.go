package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestNarrows(t *testing.T) {
	for _, c := range []struct {
		q, p string
		want bool
	}{
		{"lefe", "lef", true},
		{"lef", "lefe", false},
		{"meta lefe", "lef", true},
		{"lef", "meta lef", false},
		{"lefevre", "lefevre", true},
		{`"le fevre"`, "fevre", true},
		{"!lef", "!lefe", true},
		{"!lefe", "!lef", false},
		{"!lef", "lef", false},
		{"kind:departure", "kind:departure,hire", true},
		{"kind:departure,hire", "kind:departure", false},
		{"!kind:departure,hire", "!kind:departure", true},
		{"status:disputed", "status:disputed,reported", true},
		{"from:2025-08", "from:2025-07", true},
		{"from:2025-07", "from:2025-08", false},
		{"to:2025-07", "to:2025-08", true},
		{"!from:2025-07", "!from:2025-08", true},
		{"!to:2025-08", "!to:2025-07", true},
		{"person:wango", "person:wang", true},
		{"person:wang", "person:wang,lecun", true},
		{"person:wang,lecun", "person:wang", false},
		{"!person:wang", "!person:wango", true},
		{"org:meta kind:vendor", "kind:vendor", true},
		{"anything", "", true},
		{"", "anything", false},
	} {
		q, err := ParseQuery(c.q)
		if err != nil {
			t.Fatal(err)
		}
		p, err := ParseQuery(c.p)
		if err != nil {
			t.Fatal(err)
		}
		if got := q.Narrows(p); got != c.want {
			t.Errorf("%q narrows %q: %v, want %v", c.q, c.p, got, c.want)
		}
	}
}

// TestSearchTyping types words one key at a time, answering each key from
// the earlier keys' results, and checks every answer against Filter: on
// a new index, whose rows are its events, and on one an edit updated,
// whose rows are not.
func TestSearchTyping(t *testing.T) {
	ds, text := mixedDataset(4, 400, true)
	checkTyping(t, NewIndex(ds, text))
	ix := NewIndex(ds, text)
	oldOf := make([]int32, len(ds.Events))
	for i := range oldOf {
		oldOf[i] = int32(i)
	}
	ds.Events[100].Title.En = "Lefèvre retitled"
	oldOf[100] = -1
	if ix = ix.Update(ds, oldOf); ix.events.perm == nil {
		t.Fatal("an updated index whose rows are still its events")
	}
	checkTyping(t, ix)
}

func checkTyping(t *testing.T, ix *Index) {
	for _, typed := range []string{"lefevre", "equipe meta", "kelvin !oe", `"l'equipe" straße`, "outlet:wired meta", "oeuvre"} {
		var earlier []*Result
		for i := 1; i <= len(typed); i++ {
			checkSearch(t, ix, typed[:i], earlier)
			q, err := ParseQuery(typed[:i])
			if err != nil {
				continue
			}
			m, _ := ix.SearchCtx(context.Background(), q, earlier...)
			earlier = append(earlier, &Result{Query: q, Matches: m})
		}
		for i := len(typed) - 1; i > 0; i-- { // and back, as backspace does
			checkSearch(t, ix, typed[:i], earlier)
		}
	}
}

// checkSearch fails unless SearchCtx answers s, from earlier, as Filter
// does.
func checkSearch(t *testing.T, ix *Index, s string, earlier []*Result) {
	t.Helper()
	q, err := ParseQuery(s)
	if err != nil {
		return
	}
	got, err := ix.SearchCtx(context.Background(), q, earlier...)
	if err != nil {
		t.Fatal(err)
	}
	if want := ix.Filter(q); !slices.Equal(got, want) {
		t.Errorf("%q from %d earlier results: %v, want %v", s, len(earlier), got, want)
	}
}

// FuzzSearchNarrowed checks, for any two queries, that a query that
// narrows another matches no event the other does not, and that SearchCtx
// from the other's result answers as Filter does, whether that result was
// prepared (Index.Prepare) or not.
func FuzzSearchNarrowed(f *testing.F) {
	for _, s := range [][2]string{{"lefe", "lef"}, {"oe", "o"}, {"!e", "!ee"}, {"kind:rep meta", "meta"}, {`"l'eq"`, "l'e"}, {"oeuvre", "oeu"}, {"kelvin", "k"}, {"strasse", "stras"}} {
		f.Add(s[0], s[1])
	}
	ds, text := mixedDataset(5, 300, true)
	ix := NewIndex(ds, text)
	f.Fuzz(func(t *testing.T, qs, ps string) {
		q, err1 := ParseQuery(qs)
		p, err2 := ParseQuery(ps)
		if err1 != nil || err2 != nil {
			return
		}
		want, pm := ix.Filter(q), ix.Filter(p)
		if q.Narrows(p) {
			for _, e := range want {
				if _, ok := slices.BinarySearch(pm, e); !ok {
					t.Fatalf("%q narrows %q but matches event %d, which %q does not", qs, ps, e, ps)
				}
			}
		}
		for _, prepared := range []bool{false, true} {
			r := &Result{Query: p, Matches: pm}
			if prepared {
				ix.Prepare(r)
			}
			got, err := ix.SearchCtx(context.Background(), q, r)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%q after %q (prepared %v): %v, want %v", qs, ps, prepared, got, want)
			}
		}
	})
}

// TestEachRun holds bitset.eachRun to a bit-by-bit walk, on random sets of
// every density and random bounds.
func TestEachRun(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for round := range 2000 {
		n := 1 + rng.IntN(300)
		b := newBitset(n)
		density := rng.Float64()
		for i := range n {
			if rng.Float64() < density {
				b.set(i)
			}
		}
		from := rng.IntN(n)
		to := from + rng.IntN(n-from+1)
		var want, got [][2]int
		run := -1
		for i := from; i < to; i++ {
			switch in := b.has(int32(i)); {
			case in && run < 0:
				run = i
			case !in && run >= 0:
				want, run = append(want, [2]int{run, i}), -1
			}
		}
		if run >= 0 {
			want = append(want, [2]int{run, to})
		}
		b.eachRun(from, to, func(s, e int) { got = append(got, [2]int{s, e}) })
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("round %d, n %d, [%d, %d): runs %v, want %v", round, n, from, to, got, want)
		}
	}
}

// TestPrepare checks that Prepare works out where a search within a
// result looks only when a search would look there, and that a search
// within a prepared result answers as Filter does.
func TestPrepare(t *testing.T) {
	ds, text := mixedDataset(6, 300, true)
	ix := NewIndex(ds, text)
	for _, c := range []struct {
		typed, next string
		refinable   bool
	}{{"e", "ee", false}, {"naive", "naive cafe", true}} {
		q, err := ParseQuery(c.typed)
		if err != nil {
			t.Fatal(err)
		}
		r := &Result{Query: q, Matches: ix.Filter(q)}
		if refinable := len(r.Matches) > 0 && len(r.Matches) <= ix.Len()/2; refinable != c.refinable {
			t.Fatalf("%q matches %d of %d events: pick another word", c.typed, len(r.Matches), ix.Len())
		}
		ix.Prepare(r)
		if prepared := r.scope.Load() != nil; prepared != c.refinable {
			t.Errorf("%q, %d matches of %d: prepared %v", c.typed, len(r.Matches), ix.Len(), prepared)
		}
		checkSearch(t, ix, c.next, []*Result{r})
	}
}

// TestPrepareShares checks that a result with the same matches as an
// earlier one it narrows shares its scope rather than working out its own.
func TestPrepareShares(t *testing.T) {
	ds, text := mixedDataset(6, 300, true)
	ix := NewIndex(ds, text)
	var earlier []*Result
	for _, s := range []string{"naiv", "naive"} {
		q, _ := ParseQuery(s)
		r := &Result{Query: q, Matches: ix.Filter(q)}
		ix.Prepare(r, earlier...)
		earlier = append(earlier, r)
	}
	a, b := earlier[0], earlier[1]
	if len(a.Matches) != len(b.Matches) || a.scope.Load() == nil || a.scope.Load() != b.scope.Load() {
		t.Errorf("%d and %d matches; scopes %p and %p", len(a.Matches), len(b.Matches), a.scope.Load(), b.scope.Load())
	}
	checkSearch(t, ix, "naive cafe", earlier)
}
