package model

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestApplyAddEventAndUndo(t *testing.T) {
	ds := newsroom()
	before := snapshot(ds)
	d := NewDraft(ds)
	e := newsEvent("", "2025-06-10", "tc")
	e.Title = Text{En: "Acme cuts 600 jobs", Fr: "Acme supprime 600 postes"}
	id, err := d.AddEvent(e)
	if err != nil || id != "acme-cuts-600-jobs" {
		t.Fatalf("AddEvent = %q, %v", id, err)
	}
	a := mustApply(t, ds, d.Edit())
	want := []string{"founding", "hire", "acme-cuts-600-jobs", "cuts", "reaction", "later"}
	if got := eventIDs(ds); !slices.Equal(got, want) {
		t.Fatalf("events %v, want %v", got, want)
	}
	if wantFrom := []int32{0, 1, -1, 2, 3, 4}; !slices.Equal(a.From, wantFrom) {
		t.Errorf("From = %v, want %v", a.From, wantFrom)
	}
	undo := mustApply(t, ds, a.Inverse)
	if got := snapshot(ds); got != before {
		t.Errorf("undo left\n%s\nwant\n%s", got, before)
	}
	if wantFrom := []int32{0, 1, 3, 4, 5}; !slices.Equal(undo.From, wantFrom) {
		t.Errorf("undo's From = %v, want %v", undo.From, wantFrom)
	}
	mustApply(t, ds, undo.Inverse) // redo
	if ds.Event("acme-cuts-600-jobs") == nil {
		t.Error("redo did not add the event back")
	}
}

func TestApplyRefusesBadEvents(t *testing.T) {
	long := strings.Repeat("x", MaxFieldBytes+1)
	for _, tc := range []struct {
		name   string
		change func(e *Event)
		field  string
		msg    string
	}{
		{"impossible date", func(e *Event) { e.Date = Date{Year: 2025, Month: 13, Day: 45, Precision: DayPrecision} }, "date", "invalid date"},
		{"no date", func(e *Event) { e.Date = Date{} }, "date", "missing date"},
		{"end before start", func(e *Event) { e.SetEnd(MustDate("2024-01-01")) }, "end_date", "before date"},
		{"unknown kind", func(e *Event) { e.Kind = Kind(42) }, "kind", "unknown kind"},
		{"unknown status", func(e *Event) { e.Status = Status(9) }, "status", "unknown status"},
		{"no source", func(e *Event) { e.SetSources(nil) }, "sources", "at least one source"},
		{"unknown source", func(e *Event) { e.SetSources([]string{"nope"}) }, "sources[0]", `unknown source "nope"`},
		{"unknown person", func(e *Event) { e.People = []PersonRef{NewPersonRef("zoe"), NewPersonRef("ghost")} }, "people[1].id", `unknown person "ghost"`},
		{"unknown org", func(e *Event) { e.SetOrgs([]string{"nowhere"}) }, "orgs[0]", `unknown organisation "nowhere"`},
		{"unknown related", func(e *Event) { e.More().Related = []string{"cuts", "never"} }, "related[1]", `unknown event "never"`},
		{"unknown speaker", func(e *Event) { e.More().Quotes = []Quote{{Speaker: "ghost", Text: "hi", Source: "tc"}} }, "quotes[0].speaker", "unknown person"},
		{"no title", func(e *Event) { e.Title = Text{} }, "title", "missing title"},
		{"huge summary", func(e *Event) { e.Summary = Plain(long) }, "summary.en", "longer than 64 KiB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := newsroom()
			before := snapshot(ds)
			e := newsEvent("fresh", "2025-05-05", "tc")
			tc.change(&e)
			_, err := Edit{Events: []Delta[Event]{{ID: "fresh", After: &e}}}.Apply(ds)
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("Apply = %v, want Problems", err)
			}
			if ps[0].Field != tc.field || !strings.Contains(ps[0].Msg, tc.msg) || ps[0].Event != "fresh" {
				t.Errorf("problem %+v, want field %q and %q", ps[0], tc.field, tc.msg)
			}
			if got := snapshot(ds); got != before {
				t.Errorf("a refused edit changed the dataset:\n%s", got)
			}
			// The same problems, without applying: what a form shows.
			if cps := ds.CheckEvent(&e); len(cps) == 0 || cps[0].Field != tc.field {
				t.Errorf("CheckEvent = %v, want a problem with %s", cps, tc.field)
			}
		})
	}
}

