package model

import (
	"errors"
	"slices"
	"testing"
)

func TestDraftPerson(t *testing.T) {
	ds := newsroom()
	d := NewDraft(ds)
	for _, tc := range []struct {
		in, want string
		added    bool
	}{
		{"zoe", "zoe", false},
		{"Zoé Lefèvre", "zoe", false},
		{"ZOE LEFEVRE", "zoe", false},
		{"zoe l", "zoe", false},
		{"Ze\u0301phyrin Roux", "zephyrin-roux", true},
		{"zéphyrin roux", "zephyrin-roux", false}, // the new one, found again
		{"Zoe", "zoe-2", true},                    // an id taken by someone else
	} {
		id, added, err := d.Person(tc.in)
		if err != nil || id != tc.want || added != tc.added {
			t.Errorf("Person(%q) = %q, %v, %v; want %q, %v", tc.in, id, added, err, tc.want, tc.added)
		}
	}
	var amb *AmbiguousError
	if _, _, err := d.Person("sam lee"); !errors.As(err, &amb) || !slices.Equal(amb.IDs, []string{"sam-1", "sam-2"}) {
		t.Errorf("Person(sam lee) = %v, want ambiguous between sam-1 and sam-2", err)
	}
	if _, _, err := d.Person(" \x1b[2J "); err == nil {
		t.Error("an empty name was accepted")
	}
	if n := len(d.Edit().People); n != 2 {
		t.Errorf("the draft adds %d people, want 2", n)
	}
	if ds.Person("zephyrin-roux") != nil {
		t.Error("a draft changed the dataset")
	}
}

func TestDraftOrg(t *testing.T) {
	d := NewDraft(newsroom())
	for _, tc := range []struct {
		in, want string
		added    bool
	}{
		{"acme", "acme", false},
		{"ACME LAB", "lab", false},
		{"Société Générale", "societe-generale", true},
		{"societe generale", "societe-generale", false},
	} {
		id, added, err := d.Org(tc.in)
		if err != nil || id != tc.want || added != tc.added {
			t.Errorf("Org(%q) = %q, %v, %v; want %q, %v", tc.in, id, added, err, tc.want, tc.added)
		}
	}
}

