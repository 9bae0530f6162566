package data

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"timeline/model"
)

// withoutSlides returns copies of events without what their TimelineJS
// slides held, which the native decoder does not read yet.
func withoutSlides(evs []model.Event) []model.Event {
	out := make([]model.Event, len(evs))
	for i, e := range evs {
		if e.Extra != nil {
			x := *e.Extra
			x.Slide = nil
			e.Extra = &x
			e.Tidy()
		}
		out[i] = e
	}
	return out
}

// checkSameDataset compares two datasets field by field.
func checkSameDataset(t *testing.T, want, got *model.Dataset) {
	t.Helper()
	for name, pair := range map[string][2]any{
		"title":           {want.Title, got.Title},
		"description":     {want.Description, got.Description},
		"updated":         {want.Updated, got.Updated},
		"people":          {want.People, got.People},
		"orgs":            {want.Orgs, got.Orgs},
		"sources":         {want.Sources, got.Sources},
		"reporting_lines": {want.ReportingLines, got.ReportingLines},
		"eras":            {want.Eras, got.Eras},
		"intro":           {want.Intro, got.Intro},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("%s differ:\n got %+v\nwant %+v", name, pair[1], pair[0])
		}
	}
	if len(got.Events) != len(want.Events) {
		t.Fatalf("%d events, want %d", len(got.Events), len(want.Events))
	}
	for i := range want.Events {
		w, g := &want.Events[i], &got.Events[i]
		if !reflect.DeepEqual(w, g) {
			t.Errorf("event %s differs:\n got %+v %+v\nwant %+v %+v", w.ID, g, g.Extra, w, w.Extra)
		}
	}
}

// openTJS opens a file of testdata/timelinejs as the explorer does.
func openTJS(t *testing.T, name string) Loaded {
	t.Helper()
	path := filepath.Join("testdata", "timelinejs", name)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := ParseForgiving(path, b)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return l
}

// firstDifference shows where two exports part.
func firstDifference(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-120)
	return fmt.Sprintf("at byte %d:\n first: %q\nsecond: %q", i, a[lo:min(len(a), i+120)], b[lo:min(len(b), i+120)])
}