func TestApplyChangeMovesEvent(t *testing.T) {
	ds := newsroom()
	cuts := ds.Event("cuts").Clone()
	cuts.Date = MustDate("2025-02")
	cuts.Summary = Plain("moved earlier")
	a := mustApply(t, ds, Edit{Events: []Delta[Event]{{ID: "cuts", Before: ds.Event("cuts").Clone(), After: cuts}}})
	if want := []string{"founding", "cuts", "hire", "reaction", "later"}; !slices.Equal(eventIDs(ds), want) {
		t.Fatalf("events %v, want %v", eventIDs(ds), want)
	}
	if want := []int32{0, 2, 1, 3, 4}; !slices.Equal(a.From, want) {
		t.Errorf("From = %v, want %v", a.From, want)
	}
	// A change that keeps the date keeps the place: no permutation.
	later := ds.Event("later").Clone()
	later.SetTags([]string{"checked"})
	if a := mustApply(t, ds, Edit{Events: []Delta[Event]{{ID: "later", Before: ds.Event("later").Clone(), After: later}}}); a.From != nil {
		t.Errorf("an in-place change has From %v", a.From)
	}
	if got := ds.Event("later").Tags(); !slices.Equal(got, []string{"checked"}) {
		t.Errorf("tags %v", got)
	}
}

func TestApplyStale(t *testing.T) {
	ds := newsroom()
	old := ds.Event("cuts").Clone()
	theirs := old.Clone()
	theirs.Summary = Plain("a colleague's summary")
	mustApply(t, ds, Edit{Events: []Delta[Event]{{ID: "cuts", Before: old, After: theirs}}})
	mine := old.Clone()
	mine.Summary = Plain("my summary")
	before := snapshot(ds)
	_, err := Edit{Events: []Delta[Event]{{ID: "cuts", Before: old, After: mine}}}.Apply(ds)
	var stale *StaleError
	if !errors.As(err, &stale) || stale.ID != "cuts" || stale.Kind != "event" {
		t.Fatalf("Apply over a colleague's change = %v, want a StaleError", err)
	}
	add := newsEvent("hire", "2025-05-05", "tc")
	if _, err := (Edit{Events: []Delta[Event]{{ID: "hire", After: &add}}}).Apply(ds); !errors.As(err, &stale) {
		t.Errorf("adding an id that exists = %v, want a StaleError", err)
	}
	if snapshot(ds) != before {
		t.Error("a stale edit changed the dataset")
	}
}

func TestApplyRefusesMalformedEdits(t *testing.T) {
	ds := newsroom()
	e := newsEvent("x1", "2025-05-05", "tc")
	f := newsEvent("x2", "2025-05-05", "tc")
	for name, edit := range map[string]Edit{
		"empty id":      {Events: []Delta[Event]{{ID: "", After: &e}}},
		"id mismatch":   {Events: []Delta[Event]{{ID: "x1", After: &f}}},
		"twice":         {Events: []Delta[Event]{{ID: "x1", After: &e}, {ID: "x1", After: &e}}},
		"nothing":       {Events: []Delta[Event]{{ID: "x1"}}},
		"empty person":  {People: []Delta[Person]{{ID: "", After: &Person{}}}},
		"renamed org":   {Orgs: []Delta[Org]{{ID: "acme", Before: &Org{ID: "acme", Name: "Acme"}, After: &Org{ID: "acme2"}}}},
		"bad published": {Sources: []Delta[Source]{{ID: "s9", After: &Source{ID: "s9", Outlet: "O", Published: Date{Year: 2025, Month: 2, Day: 30, Precision: DayPrecision}}}}},
	} {
		if _, err := edit.Apply(ds); err == nil {
			t.Errorf("%s: Apply accepted it", name)
		}
	}
}

