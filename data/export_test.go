package data

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// updateExports rewrites the golden exports of the bundled dataset. It is
// not called -update: teatest owns that name.
var updateExports = flag.Bool("update-exports", false, "rewrite testdata/export/*")

func bundledForTest(t *testing.T) *model.Dataset {
	t.Helper()
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func TestExportGoldens(t *testing.T) {
	ds := bundledForTest(t)
	for _, format := range ExportFormats() {
		for _, lang := range []locale.Lang{locale.English, locale.French} {
			if format == "json" && lang == locale.French {
				continue // every language is in the JSON
			}
			t.Run(format+"-"+string(lang), func(t *testing.T) {
				export, _ := ExporterFor(format)
				got, err := export.Bytes(ds, lang)
				if err != nil {
					t.Fatal(err)
				}
				again, _ := export.Bytes(ds, lang)
				if !bytes.Equal(got, again) {
					t.Error("two exports of the same dataset differ")
				}
				path := filepath.Join("testdata", "export", "summer2025-"+string(lang)+"."+format)
				if *updateExports {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, got, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test ./data -update-exports)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s differs from the golden file; run go test ./data -update-exports and review the diff", path)
				}
			})
		}
	}
}

func TestExportNoControlBytes(t *testing.T) {
	ds := bundledForTest(t)
	for _, format := range ExportFormats() {
		export, _ := ExporterFor(format)
		b, err := export.Bytes(ds, locale.English)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(b) {
			t.Errorf("%s: invalid UTF-8", format)
		}
		for i, c := range b {
			if c < 0x20 && c != '\n' && c != '\t' && !(c == '\r' && format == "ics") || c == 0x7f {
				t.Errorf("%s: control byte %#x at %d", format, c, i)
				break
			}
		}
	}
	if _, err := checkOutput("x", []byte("a\x1b[2Jb"), false); err == nil {
		t.Error("checkOutput let ESC through")
	}
	if _, err := checkOutput("x", []byte("a\u009bb"), false); err == nil {
		t.Error("checkOutput let a C1 control through")
	}
}

func TestExportJSONRoundTrip(t *testing.T) {
	orig := bundledForTest(t)
	b, err := ExportJSON(orig, locale.English)
	if err != nil {
		t.Fatal(err)
	}
	back, warnings, err := ParseNative("export.json", b)
	if err != nil || len(warnings) > 0 {
		t.Fatalf("exported JSON does not load back: %v %v", err, warnings)
	}
	for name, pair := range map[string][2]any{
		"title":           {orig.Title, back.Title},
		"description":     {orig.Description, back.Description},
		"updated":         {orig.Updated, back.Updated},
		"events":          {orig.Events, back.Events},
		"people":          {orig.People, back.People},
		"orgs":            {orig.Orgs, back.Orgs},
		"sources":         {orig.Sources, back.Sources},
		"reporting_lines": {orig.ReportingLines, back.ReportingLines},
		"eras":            {orig.Eras, back.Eras},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("%s differ after export and load", name)
		}
	}
	// An imported timeline keeps its eras and events through the native
	// format; what its slides hold besides (media, group…) waits for the
	// native decoder to read it (TestNativeKeepsSlides).
	imported := loadTJS(t, "edge-v3.json")
	b, err = ExportJSON(imported, locale.English)
	if err != nil {
		t.Fatal(err)
	}
	back, _, err = Parse("edge.json", b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(imported.Eras, back.Eras) || !reflect.DeepEqual(withoutSlides(imported.Events), withoutSlides(back.Events)) {
		t.Error("an imported timeline changed through the native format")
	}
}

// TestExportTimelineJSRoundTrip: the same ids (unique_id), dates with
// their precision, labels, kinds, statuses, people, claims, quotes and
// sources, both languages; and for the readers of the published timeline,
// every source outlet and person is in the slide's text.
func TestExportTimelineJSRoundTrip(t *testing.T) {
	orig := bundledForTest(t)
	b, err := ExportTimelineJS(orig, locale.English)
	if err != nil {
		t.Fatal(err)
	}
	if detectFormat(b) != formatTimelineJS {
		t.Fatalf("the export is detected as %s", detectFormat(b))
	}
	back, _, err := Parse("export.timelinejs.json", b)
	if err != nil {
		t.Fatal(err)
	}
	checkSameDataset(t, orig, back)
	var f struct{ Events []tjsOutSlide }
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	for i, s := range f.Events {
		o := &orig.Events[i]
		for _, id := range o.Sources() {
			if src := orig.Source(id); !strings.Contains(s.Text.Text, htmlText(src.Outlet)) {
				t.Errorf("%s: source %s missing from the slide text", o.ID, src.Outlet)
			}
		}
		for _, p := range o.People {
			if name := orig.PersonName(p.ID()); !strings.Contains(s.Text.Text, name) {
				t.Errorf("%s: person %s missing from the slide text", o.ID, name)
			}
		}
		if s.Group != o.Kind.String() {
			t.Errorf("%s: group %q, want the kind %s", o.ID, s.Group, o.Kind)
		}
	}
}

