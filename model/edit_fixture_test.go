package model

import (
	"fmt"
	"slices"
	"testing"
)

// newsroom is a small dataset for edit tests: three people (one with an
// alias, two who share a name), two organisations, three sources, and
// five events, two of which relate to a third.
func newsroom() *Dataset {
	ds := &Dataset{
		People: []Person{
			{ID: "zoe", Name: "Zoé Lefèvre", Aliases: []string{"Zoe L."}, Roles: []Role{{Org: "acme", Title: Plain("CEO")}}},
			{ID: "sam-1", Name: "Sam Lee"},
			{ID: "sam-2", Name: "Sam Lee"},
		},
		Orgs: []Org{{ID: "acme", Name: "Acme"}, {ID: "lab", Name: "Acme Lab", Parent: "acme"}},
		Sources: []Source{
			{ID: "tc", Outlet: "TechCrunch", Title: "Acme cuts", URL: "https://techcrunch.com/acme-cuts/"},
			{ID: "memo", Outlet: "Internal memo"},
			{ID: "x", Outlet: "X", URL: "https://x.com/zoe/status/1"},
		},
		Events: []Event{
			newsEvent("founding", "2025-01", "tc"),
			newsEvent("hire", "2025-03-02", "memo"),
			newsEvent("cuts", "2025-06-10", "tc"),
			newsEvent("reaction", "2025-06-11", "x"),
			newsEvent("later", "2026", "memo"),
		},
	}
	ds.Events[3].More().Related = []string{"cuts"}
	ds.Events[4].More().Related = []string{"cuts", "founding"}
	ds.Events[1].People = []PersonRef{NewPersonRef("zoe")}
	ds.Index()
	return ds
}

func newsEvent(id, date string, sources ...string) Event {
	return Event{ID: id, Date: MustDate(date), Kind: Report, Title: Text{En: "Event " + id, Fr: "Événement " + id}}.WithRefs(nil, sources, nil)
}

// snapshot describes a dataset completely enough to tell whether an edit
// that failed left it exactly as it was: every event in order, and every
// list of entries in order.
func snapshot(ds *Dataset) string {
	s := ""
	for i := range ds.Events {
		e := &ds.Events[i]
		s += fmt.Sprintf("E %s %v %v %+v %+v %v %v %v %v", e.ID, e.Date, e.Kind, e.Title, e.Summary, e.Orgs(), e.Sources(), e.Related(), e.Tags())
		for _, p := range e.People {
			s += fmt.Sprintf(" %s/%+v", p.ID(), p.Role())
		}
		s += "\n"
	}
	for _, p := range ds.People {
		s += fmt.Sprintf("P %+v\n", p)
	}
	for _, o := range ds.Orgs {
		s += fmt.Sprintf("O %+v\n", o)
	}
	for _, src := range ds.Sources {
		s += fmt.Sprintf("S %+v\n", src)
	}
	return s
}

// mustApply applies e to ds and fails the test on an error.
func mustApply(t *testing.T, ds *Dataset, e Edit) Applied {
	t.Helper()
	a, err := e.Apply(ds)
	if err != nil {
		t.Fatalf("Apply: %v", err)
	}
	checkIndexed(t, ds)
	if ps := ds.Validate(); len(ps) > 0 {
		t.Fatalf("dataset invalid after Apply: %v", ps)
	}
	return a
}

// checkIndexed fails the test unless ds is as Dataset.Index would leave
// it: events in order, every item found at its place, and tables that
// count what a new table would.
func checkIndexed(t *testing.T, ds *Dataset) {
	t.Helper()
	if !slices.IsSortedFunc(ds.Events, func(a, b Event) int { return eventOrder(&a, &b) }) {
		t.Fatal("events out of order")
	}
	check := func(kind string, n int, ix idIndex, id func(int) string) {
		for i := 0; i < n; i++ {
			if j, ok := ix.find(id(i), id); !ok || j != i {
				t.Fatalf("%s %q at %d is found at %d, %v", kind, id(i), i, j, ok)
			}
		}
		if fresh := newIDIndex(n, id); fresh.distinct != ix.distinct {
			t.Fatalf("%s: %d distinct ids counted, %d in fact", kind, ix.distinct, fresh.distinct)
		}
	}
	check("event", len(ds.Events), ds.eventIdx, ds.eventID)
	check("person", len(ds.People), ds.personIdx, ds.personID)
	check("organisation", len(ds.Orgs), ds.orgIdx, ds.orgID)
	check("source", len(ds.Sources), ds.sourceIdx, ds.sourceID)
}

// eventIDs lists the ids of ds's events in order.
func eventIDs(ds *Dataset) []string {
	out := make([]string, len(ds.Events))
	for i := range ds.Events {
		out[i] = ds.Events[i].ID
	}
	return out
}