func TestApplySanitises(t *testing.T) {
	ds := newsroom()
	e := newsEvent("x1", "2025-05-05", "tc")
	e.Title = Plain("Acme\x1b]52;c;aGk=\x07 cuts\u202e jobs\r\n")
	e.Summary = Plain("line one\r\nline\ttwo\x1b[2J")
	e.SetTags([]string{"", "layoffs\x07"})
	mustApply(t, ds, Edit{Events: []Delta[Event]{{ID: "x1", After: &e}}})
	got := ds.Event("x1")
	if got.Title.En != "Acme cuts jobs" || got.Summary.En != "line one\nline    two" || !slices.Equal(got.Tags(), []string{"layoffs"}) {
		t.Errorf("stored %q / %q / %q", got.Title.En, got.Summary.En, got.Tags())
	}
	if e.Title.En == got.Title.En {
		t.Error("Apply changed the caller's event")
	}
}

func TestRemoveEventDropsRelated(t *testing.T) {
	ds := newsroom()
	before := snapshot(ds)
	d := NewDraft(ds)
	rel, err := d.RemoveEvent("cuts")
	if err != nil || !slices.Equal(rel, []string{"reaction", "later"}) {
		t.Fatalf("RemoveEvent = %v, %v", rel, err)
	}
	a := mustApply(t, ds, d.Edit())
	if ds.Event("cuts") != nil || len(ds.Event("reaction").Related()) != 0 ||
		!slices.Equal(ds.Event("later").Related(), []string{"founding"}) {
		t.Fatalf("after rm: %v, %v", ds.Event("reaction").Related(), ds.Event("later").Related())
	}
	if want := []int32{0, 1, 3, 4}; !slices.Equal(a.From, want) {
		t.Errorf("From = %v, want %v", a.From, want)
	}
	mustApply(t, ds, a.Inverse)
	if snapshot(ds) != before {
		t.Errorf("undo of rm left\n%s\nwant\n%s", snapshot(ds), before)
	}
	if _, err := NewDraft(ds).RemoveEvent("nope"); err == nil {
		t.Error("removing an unknown event succeeded")
	}
}

func TestApplyRefusesRemovingWhatIsUsed(t *testing.T) {
	ds := newsroom()
	before := snapshot(ds)
	for name, edit := range map[string]Edit{
		"source cited":   {Sources: []Delta[Source]{{ID: "memo", Before: ds.Source("memo").Clone()}}},
		"person named":   {People: []Delta[Person]{{ID: "zoe", Before: ds.Person("zoe").Clone()}}},
		"org as parent":  {Orgs: []Delta[Org]{{ID: "acme", Before: ds.Org("acme").Clone()}}},
		"event related":  {Events: []Delta[Event]{{ID: "founding", Before: ds.Event("founding").Clone()}}},
		"rollback exact": {Sources: []Delta[Source]{{ID: "tc", Before: ds.Source("tc").Clone()}}, Events: []Delta[Event]{{ID: "founding", Before: ds.Event("founding").Clone()}, {ID: "cuts", Before: ds.Event("cuts").Clone()}}},
	} {
		_, err := edit.Apply(ds)
		var ps Problems
		if !errors.As(err, &ps) || !strings.Contains(ps[0].Msg, "this edit removes it") {
			t.Errorf("%s: Apply = %v", name, err)
		}
		if snapshot(ds) != before {
			t.Errorf("%s: a refused edit changed the dataset", name)
		}
	}
}

