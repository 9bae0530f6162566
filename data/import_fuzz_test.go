package data

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"timeline/locale"
	"timeline/model"
)

// FuzzParseTimelineJS feeds any bytes to the detecting loader: it must not
// panic, and whatever loads must validate, carry no control character and
// export in every format.
func FuzzParseTimelineJS(f *testing.F) {
	for _, name := range []string{"edge-v3.json", "legacy.json", "edge.csv", "bad-slides.json", "bad-rows.csv"} {
		b, err := os.ReadFile(filepath.Join("testdata", "timelinejs", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"events": [{"start_date": {"year": "2012"}, "text": {"headline": "<a href=\"https://x\">\u001b]52;c;x\u0007</a>"}}]}`))
	f.Add([]byte("Year,Headline\n2012,\"a\nb\"\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ds, _, err := Parse("fuzz", b)
		if err != nil {
			return
		}
		if ps := ds.Validate(); len(ps) > 0 {
			t.Fatalf("a loaded dataset has problems: %v", ps)
		}
		for i := range ds.Events {
			e := &ds.Events[i]
			for _, s := range []string{e.ID, e.Title.En, e.Summary.En, e.DateLabel().En} {
				if clean, _ := model.Sanitize(s); clean != s {
					t.Fatalf("unsanitised text %q", s)
				}
			}
		}
		for _, format := range ExportFormats() {
			export, _ := ExporterFor(format)
			if _, err := export.Bytes(ds, locale.English); err != nil {
				t.Fatalf("%s export: %v", format, err)
			}
		}
	})
}

// FuzzTimelineJSRoundTrip feeds any bytes to the forgiving loader; whatever
// opens must export to TimelineJS JSON and to a sheet, load back from
// either, and export again to the same bytes, in both languages.
func FuzzTimelineJSRoundTrip(f *testing.F) {
	for _, name := range []string{"edge-v3.json", "legacy.json", "edge.csv", "times.json", "no-headline.json",
		"cosmo.json", "all-media-types.json", "example.json", "template.csv", "eras.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", "timelinejs", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := ParseForgiving("fuzz", b)
		if err != nil {
			return
		}
		for _, format := range []string{"timelinejs", "csv"} {
			export, _ := ExporterFor(format)
			for _, lang := range []locale.Lang{locale.English, locale.French} {
				first, err := export.Bytes(l.Dataset, lang)
				if err != nil {
					t.Fatalf("%s export: %v", format, err)
				}
				back, err := ParseForgiving("export."+format, first)
				if err != nil {
					t.Fatalf("%s export does not load back: %v", format, err)
				}
				if second, _ := export.Bytes(back.Dataset, lang); !bytes.Equal(first, second) {
					t.Fatalf("%s export in %s is not stable: %s", format, lang, firstDifference(first, second))
				}
			}
		}
	})
}
