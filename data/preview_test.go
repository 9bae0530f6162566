package data_test

import (
	"os"
	"path/filepath"
	"testing"

	"timeline/data"
	"timeline/data/synth"
	"timeline/model"
)

// TestOpenPreviewing reads a generated file larger than a preview: the
// preview comes once, during the load, with the file's first events, its
// people and organisations, and the final dataset is the one Open gives,
// sharing no event with the preview.
func TestOpenPreviewing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := synth.Write(f, data.PreviewEvents*2+500, 3); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var previews []*model.Dataset
	eventsAtPreview := -1
	last := 0
	l, err := data.OpenPreviewing(path, func(_, _ int64, events int) { last = events }, func(p data.Preview) {
		previews = append(previews, p.Dataset)
		if n := p.Events(); n != -1 && n != data.PreviewEvents*2+500 {
			t.Errorf("the preview counts %d events", n)
		}
		eventsAtPreview = last
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(previews) != 1 {
		t.Fatalf("%d previews, want 1", len(previews))
	}
	p, ds := previews[0], l.Dataset
	if len(p.Events) != data.PreviewEvents || eventsAtPreview >= len(ds.Events) {
		t.Fatalf("the preview has %d events, given after %d of %d", len(p.Events), eventsAtPreview, len(ds.Events))
	}
	if len(p.People) != len(ds.People) || len(p.Orgs) != len(ds.Orgs) || p.Title.En != ds.Title.En {
		t.Errorf("the preview lacks the file's head: %d people, %d orgs", len(p.People), len(p.Orgs))
	}
	for i := range p.Events {
		e := &p.Events[i]
		full := ds.Event(e.ID)
		if full == nil || full.Title.En != e.Title.En || full.Title.Fr != e.Title.Fr || full.Date != e.Date {
			t.Fatalf("preview event %s is not the file's", e.ID)
		}
		if full == e || (e.Extra != nil && full.Extra == e.Extra) {
			t.Fatalf("preview event %s shares its memory with the dataset", e.ID)
		}
		if i > 0 && p.Events[i-1].Date.Compare(e.Date) > 0 {
			t.Fatal("the preview is not in order")
		}
		if got := p.Event(e.ID); got != e {
			t.Fatal("the preview is not indexed")
		}
	}
	plain, err := data.Open(path, nil)
	if err != nil || len(plain.Dataset.Events) != len(ds.Events) {
		t.Fatalf("Open and OpenPreviewing disagree: %v", err)
	}
}

// TestNoPreviewForASmallFile: a file with fewer events than a preview
// holds gives none.
func TestNoPreviewForASmallFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "small.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := synth.Write(f, data.PreviewEvents-1, 3); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = data.OpenPreviewing(path, nil, func(data.Preview) { t.Error("a preview of a small file") })
	if err != nil {
		t.Fatal(err)
	}
}