func TestApplyRollsBackExactly(t *testing.T) {
	// The edit removes an unused source (moving the list), adds a person,
	// then fails on an event: everything must be as it was, in order.
	ds := newsroom()
	ds.Sources = append(ds.Sources, Source{ID: "unused", Outlet: "Nobody"}, Source{ID: "last", Outlet: "Last"})
	ds.Index()
	before := snapshot(ds)
	bad := newsEvent("bad", "2025-05-05", "nope")
	moved := ds.Event("hire").Clone()
	moved.Date = MustDate("2025-12")
	edit := Edit{
		Sources: []Delta[Source]{{ID: "unused", Before: ds.Source("unused").Clone()}},
		People:  []Delta[Person]{{ID: "new", After: &Person{ID: "new", Name: "New"}}},
		Events:  []Delta[Event]{{ID: "hire", Before: ds.Event("hire").Clone(), After: moved}, {ID: "bad", After: &bad}},
	}
	if _, err := edit.Apply(ds); err == nil {
		t.Fatal("Apply accepted an unknown source")
	}
	if got := snapshot(ds); got != before {
		t.Errorf("after a failed edit:\n%s\nwant\n%s", got, before)
	}
	if ds.Person("new") != nil || ds.Source("unused") == nil || ds.Event("hire").Date != MustDate("2025-03-02") {
		t.Error("lookups not restored")
	}
}

// TestApplyFromIsAPermutation applies random edits, through both ways of
// moving events (one by one, and sorting), and checks Applied.From
// against the ids before and after.
func TestApplyFromIsAPermutation(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 200; round++ {
		ds := &Dataset{Sources: []Source{{ID: "s"}}}
		for i := 0; i < 30; i++ {
			ds.Events = append(ds.Events, newsEvent(randID(r), randDate(r), "s"))
		}
		ds.Index()
		if ds.eventIdx.distinct != len(ds.Events) {
			continue
		}
		old := eventIDs(ds)
		var edit Edit
		touched := map[string]bool{}
		for n := r.IntN(14); n >= 0; n-- {
			switch r.IntN(3) {
			case 0:
				id := randID(r) + "-new"
				if !touched[id] && ds.Event(id) == nil {
					e := newsEvent(id, randDate(r), "s")
					edit.Events = append(edit.Events, Delta[Event]{ID: id, After: &e})
					touched[id] = true
				}
			case 1, 2:
				e := &ds.Events[r.IntN(len(ds.Events))]
				if touched[e.ID] {
					continue
				}
				touched[e.ID] = true
				var after *Event
				if r.IntN(2) == 0 {
					after = e.Clone()
					after.Date = MustDate(randDate(r))
				}
				edit.Events = append(edit.Events, Delta[Event]{ID: e.ID, Before: e.Clone(), After: after})
			}
		}
		a, err := edit.Apply(ds)
		if err != nil {
			t.Fatal(err)
		}
		checkIndexed(t, ds)
		if !slices.IsSortedFunc(ds.Events, func(a, b Event) int { return eventOrder(&a, &b) }) {
			t.Fatalf("round %d: events out of order after the edit", round)
		}
		now := eventIDs(ds)
		if a.From == nil {
			if !slices.Equal(now, old) {
				t.Fatalf("From nil but the order changed")
			}
			continue
		}
		if len(a.From) != len(now) {
			t.Fatalf("From has %d entries for %d events", len(a.From), len(now))
		}
		for j, k := range a.From {
			switch {
			case k == -1:
				if !strings.HasSuffix(now[j], "-new") {
					t.Fatalf("event %s marked new", now[j])
				}
			case old[k] != now[j]:
				t.Fatalf("From[%d] = %d: %s, but the event is %s", j, k, old[k], now[j])
			}
		}
	}
}

func randID(r *rand.Rand) string { return string(rune('a'+r.IntN(26))) + string(rune('a'+r.IntN(26))) }

func randDate(r *rand.Rand) string {
	switch r.IntN(3) {
	case 0:
		return "2025"
	case 1:
		return []string{"2025-01", "2025-06", "2025-12"}[r.IntN(3)]
	}
	return []string{"2025-01-01", "2025-06-15", "2025-06-30", "2025-12-31"}[r.IntN(4)]
}

func TestEditInverseOfInverse(t *testing.T) {
	ds := newsroom()
	d := NewDraft(ds)
	src, _, _ := d.Source(Source{Outlet: "Le Monde", Title: "Acme", URL: "https://lemonde.fr/acme"})
	e := newsEvent("", "2025-07-01", src)
	e.Title = Plain("Le Monde on Acme")
	d.AddEvent(e)
	edit := d.Edit()
	inv := edit.Inverse()
	if back := inv.Inverse(); len(back.Events) != 1 || back.Events[0].Before != nil || len(back.Sources) != 1 {
		t.Errorf("Inverse().Inverse() = %+v", back)
	}
	if !inv.Events[0].Removed() || !inv.Sources[0].Removed() || edit.IsZero() || !(Edit{}).IsZero() {
		t.Error("Inverse does not remove what the edit adds")
	}
}

