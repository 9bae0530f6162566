package data

import (
	"slices"
	"strings"
	"testing"

	"timeline/model"
	"timeline/search"
)

// bundledQuery runs q on the bundled dataset, with and without an index,
// checks that both agree and returns the matching events.
func bundledQuery(t *testing.T, ds *model.Dataset, ix *search.Index, s string) []*model.Event {
	t.Helper()
	q, err := search.ParseQuery(s)
	if err != nil {
		t.Fatalf("ParseQuery(%q): %v", s, err)
	}
	plain, indexed := q.Filter(ds), ix.Filter(q)
	if !slices.Equal(plain, indexed) {
		t.Errorf("%q: Query.Filter %v != SearchIndex.Filter %v", s, plain, indexed)
	}
	var out []*model.Event
	for _, i := range indexed {
		out = append(out, &ds.Events[i])
	}
	return out
}

func TestBundledQueries(t *testing.T) {
	ds := loadBundled(t)
	ix := search.NewIndex(ds, nil)
	all := func(s string, ok func(e *model.Event) bool, atLeast int) {
		t.Helper()
		evs := bundledQuery(t, ds, ix, s)
		if len(evs) < atLeast {
			t.Errorf("%q: %d events, want at least %d", s, len(evs), atLeast)
		}
		for _, e := range evs {
			if !ok(e) {
				t.Errorf("%q matched %s, which it should not", s, e.ID)
			}
		}
	}
	mentions := func(word string) func(e *model.Event) bool {
		return func(e *model.Event) bool {
			return strings.Contains(search.Fold(e.Title.En+e.Summary.En+e.Title.Fr+e.Summary.Fr), word) || len(e.People) > 0
		}
	}
	all("agarwal", mentions("agarwal"), 2)
	all("kind:vendor", func(e *model.Event) bool { return e.Kind == model.Vendor }, 4)
	all("person:wang", func(e *model.Event) bool { return true }, 5)
	all("status:disputed", func(e *model.Event) bool { return e.Disputed() }, 4)
	all("from:2025-08 to:2025-08", func(e *model.Event) bool { return e.Date.Year == 2025 && e.Date.Month == 8 }, 10)
	all("lecun", func(e *model.Event) bool { return true }, 1)
	all("!kind:vendor", func(e *model.Event) bool { return e.Kind != model.Vendor }, len(ds.Events)-4)

	// Every vendor event is found by kind:vendor.
	vendors := 0
	for i := range ds.Events {
		if ds.Events[i].Kind == model.Vendor {
			vendors++
		}
	}
	if got := len(bundledQuery(t, ds, ix, "kind:vendor")); got != vendors {
		t.Errorf("kind:vendor found %d of %d vendor events", got, vendors)
	}
	// The Agarwal departure is found by his name.
	found := false
	for _, e := range bundledQuery(t, ds, ix, "agarwal") {
		found = found || e.ID == "rishabh-agarwal-leaves-msl"
	}
	if !found {
		t.Error("agarwal does not find rishabh-agarwal-leaves-msl")
	}
	// Accents and case do not matter.
	same := [][]string{
		{"réorganisation", "reorganisation", "RÉORGANISATION", "re\u0301organisation"},
		{"équipe", "equipe", "EQUIPE"},
		{"lecun", "LeCun", "LECUN"},
	}
	for _, group := range same {
		first := bundledQuery(t, ds, ix, group[0])
		if len(first) == 0 {
			t.Errorf("%q finds nothing", group[0])
		}
		for _, s := range group[1:] {
			if got := bundledQuery(t, ds, ix, s); !slices.Equal(got, first) {
				t.Errorf("%q finds %d events, %q %d", s, len(got), group[0], len(first))
			}
		}
	}
	// Empty matches all; nonsense matches nothing.
	if got := len(bundledQuery(t, ds, ix, "")); got != len(ds.Events) {
		t.Errorf("empty query: %d of %d", got, len(ds.Events))
	}
	if got := len(bundledQuery(t, ds, ix, "zzzqqq .* [x]")); got != 0 {
		t.Errorf("nonsense matched %d", got)
	}
}
