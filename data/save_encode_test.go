package data_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"timeline/data"
	"timeline/data/synth"
	"timeline/model"
)

// TestWriteNativeIsGolden: the bundled dataset, saved, is the committed
// json export, byte for byte (TestWriteNativeIsEncodingJSON holds the
// writer to encoding/json on other datasets).
func TestWriteNativeIsGolden(t *testing.T) {
	bundled, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "export", "summer2025-en.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := data.WriteNative(&got, bundled); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Error("WriteNative of the bundled dataset differs from testdata/export/summer2025-en.json")
	}
}

// TestWriteNativeIsEncodingJSON holds the one native writer (saves,
// copies and the json export) to encoding/json, byte for byte, on the
// bundled dataset, a synthetic one large enough to be encoded in blocks,
// datasets missing each optional part, and TimelineJS files with media,
// backgrounds, groups and a title slide.
func TestWriteNativeIsEncodingJSON(t *testing.T) {
	bundled, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	bare := &model.Dataset{Events: []model.Event{model.Event{ID: "a", Date: model.MustDate("2025"), Title: model.Plain("A")}.WithRefs(nil, []string{"s"}, nil)},
		Sources: []model.Source{{ID: "s", Outlet: "O"}}}
	bare.Index()
	eras := &model.Dataset{Title: model.Text{Fr: "Titre"}, Description: model.Plain("d"), Updated: model.MustDate("2025-02"),
		Eras: []model.Era{{Label: model.Plain("era"), Start: model.MustDate("2025")}}}
	sets := map[string]*model.Dataset{
		"bundled": bundled, "synthetic": synth.Generate(1500, 7), "bare": bare, "empty": {}, "eras": eras,
	}
	intro := false
	for _, name := range []string{"welcome.json", "all-media-types.json", "eras.json", "women_in_computing.csv"} {
		ds, _, err := data.Load(filepath.Join("testdata", "timelinejs", name))
		if err != nil {
			t.Fatal(err)
		}
		sets[name] = ds
		intro = intro || ds.Intro != nil
	}
	if !intro {
		t.Error("no TimelineJS file here has a title slide: the intro goes untested")
	}
	for name, ds := range sets {
		want, err := data.ReferenceNative(ds)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := data.WriteNative(&got, ds); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			i := 0
			for i < len(want) && i < got.Len() && want[i] == got.Bytes()[i] {
				i++
			}
			lo := max(0, i-80)
			t.Errorf("%s: differs at byte %d:\ngot  %q\nwant %q", name, i, got.Bytes()[lo:min(got.Len(), i+80)], want[lo:min(len(want), i+80)])
		}
	}
}

func TestWriteNativeRefusesControls(t *testing.T) {
	ds := synth.Generate(3, 1)
	ds.Events[1].Title.En = "bad \u0085 title" // a C1 control, which loading would have dropped
	if err := data.WriteNative(&bytes.Buffer{}, ds); err == nil {
		t.Error("a C1 control went through")
	}
	ds.Events[1].Title.En = "bad \x7f title"
	if err := data.WriteNative(&bytes.Buffer{}, ds); err == nil {
		t.Error("DEL went through")
	}
}