// TestApplyKeepsEntryTables adds sources one edit at a time, past the
// point where their table must grow, then removes some: every lookup
// must keep finding every entry.
func TestApplyKeepsEntryTables(t *testing.T) {
	ds := newsroom()
	var undo []Edit
	for i := range 40 {
		d := NewDraft(ds)
		if _, _, err := d.Source(Source{Outlet: "Outlet", URL: "https://example.com/" + string(rune('a'+i%26)) + string(rune('a'+i/26))}); err != nil {
			t.Fatal(err)
		}
		if _, _, err := d.Person("Person " + string(rune('A'+i%26)) + string(rune('A'+i/26))); err != nil {
			t.Fatal(err)
		}
		undo = append(undo, mustApply(t, ds, d.Edit()).Inverse)
	}
	for i := len(undo) - 1; i >= 0; i -= 3 {
		mustApply(t, ds, undo[i])
	}
	if len(ds.Sources) != 3+40-14 || len(ds.People) != 3+40-14 {
		t.Errorf("%d sources, %d people", len(ds.Sources), len(ds.People))
	}
}

func TestAppliedOldOf(t *testing.T) {
	ds := newsroom()
	d := NewDraft(ds)
	e := ds.Event("reaction").Clone()
	e.Summary = Plain("changed in place")
	d.ChangeEvent(*e)
	add := newsEvent("", "2025-04-01", "tc")
	add.Title = Plain("Added")
	d.AddEvent(add)
	d.RemoveEvent("founding")
	a := mustApply(t, ds, d.Edit())
	// Before: founding hire cuts reaction later. After: hire added cuts reaction later.
	if got, want := a.OldOf(ds), []int32{1, -1, 2, -1, -1}; !slices.Equal(got, want) {
		t.Errorf("OldOf = %v, want %v (reaction changed; later lost its related link)", got, want)
	}
	in := ds.Event("hire").Clone()
	in.SetTags([]string{"x"})
	d = NewDraft(ds)
	d.ChangeEvent(*in)
	if got, want := mustApply(t, ds, d.Edit()).OldOf(ds), []int32{-1, 1, 2, 3, 4}; !slices.Equal(got, want) {
		t.Errorf("OldOf of an in-place change = %v, want %v", got, want)
	}
}

// TestApplyMovesOneEvent changes the date of one event at a time, the
// explorer's common edit, which moves only the events between the old
// place and the new one: the list stays sorted, its lookup table right,
// and From names where each event came from.
func TestApplyMovesOneEvent(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	ds := &Dataset{Sources: []Source{{ID: "s"}}}
	for i := 0; i < 40; i++ {
		ds.Events = append(ds.Events, newsEvent(fmt.Sprintf("e%02d", i), randDate(r), "s"))
	}
	ds.Index()
	for round := 0; round < 500; round++ {
		old := eventIDs(ds)
		e := &ds.Events[r.IntN(len(ds.Events))]
		after := e.Clone()
		after.Date = MustDate(randDate(r))
		a, err := Edit{Events: []Delta[Event]{{ID: e.ID, Before: e.Clone(), After: after}}}.Apply(ds)
		if err != nil {
			t.Fatal(err)
		}
		checkIndexed(t, ds)
		if !slices.IsSortedFunc(ds.Events, func(a, b Event) int { return eventOrder(&a, &b) }) {
			t.Fatalf("round %d: events out of order after moving %s", round, after.ID)
		}
		now := eventIDs(ds)
		if a.From == nil {
			if !slices.Equal(now, old) {
				t.Fatalf("round %d: From nil but the order changed", round)
			}
			continue
		}
		for j, k := range a.From {
			if old[k] != now[j] {
				t.Fatalf("round %d: From[%d] = %d: %s, but the event is %s", round, j, k, old[k], now[j])
			}
		}
	}
}