// TestExportCSVRoundTrip: the sheet has no id column, so events are
// matched by headline (ids become slugs of it); dates keep their precision.
func TestExportCSVRoundTrip(t *testing.T) {
	orig := bundledForTest(t)
	b, err := ExportCSV(orig, locale.English)
	if err != nil {
		t.Fatal(err)
	}
	header, _ := csv.NewReader(bytes.NewReader(b)).Read()
	if strings.Join(header, ",") != "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background" {
		t.Errorf("header = %q", header)
	}
	back, _, err := Parse("export.csv", b)
	if err != nil {
		t.Fatal(err)
	}
	if back.Title.En != orig.Title.En || len(back.Events) != len(orig.Events) {
		t.Fatalf("title %q and %d events, want %q and %d", back.Title.En, len(back.Events), orig.Title.En, len(orig.Events))
	}
	byTitle := map[string]*model.Event{}
	for i := range back.Events {
		byTitle[back.Events[i].Title.En] = &back.Events[i]
	}
	for i := range orig.Events {
		o, e := &orig.Events[i], byTitle[orig.Events[i].Title.En]
		if e == nil {
			t.Errorf("%s: no event with its headline came back", o.ID)
			continue
		}
		// The sheet has no place for the approximate mark: a label says it.
		if e.Date != o.Date || e.End() != o.End() || e.Kind != o.Kind || e.Title.En != o.Title.En || e.DateLabel().En != displayOf(o) {
			t.Errorf("%s: %s–%s %s %q label %q, want %s–%s %s %q label %q", o.ID, e.Date, e.End(), e.Kind, e.Title.En, e.DateLabel().En,
				o.Date, o.End(), o.Kind, o.Title.En, displayOf(o))
		}
	}
	// Eras survive the sheet too.
	imported := loadTJS(t, "edge-v3.json")
	b, _ = ExportCSV(imported, locale.English)
	back, _, err = Parse("edge.csv", b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Eras, imported.Eras) {
		t.Errorf("eras %+v, want %+v", back.Eras, imported.Eras)
	}
}

// displayOf is what a sheet's Display Date says of an event in English:
// its label, else "about" its date when it is approximate.
func displayOf(e *model.Event) string {
	switch {
	case e.DateLabel().En != "":
		return e.DateLabel().En
	case e.Approximate:
		return "about " + present.FormatDate(e.Date, locale.English)
	}
	return ""
}

func TestExportICS(t *testing.T) {
	ds := bundledForTest(t)
	b, err := ExportICS(ds, locale.English)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\n") || !strings.HasSuffix(s, "END:VCALENDAR\r\n") {
		t.Error("every line must end in CRLF")
	}
	for _, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets: %q", len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("a fold split a character: %q", l)
		}
	}
	unfolded := strings.ReplaceAll(s, "\r\n ", "")
	if n := strings.Count(unfolded, "BEGIN:VEVENT\r\n"); n != len(ds.Events) {
		t.Errorf("%d VEVENTs, want %d", n, len(ds.Events))
	}
	for _, want := range []string{
		"UID:rishabh-agarwal-leaves-msl@timeline\r\n",
		"DTSTAMP:20261203T000000Z\r\n",
		"DTSTART;VALUE=DATE:20250825\r\n",
		"DTSTART;VALUE=DATE:20250801\r\n", // rohan-varma-leaves-meta, August 2025
		"DESCRIPTION:Date precision: month (August 2025)",
		"DESCRIPTION:Approximate date: mid-August 2025 (the week before 20 August\\; no end date given)",
		"DTEND;VALUE=DATE:20250830\r\n", // the FT reports of late August end on 29 August
		"SUMMARY:Meta buys 49% of Scale AI and hires its chief executive\\, Alexandr Wang\r\n",
	} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("missing %q", want)
		}
	}
}

func TestICSFoldAndEscape(t *testing.T) {
	if got, want := icsText("a,b;c\\d\ne"), `a\,b\;c\\d\ne`; got != want {
		t.Errorf("icsText = %q, want %q", got, want)
	}
	var w icsWriter
	w.line("DESCRIPTION:" + strings.Repeat("é", 100))
	lines := strings.Split(strings.TrimSuffix(w.b.String(), "\r\n"), "\r\n")
	for i, l := range lines {
		if len(l) > 75 || !utf8.ValidString(l) || i > 0 && !strings.HasPrefix(l, " ") {
			t.Errorf("folded line %d = %q", i, l)
		}
	}
	if got := strings.ReplaceAll(w.b.String(), "\r\n ", ""); got != "DESCRIPTION:"+strings.Repeat("é", 100)+"\r\n" {
		t.Errorf("unfolding does not give the line back: %q", got)
	}
}

func TestExportMarkdown(t *testing.T) {
	ds := bundledForTest(t)
	b, err := ExportMarkdown(ds, locale.English)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{
		"# Meta Superintelligence Labs: the summer of 2025 and what followed\n",
		"\n## June 2025\n",
		"\n## August 2025\n",
		"### Aug. 25, 2025 · departure · Researcher Rishabh Agarwal says he is leaving Meta instead of joining TBD Lab\n",
		"1. [Observer, “Alexandr Wang leaves Scale AI for Meta”, June 13, 2025](https://observer.com/2025/06/alexandr-wang-leaves-scale-ai-meta/)\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("missing %q", want)
		}
	}
	if got := mdLineStart("# not a heading"); got != `\# not a heading` {
		t.Errorf("mdLineStart = %q", got)
	}
	if got := mdLineStart("1. not a list"); got != `1\. not a list` {
		t.Errorf("mdLineStart = %q", got)
	}
}
