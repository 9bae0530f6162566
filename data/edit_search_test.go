package data_test

import (
	"slices"
	"testing"

	"timeline/data"
	"timeline/model"
	"timeline/search"
)

// TestEditsUpdateTheSearchIndex holds model.Applied.OldOf to what
// search.Index.Update takes: after each edit (an add with a new person
// and source, a change that moves an event, a removal, their undoing),
// the updated index answers as a new one does.
func TestEditsUpdateTheSearchIndex(t *testing.T) {
	path := bundledFile(t)
	l, err := data.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	ds := l.Dataset
	ix := search.NewIndex(ds, l.Text)
	queries := []string{"wang", "gazette", "person:zephyrine", "outlet:gazette", "lecun", "meta !scale", "tag:notebook"}
	check := func(step string, a model.Applied) {
		t.Helper()
		ix = ix.Update(ds, a.OldOf(ds))
		fresh := search.NewIndex(ds, nil)
		for _, s := range queries {
			q, err := search.ParseQuery(s)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := ix.Filter(q), fresh.Filter(q); !slices.Equal(got, want) {
				t.Fatalf("%s, %q: updated index finds %v, a new one %v", step, s, got, want)
			}
		}
	}
	var undo []model.Edit
	apply := func(step string, e model.Edit) {
		t.Helper()
		a, err := e.Apply(ds)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		undo = append(undo, a.Inverse)
		check(step, a)
	}

	d := model.NewDraft(ds)
	pid, _, _ := d.Person("Zéphyrine Garnier")
	src, _, _ := d.Source(model.Source{Outlet: "La Gazette", Title: "Wang s'explique", URL: "https://gazette.example/wang"})
	id, _ := d.AddEvent(model.Event{Date: model.MustDate("2025-09-03"), Kind: model.Report, Status: model.Reported,
		Title:  model.Text{En: "Wang explains himself to the Gazette", Fr: "Wang s'explique dans la Gazette"},
		People: []model.PersonRef{model.NewPersonRef(pid)}}.WithRefs(nil, []string{src}, []string{"notebook"}))
	apply("add", d.Edit())

	d = model.NewDraft(ds)
	e := ds.Event(id).Clone()
	e.Date = model.MustDate("2025-06-01")
	e.Summary = model.Plain("Moved earlier, and now about LeCun too")
	d.ChangeEvent(*e)
	apply("move", d.Edit())

	d = model.NewDraft(ds)
	d.RemoveEvent(ds.Events[len(ds.Events)/2].ID)
	apply("remove", d.Edit())

	for i := len(undo) - 1; i >= 0; i-- {
		a, err := undo[i].Apply(ds)
		if err != nil {
			t.Fatalf("undo %d: %v", i, err)
		}
		check("undo", a)
	}
}
