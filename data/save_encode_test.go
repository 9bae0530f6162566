package data_test

import (
	"bytes"
	"testing"

	"timeline/data"
	"timeline/data/synth"
	"timeline/model"
)

// TestWriteNativeIsExportJSON holds the streaming writer to the exporter,
// byte for byte, on the bundled dataset, a synthetic one, and datasets
// missing each optional part.
func TestWriteNativeIsExportJSON(t *testing.T) {
	bundled, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	bare := &model.Dataset{Events: []model.Event{{ID: "a", Date: model.MustDate("2025"), Title: model.Plain("A"), Sources: []string{"s"}}},
		Sources: []model.Source{{ID: "s", Outlet: "O"}}}
	bare.Index()
	empty := &model.Dataset{}
	eras := &model.Dataset{Title: model.Text{Fr: "Titre"}, Description: model.Plain("d"), Updated: model.MustDate("2025-02"),
		Eras: []model.Era{{Label: model.Plain("era"), Start: model.MustDate("2025")}}}
	for name, ds := range map[string]*model.Dataset{
		"bundled": bundled, "synthetic": synth.Generate(1500, 7), "bare": bare, "empty": empty, "eras": eras,
	} {
		want, err := data.ExportJSON(ds, "en")
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
