package search

import (
	"fmt"
	"slices"
	"testing"
	"unsafe"

	"timeline/model"
)

// sharedTitleDataset returns events titled from a few titles, in English
// and French, some only in English, packed as a loader packs them, and
// sorted by date against the order they were packed in.
func sharedTitleDataset() (*model.Dataset, *Packed) {
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
		ds.Events = append(ds.Events, e)
	}
	var p Packer
	for i := range ds.Events {
		p.Add(&ds.Events[i])
	}
	text := p.Done()
	text.Sorted(ds.Index())
	return ds, text
}

// TestPackerSharesTitles checks that a loader's events with the same title
// in English and French hold it once, in the row of the first, and that
// the index finds every one of them by it, before and after the event
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
	check := func(ix *Index) {
		t.Helper()
		for _, s := range []string{"wang", "embauche", "equipe", "lefevre", "summary 4", "meta !embauche"} {
			q, err := ParseQuery(s)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := ix.Filter(q), q.Filter(ds); !slices.Equal(got, want) {
				t.Errorf("%q: index finds %v, Query.Filter %v", s, got, want)
			}
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
