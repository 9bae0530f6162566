package data

import (
	"fmt"
	"slices"
	"testing"

	"timeline/locale"
	"timeline/model"
)

// TestRefsTooManyRoundTrip: an event naming more organisations than the
// event counts in place (model.Event.AdoptRefs) is read and written back
// with every one of them, in order, and its sources and tags too.
func TestRefsTooManyRoundTrip(t *testing.T) {
	ds := &model.Dataset{Title: model.Plain("many"), Sources: []model.Source{{ID: "s", Outlet: "O"}}}
	var orgs []string
	for i := range 1<<16 + 3 {
		id := fmt.Sprint("o", i)
		ds.Orgs = append(ds.Orgs, model.Org{ID: id, Name: id})
		orgs = append(orgs, id)
	}
	ds.Events = []model.Event{model.Event{ID: "e", Date: model.MustDate("2025-07-01"), Kind: model.Report,
		Status: model.Reported, Title: model.Plain("t")}.WithRefs(orgs, []string{"s"}, []string{"x", "y"})}
	ds.Index()
	b, err := ExportJSON(ds, locale.English)
	if err != nil {
		t.Fatal(err)
	}
	got, issues, err := Parse("many.json", b)
	if err != nil || len(issues) > 0 {
		t.Fatalf("read back: %v %v", err, issues)
	}
	e := &got.Events[0]
	if !slices.Equal(e.Orgs(), orgs) || !slices.Equal(e.Sources(), []string{"s"}) || !slices.Equal(e.Tags(), []string{"x", "y"}) {
		t.Errorf("read back %d organisations, sources %q, tags %q", len(e.Orgs()), e.Sources(), e.Tags())
	}
	if again, _ := ExportJSON(got, locale.English); string(again) != string(b) {
		t.Error("written back differently")
	}
}
