package search

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"unsafe"

	"timeline/model"
)

// sharedTitleDataset returns sharedTitleEvents packed as a loader packs
// them, and sorted by date against the order they were packed in.
func sharedTitleDataset() (*model.Dataset, *Packed) {
	ds := sharedTitleEvents()
	return ds, packLikeLoader(ds)
}

// sharedTitleEvents returns events titled from a few titles, in English
// and French, some only in English, each citing a source headlined with
// its title or with a headline many share, latest first.
func sharedTitleEvents() *model.Dataset {
	titles := []model.Text{
		{En: "Meta hires Alexandr Wang", Fr: "Meta embauche Alexandr Wang"},
		{En: "Zoé Lefèvre leaves", Fr: "Zoé Lefèvre quitte l’équipe"},
		{En: "Meta hires Alexandr Wang"}, // the same English title, no French: not shared
	}
	ds := &model.Dataset{}
	for i := range 12 {
		t := titles[i%len(titles)]
		e := model.Event{ID: fmt.Sprintf("e%02d", i), Date: model.Date{Year: 2025, Month: uint8(12 - i), Precision: model.MonthPrecision},
			Title:   model.Text{En: string([]byte(t.En)), Fr: string([]byte(t.Fr))},
			Summary: model.Text{En: fmt.Sprintf("summary %d", i)}}
		// Each event cites a source of its own: every other one headlined
		// with the same wire headline, the others with the event's title.
		src := model.Source{ID: fmt.Sprintf("s%02d", i), Outlet: "Wire", Title: "Northern Post reports turmoil at Vireo"}
		if i%2 == 1 {
			src.Title = string([]byte(t.En))
		}
		ds.Sources = append(ds.Sources, src)
		e.SetSources([]string{src.ID})
		ds.Events = append(ds.Events, e)
	}
	for j := range ds.Sources {
		ds.Sources[j].Title = string([]byte(ds.Sources[j].Title)) // each its own string, as read
	}
	return ds
}

// TestPackerSharesTitles checks that a loader's events with the same title
// in English and French hold it once, in the row of the first, as sources
// with the same headline do, and that the index finds every one of them
// by it, in a search typed key by key too, before and after the event
// that holds it changes.
func TestPackerSharesTitles(t *testing.T) {
	ds, text := sharedTitleDataset()
	ix := NewIndex(ds, text)
	if !ix.SharesText() || ix.titleOf == nil {
		t.Fatalf("packed text used: %v; titles shared: %v", ix.SharesText(), ix.titleOf != nil)
	}
	holders := map[string]*model.Event{}
	shared := 0
	for i := range ds.Events {
		e := &ds.Events[i]
		key := e.Title.En + "|" + e.Title.Fr
		if h, ok := holders[key]; ok && e.Title.Fr != "" {
			if unsafe.StringData(e.Title.En) != unsafe.StringData(h.Title.En) || unsafe.StringData(e.Title.Fr) != unsafe.StringData(h.Title.Fr) {
				t.Errorf("%s holds its own copy of %q", e.ID, key)
			}
			shared++
		} else if !ok {
			holders[key] = e
		}
	}
	if shared != 6 {
		t.Errorf("%d events share a title, want 6", shared)
	}
	wire := ds.Sources[0].Title
	for j := range ds.Sources {
		s := &ds.Sources[j]
		if s.Title == wire && unsafe.StringData(s.Title) != unsafe.StringData(wire) {
			t.Errorf("source %s holds its own copy of its headline", s.ID)
		}
		if h := ix.headlineOf[j]; s.Title != wire && (h < 0 || ix.titleOf[h] >= 0) {
			t.Errorf("source %s: its headline is found through %d, not the row that holds its title", s.ID, h)
		}
	}
	check := func(ix *Index) {
		t.Helper()
		var earlier *Result
		for _, s := range []string{"wang", "embauche", "equipe", "lefevre", "summary 4", "meta !embauche",
			"turmoil vireo", "wire !northern", "n", "no", "nor", "northern", "s", "su", "summary",
			"summary 6", "summary 6 embauche", "summary 2", "summary 2 northern"} {
			q, err := ParseQuery(s)
			if err != nil {
				t.Fatal(err)
			}
			want := q.Filter(ds)
			if got := ix.Filter(q); !slices.Equal(got, want) {
				t.Errorf("%q: index finds %v, Query.Filter %v", s, got, want)
			}
			// Typed key by key: a refined search looks within the last.
			got, err := ix.SearchCtx(context.Background(), q, earlier)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%q, typed after the one before: refined search finds %v, Query.Filter %v", s, got, want)
			}
			earlier = &Result{Query: q, Matches: got}
		}
	}
	check(ix)
	decoded, _, err := DecodeIndex(encodeIndex(t, ix))
	if err != nil {
		t.Fatal(err)
	}
	check(decoded)

	// The event whose row holds "Meta embauche…" is retitled: the others
	// keep being found by the old title.
	oldOf := make([]int32, len(ds.Events))
	for i := range oldOf {
		oldOf[i] = int32(i)
	}
	for i := range ds.Events {
		if e := &ds.Events[i]; ix.titleOf[i] < 0 && e.Title.Fr == "Meta embauche Alexandr Wang" {
			e.Title = model.Text{En: "Meta hires a founder", Fr: "Meta embauche un fondateur"}
			oldOf[i] = -1
			break
		}
	}
	ix = ix.Update(ds, oldOf)
	check(ix)
}
