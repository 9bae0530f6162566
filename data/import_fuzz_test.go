package data

import (
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
			if _, err := export(ds, locale.English); err != nil {
				t.Fatalf("%s export: %v", format, err)
			}
		}
	})
}
