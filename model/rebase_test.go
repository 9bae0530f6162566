package model

import (
	"slices"
	"testing"
)

// rebaseCase builds, on two copies of the newsroom, my edit (on the base)
// and their change (applied to theirs), then rebases mine on theirs.
type rebaseCase struct {
	name   string
	mine   func(d *Draft)
	theirs func(d *Draft)
	// check looks at the dataset after the rebased edit is applied.
	check     func(t *testing.T, ds *Dataset, out Edit)
	conflicts []string // the ids of the events in conflict
}

func changeEvent(d *Draft, id string, f func(e *Event)) {
	e := d.ds.Event(id).Clone()
	f(e)
	if err := d.ChangeEvent(*e); err != nil {
		panic(err)
	}
}

func summary(s string) func(*Event) { return func(e *Event) { e.Summary = Plain(s) } }

func draftAdd(d *Draft, title string, sources ...string) string {
	e := newsEvent("", "2025-08-01", sources...)
	e.Title = Plain(title)
	id, err := d.AddEvent(e)
	if err != nil {
		panic(err)
	}
	return id
}

func TestRebase(t *testing.T) {
	for _, tc := range []rebaseCase{
		{
			name:   "theirs changed another event",
			mine:   func(d *Draft) { changeEvent(d, "cuts", summary("mine")) },
			theirs: func(d *Draft) { changeEvent(d, "hire", summary("theirs")) },
			check: func(t *testing.T, ds *Dataset, _ Edit) {
				if ds.Event("cuts").Summary.En != "mine" || ds.Event("hire").Summary.En != "theirs" {
					t.Error("a change was lost")
				}
			},
		},
		{
			name:      "both changed the same event",
			mine:      func(d *Draft) { changeEvent(d, "cuts", summary("mine")) },
			theirs:    func(d *Draft) { changeEvent(d, "cuts", summary("theirs")) },
			conflicts: []string{"cuts"},
		},
		{
			name:   "both changed it the same way",
			mine:   func(d *Draft) { changeEvent(d, "cuts", summary("same")) },
			theirs: func(d *Draft) { changeEvent(d, "cuts", summary("same")) },
			check: func(t *testing.T, ds *Dataset, out Edit) {
				if !out.IsZero() {
					t.Errorf("nothing left to do, but the edit is %+v", out)
				}
			},
		},
		{
			name:      "mine changes what theirs removed",
			mine:      func(d *Draft) { changeEvent(d, "hire", summary("mine")) },
			theirs:    func(d *Draft) { d.RemoveEvent("hire") },
			conflicts: []string{"hire"},
		},
		{
			name:      "mine removes what theirs changed",
			mine:      func(d *Draft) { d.RemoveEvent("hire") },
			theirs:    func(d *Draft) { changeEvent(d, "hire", summary("theirs")) },
			conflicts: []string{"hire"},
		},
		{
			name:   "both removed it",
			mine:   func(d *Draft) { d.RemoveEvent("hire") },
			theirs: func(d *Draft) { d.RemoveEvent("hire") },
			check: func(t *testing.T, ds *Dataset, out Edit) {
				if !out.IsZero() || ds.Event("hire") != nil {
					t.Errorf("edit %+v", out)
				}
			},
		},
		{
			name:   "both added an event under the same id",
			mine:   func(d *Draft) { draftAdd(d, "Acme news", "tc") },
			theirs: func(d *Draft) { draftAdd(d, "Acme news", "memo") },
			check: func(t *testing.T, ds *Dataset, out Edit) {
				if ds.Event("acme-news").Sources()[0] != "memo" || ds.Event("acme-news-2").Sources()[0] != "tc" {
					t.Error("mine should be added under a fresh id")
				}
			},
		},
		{
			name:   "both added the same event, word for word",
			mine:   func(d *Draft) { draftAdd(d, "Acme news", "tc") },
			theirs: func(d *Draft) { draftAdd(d, "Acme news", "tc") },
			check: func(t *testing.T, ds *Dataset, out Edit) {
				if ds.Event("acme-news") == nil || ds.Event("acme-news-2") == nil {
					t.Error("two adds must make two events, as they would one after the other")
				}
			},
		},
		{
			name: "both added the same source under different ids",
			mine: func(d *Draft) {
				id, _, _ := d.Source(Source{ID: "mine", Outlet: "Le Monde", URL: "https://lemonde.fr/a"})
				draftAdd(d, "Mine cites it", id)
			},
			theirs: func(d *Draft) {
				id, _, _ := d.Source(Source{ID: "theirs", Outlet: "Le Monde", URL: "https://www.lemonde.fr/a/"})
				draftAdd(d, "Theirs cites it", id)
			},
			check: func(t *testing.T, ds *Dataset, out Edit) {
				if ds.Source("mine") != nil || !slices.Equal(ds.Event("mine-cites-it").Sources(), []string{"theirs"}) {
					t.Error("mine should cite their source")
				}
			},
		},
		{
			name: "both added the same person",
			mine: func(d *Draft) {
				id, _, _ := d.Person("Jane Doe")
				changeEvent(d, "cuts", func(e *Event) { e.People = []PersonRef{NewPersonRef(id)} })
			},
			theirs: func(d *Draft) {
				id, _, _ := d.Person("Jane Doe")
				d.edit.People[0].After.Aliases = []string{"JD"}
				changeEvent(d, "hire", func(e *Event) { e.People = append(e.People, NewPersonRef(id)) })
			},
			check: func(t *testing.T, ds *Dataset, out Edit) {
				if len(ds.People) != 4 || ds.Person("jane-doe").Aliases[0] != "JD" || ds.Event("cuts").People[0].ID() != "jane-doe" {
					t.Errorf("people %v", ds.People)
				}
			},
		},
		{
			name: "both added a person under the same id, different people",
			mine: func(d *Draft) {
				id, _, _ := d.Person("Jane Doe")
				changeEvent(d, "cuts", func(e *Event) {
					e.People = []PersonRef{NewPersonRef(id)}
					e.More().Quotes = []Quote{{Speaker: id, Text: "no comment", Source: "tc"}}
				})
			},
			theirs: func(d *Draft) {
				d.edit.People = append(d.edit.People, Delta[Person]{ID: "jane-doe", After: &Person{ID: "jane-doe", Name: "Janet Doering"}})
			},
			check: func(t *testing.T, ds *Dataset, out Edit) {
				cuts := ds.Event("cuts")
				if ds.Person("jane-doe-2").Name != "Jane Doe" || cuts.People[0].ID() != "jane-doe-2" || cuts.Quotes()[0].Speaker != "jane-doe-2" {
					t.Errorf("cuts %+v", cuts)
				}
			},
		},
		{
			name: "undo of an add whose new source theirs now cites",
			mine: func(d *Draft) {
				// The inverse of adding an event with a new source.
				d.edit.Events = append(d.edit.Events, Delta[Event]{ID: "cuts", Before: d.ds.Event("cuts").Clone()})
				d.edit.Sources = append(d.edit.Sources, Delta[Source]{ID: "x", Before: d.ds.Source("x").Clone()})
			},
			theirs: func(d *Draft) {
				changeEvent(d, "hire", func(e *Event) { e.SetSources(append(e.Sources(), "x")) })
			},
			check: func(t *testing.T, ds *Dataset, out Edit) {
				if ds.Event("cuts") != nil || ds.Source("x") == nil || len(out.Sources) != 0 {
					t.Error("the source theirs cites must stay")
				}
				if len(ds.Event("reaction").Related()) != 0 {
					t.Error("a related link to the removed event stayed")
				}
			},
		},
		{
			name: "mine removes an event theirs now relates to",
			mine: func(d *Draft) { d.RemoveEvent("hire") },
			theirs: func(d *Draft) {
				changeEvent(d, "founding", func(e *Event) { e.More().Related = []string{"hire"} })
			},
			check: func(t *testing.T, ds *Dataset, out Edit) {
				if ds.Event("hire") != nil || len(ds.Event("founding").Related()) != 0 {
					t.Error("the related link should go with the event")
				}
			},
		},
		{
			name: "an added event renamed, and an added event relating to it",
			mine: func(d *Draft) {
				a := draftAdd(d, "Acme news", "tc")
				e := newsEvent("", "2025-09-01", "tc")
				e.Title = Plain("Follow-up")
				e.More().Related = []string{a}
				d.AddEvent(e)
			},
			theirs: func(d *Draft) { draftAdd(d, "Acme news", "memo") },
			check: func(t *testing.T, ds *Dataset, out Edit) {
				if !slices.Equal(ds.Event("follow-up").Related(), []string{"acme-news-2"}) {
					t.Errorf("related %v", ds.Event("follow-up").Related())
				}
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			base, theirs := newsroom(), newsroom()
			dm := NewDraft(base)
			tc.mine(dm)
			mine := dm.Edit()
			dt := NewDraft(theirs)
			tc.theirs(dt)
			mustApply(t, theirs, dt.Edit())
			mineBefore := snapshotEdit(mine)
			out, conflicts := Rebase(mine, theirs)
			if snapshotEdit(mine) != mineBefore {
				t.Error("Rebase changed its argument")
			}
			var got []string
			for _, c := range conflicts {
				got = append(got, c.ID)
			}
			if !slices.Equal(got, tc.conflicts) {
				t.Fatalf("conflicts %v, want %v", got, tc.conflicts)
			}
			mustApply(t, theirs, out)
			for _, c := range conflicts {
				if c.Base == nil && c.Mine == nil || c.Mine.Equal(c.Theirs) {
					t.Errorf("conflict %+v", c)
				}
				mustApply(t, theirs, c.KeepMine())
				if !theirs.Event(c.ID).Equal(c.Mine) {
					t.Errorf("KeepMine did not keep mine")
				}
			}
			if tc.check != nil {
				tc.check(t, theirs, out)
			}
		})
	}
}

func snapshotEdit(e Edit) string {
	s := ""
	for _, c := range e.Events {
		for _, x := range []*Event{c.Before, c.After} {
			if x != nil {
				s += snapshot(&Dataset{Events: []Event{*x}})
			}
		}
	}
	for _, c := range e.People {
		if c.After != nil {
			s += c.After.ID
		}
	}
	return s
}

func TestConflictKeepMineOfNothing(t *testing.T) {
	if !(Conflict{ID: "x"}).KeepMine().IsZero() {
		t.Error("keeping a removal of what is gone is no edit")
	}
}
