package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"timeline/locale"
	"timeline/model"
)

// copies returns the bundled dataset with its events copied n times, each
// copy with ids of its own.
func copies(t *testing.T, n int) *model.Dataset {
	ds := *bundledForTest(t)
	evs := ds.Events
	ds.Events = nil
	for k := range n {
		for _, e := range evs {
			e.ID = fmt.Sprintf("%s-%d", e.ID, k)
			e.Extra = nil // related events would name ids of another copy
			ds.Events = append(ds.Events, e)
		}
	}
	ds.Index()
	return &ds
}

// writes records the writes an export makes.
type writes struct {
	n, largest int
	buf        bytes.Buffer
}

func (w *writes) Write(b []byte) (int, error) {
	w.n++
	w.largest = max(w.largest, len(b))
	return w.buf.Write(b)
}

// TestExportsStream: every format writes its output as it goes, in pieces
// (an event, or a buffer's worth for the native JSON), never the whole
// file at once, so that exporting the largest file holds a little of its
// output beside the dataset.
func TestExportsStream(t *testing.T) {
	ds := copies(t, 50)
	for _, format := range ExportFormats() {
		export, _ := ExporterFor(format)
		var w writes
		if err := export(&w, ds, locale.French); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		if w.largest > 1<<20 || w.largest*4 > w.buf.Len() {
			t.Errorf("%s: %d writes, the largest %d bytes, for %d events and %d bytes", format, w.n, w.largest, len(ds.Events), w.buf.Len())
		}
	}
}

// TestTimelineJSStreamedAsWhole: the TimelineJS export written a slide at
// a time is, byte for byte, the file encoded at once.
func TestTimelineJSStreamedAsWhole(t *testing.T) {
	for _, ds := range []*struct {
		name string
		lang locale.Lang
	}{{"bundled", locale.English}, {"bundled", locale.French}, {"synth", locale.English}} {
		d := bundledForTest(t)
		if ds.name == "synth" {
			d = copies(t, 5)
		}
		x := newTJSWriter(d, ds.lang)
		f := tjsOutFile{Title: x.titleSlide(), Own: x.fileOwn()}
		for i := range d.Sources {
			f.Own.Sources = append(f.Own.Sources, ownSourceOf(&d.Sources[i]))
		}
		for i := range d.Events {
			f.Events = append(f.Events, x.eventSlide(&d.Events[i]))
		}
		for _, era := range d.Eras {
			f.Eras = append(f.Eras, x.eraSlide(era))
		}
		var whole bytes.Buffer
		enc := json.NewEncoder(&whole)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(f); err != nil {
			t.Fatal(err)
		}
		streamed, err := ExportTimelineJS(d, ds.lang)
		if err != nil {
			t.Fatal(err)
		}
		if want := tjsScriptSafe(whole.Bytes()); !bytes.Equal(streamed, want) {
			t.Errorf("%s in %s: the streamed export differs from the whole: %s", ds.name, ds.lang, firstDifference(want, streamed))
		}
	}
}