func TestDraftSource(t *testing.T) {
	d := NewDraft(newsroom())
	for _, tc := range []struct {
		name  string
		in    Source
		want  string
		added bool
	}{
		{"by id", Source{ID: "memo"}, "memo", false},
		{"same URL", Source{Outlet: "TC", URL: "http://www.TechCrunch.com/acme-cuts?utm_source=x#top"}, "tc", false},
		{"same outlet and headline, no URL", Source{Outlet: "internal MEMO"}, "memo", false},
		{"new", Source{Outlet: "Le Monde", Title: "Acme licencie", URL: "https://lemonde.fr/a"}, "le-monde-acme-licencie", true},
		{"new again by URL", Source{Outlet: "Le Monde", URL: "https://lemonde.fr/a/"}, "le-monde-acme-licencie", false},
		{"same words, other URL", Source{Outlet: "Le Monde", Title: "Acme licencie", URL: "https://lemonde.fr/b"}, "le-monde-acme-licencie-2", true},
		{"new with an id", Source{ID: "wsj-1", Outlet: "WSJ"}, "wsj-1", true},
	} {
		id, added, err := d.Source(tc.in)
		if err != nil || id != tc.want || added != tc.added {
			t.Errorf("%s: Source = %q, %v, %v; want %q, %v", tc.name, id, added, err, tc.want, tc.added)
		}
	}
	for name, s := range map[string]Source{
		"unknown id":      {ID: "nope"},
		"nothing":         {Title: "a headline alone"},
		"id already used": {ID: "tc", Outlet: "Other", URL: "https://other.example/"},
	} {
		if _, _, err := d.Source(s); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestDraftAddEventIDs(t *testing.T) {
	ds := newsroom()
	d := NewDraft(ds)
	mk := func(title string) Event {
		e := newsEvent("", "2025-07-01", "tc")
		e.Title = Text{Fr: title}
		return e
	}
	for _, tc := range []struct{ title, want string }{
		{"Event cuts", "event-cuts"},
		{"Event cuts", "event-cuts-2"},
		{"Hire", "hire-2"}, // "hire" is taken in the dataset
		{"\x1b]0;pwned\x07人工智能", "event"},
	} {
		if id, err := d.AddEvent(mk(tc.title)); err != nil || id != tc.want {
			t.Errorf("AddEvent(%q) = %q, %v; want %q", tc.title, id, err, tc.want)
		}
	}
	withID := mk("x")
	withID.ID = "cuts"
	if _, err := d.AddEvent(withID); err == nil {
		t.Error("AddEvent accepted an id in use")
	}
	mustApply(t, ds, d.Edit())
	if len(ds.Events) != 9 {
		t.Errorf("%d events", len(ds.Events))
	}
}

func TestDraftCheckSeesNewEntries(t *testing.T) {
	ds := newsroom()
	d := NewDraft(ds)
	pid, _, _ := d.Person("Nouvelle Personne")
	sid, _, _ := d.Source(Source{Outlet: "Libération"})
	e := newsEvent("", "2025-07-01", sid)
	e.Title = Plain("With new people")
	e.People = []PersonRef{NewPersonRef(pid)}
	d.AddEvent(e)
	if ps := d.Check(); len(ps) != 0 {
		t.Fatalf("Check = %v", ps)
	}
	if ps := ds.CheckEvent(&e); len(ps) != 2 {
		t.Errorf("the dataset alone should not know the new person and source: %v", ps)
	}
	e2 := e
	e2.ID = ""
	e2.SetSources(nil)
	d.AddEvent(e2)
	if ps := d.Check(); len(ps) != 1 || ps[0].Field != "sources" {
		t.Errorf("Check = %v, want a missing source", ps)
	}
}

func TestDraftChangeEvent(t *testing.T) {
	ds := newsroom()
	d := NewDraft(ds)
	e := ds.Event("hire").Clone()
	e.Status = Disputed
	if err := d.ChangeEvent(*e); err != nil {
		t.Fatal(err)
	}
	e.SetTags([]string{"hr"})
	if err := d.ChangeEvent(*e); err != nil || len(d.Edit().Events) != 1 {
		t.Fatalf("changing twice: %v, %d changes", err, len(d.Edit().Events))
	}
	if err := d.ChangeEvent(Event{ID: "nope"}); err == nil {
		t.Error("changed an unknown event")
	}
	mustApply(t, ds, d.Edit())
	if got := ds.Event("hire"); got.Status != Disputed || !slices.Equal(got.Tags(), []string{"hr"}) {
		t.Errorf("hire = %+v", got)
	}
}

// TestDraftChangeEventFrom is a form opened on an event that a colleague
// changes before the reporter saves: the save must not replace theirs.
func TestDraftChangeEventFrom(t *testing.T) {
	ds := newsroom()
	opened := ds.Event("cuts").Clone() // the form opens
	theirs := NewDraft(ds)
	e := ds.Event("cuts").Clone()
	e.Summary = Plain("a colleague's summary")
	theirs.ChangeEvent(*e)
	mustApply(t, ds, theirs.Edit())

	mine := opened.Clone()
	mine.Status = Disputed
	d := NewDraft(ds)
	if err := d.ChangeEventFrom(opened, *mine); err != nil {
		t.Fatal(err)
	}
	var stale *StaleError
	if _, err := d.Edit().Apply(ds); !errors.As(err, &stale) {
		t.Fatalf("Apply = %v, want a StaleError", err)
	}
	_, conflicts := Rebase(d.Edit(), ds)
	if len(conflicts) != 1 || conflicts[0].Theirs.Summary.En != "a colleague's summary" || conflicts[0].Mine.Status != Disputed {
		t.Fatalf("conflicts %+v", conflicts)
	}
	if err := d.ChangeEventFrom(ds.Event("hire"), *mine); err == nil {
		t.Error("a base of another event was accepted")
	}
}

func TestDraftEvent(t *testing.T) {
	ds := newsroom()
	d := NewDraft(ds)
	id := ds.Events[0].ID
	e := d.Event(id)
	if e == nil || !e.Equal(&ds.Events[0]) {
		t.Fatalf("Event(%q) = %v, want the dataset's", id, e)
	}
	e.Title = Plain("changed")
	if ds.Events[0].Title.En == "changed" {
		t.Error("Event returned the dataset's own event")
	}
	if err := d.ChangeEvent(*e); err != nil {
		t.Fatal(err)
	}
	if got := d.Event(id); got == nil || got.Title.En != "changed" {
		t.Errorf("after ChangeEvent, Event = %v", got)
	}
	if _, err := d.RemoveEvent(id); err != nil {
		t.Fatal(err)
	}
	if got := d.Event(id); got != nil {
		t.Errorf("after RemoveEvent, Event = %v", got)
	}
	if d.Event("no-such-event") != nil {
		t.Error("an unknown id gave an event")
	}
}
