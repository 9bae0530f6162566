package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// loadTJS loads a file of testdata/timelinejs through Parse, as the command
// line does, and fails the test on any error.
func loadTJS(t *testing.T, name string) *model.Dataset {
	t.Helper()
	path := filepath.Join("testdata", "timelinejs", name)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ds, warnings, err := Parse(path, b)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	for _, w := range warnings {
		t.Errorf("%s: unexpected warning %s", name, w)
	}
	if ps := ds.Validate(); len(ps) > 0 {
		t.Errorf("%s: %d problems after load: %v", name, len(ps), ps)
	}
	return ds
}

// loadTJSError loads a file that must be refused and returns its issues.
func loadTJSError(t *testing.T, name string) []Issue {
	t.Helper()
	path := filepath.Join("testdata", "timelinejs", name)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = Parse(path, b)
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("%s: err = %v, want a *LoadError", name, err)
	}
	return le.Issues
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name, in string
		want     fileFormat
	}{
		{"native", `{"events": [{"id": "a", "date": "2025"}]}`, formatNative},
		{"native with eras after events", `{"events": [{"id": "a", "date": "2025"}], "eras": []}`, formatNative},
		{"v3 start_date", `{"events": [{"start_date": {"year": 2012}}]}`, formatTimelineJS},
		{"v3 unique_id", `{"events": [{"unique_id": "x"}]}`, formatTimelineJS},
		{"v3 text object", `{"events": [{"text": {"headline": "h"}}]}`, formatTimelineJS},
		{"v3 eras first", `{"eras": [], "events": [{}]}`, formatTimelineJS},
		{"v3 scale, empty events", `{"scale": "human", "events": []}`, formatTimelineJS},
		{"legacy", `{"timeline": {"headline": "h", "date": []}}`, formatLegacyTimelineJS},
		{"timeline key that is not legacy", `{"timeline": 3, "events": [{"id": "a"}]}`, formatNative},
		{"csv", "Year,Month,Day,Headline\n2012,,,x\n", formatSheetCSV},
		{"csv any case, BOM", "\xEF\xBB\xBFyear,HEADLINE\n", formatSheetCSV},
		{"csv without headline", "Year,Month\n", formatSheetCSV},
		{"semicolons", "Year;Month;Headline\n", formatSheetCSV},
		{"tabs", "Year\tHeadline\n", formatSheetCSV},
		{"utf-16", "\xFF\xFEY\x00", formatSheetCSV},
		{"welcome", `{"timeline": {"slides": []}}`, formatTimelineJS},
		{"broken JSON", `{"events": [`, formatNative},
		{"empty", "", formatNative},
		{"array", "[]", formatNative},
	}
	for _, tt := range tests {
		if got := detectFormat([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: detectFormat = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestImportSharedTimelineJSFiles(t *testing.T) {
	for _, name := range []string{"women_in_computing.json", "women_in_computing.csv", "template.csv"} {
		t.Run(name, func(t *testing.T) {
			ds := loadTJS(t, name)
			if len(ds.Events) != 10 {
				t.Errorf("%d events, want 10", len(ds.Events))
			}
			wantTitle := "Women in Computing"
			if name == "template.csv" {
				wantTitle = "MY OWN CSV"
			}
			if got := ds.Title.String(locale.English); got != wantTitle {
				t.Errorf("title = %q, want %q", got, wantTitle)
			}
			if !strings.HasPrefix(ds.Description.En, "In this sample timeline") {
				t.Errorf("description = %q, want the title slide's text without HTML", ds.Description.En)
			}
			ada := ds.Event("ada-lovelace")
			if ada == nil {
				t.Fatal("no event ada-lovelace")
			}
			if ada.Date.String() != "1815-12-10" || ada.End().String() != "1852-11-27" {
				t.Errorf("Ada Lovelace: %s – %s, want 1815-12-10 – 1852-11-27", ada.Date, ada.End())
			}
			if strings.ContainsAny(ada.Summary.En, "<>") || !strings.Contains(ada.Summary.En, "Take Ada Lovelace: Daughter") {
				t.Errorf("Ada Lovelace summary not plain text: %q", ada.Summary.En)
			}
			urls := present.SourceURLs(ds, ada)
			if len(urls) == 0 || urls[0] != "https://en.wikipedia.org/wiki/Ada_Lovelace" {
				t.Errorf("Ada Lovelace sources = %q, want the Wikipedia link first", urls)
			}
			eniac := ds.Event("and-the-women-who-made-it-work")
			if eniac == nil || eniac.Date.Precision != model.MonthPrecision || eniac.End().Precision != model.YearPrecision {
				t.Errorf("ENIAC women: want month precision 1943-07 to year 1946, got %+v", eniac)
			}
			if e := ds.Event("grace-hopper-invents-the-compiler"); e == nil || e.Date.Precision != model.YearPrecision {
				t.Errorf("Grace Hopper: want year precision, got %+v", e)
			}
			// No invented facts: the files give no kind and no status.
			for i := range ds.Events {
				e := &ds.Events[i]
				if e.Kind != model.NoKind || e.Status != model.NoStatus || len(e.Sources()) == 0 {
					t.Errorf("%s: kind %s, status %s, %d sources; want none, none, at least one", e.ID, e.Kind, e.Status, len(e.Sources()))
				}
			}
			if m := ada.Media(); m == nil || m.Credit != "Wikimedia Commons" || m.Caption != "Portrait by Alfred Edward Chalon" || len(m.CaptionLinks) != 1 {
				t.Errorf("Ada Lovelace media = %+v", m)
			}
		})
	}
}

func TestImportEdgeV3(t *testing.T) {
	ds := loadTJS(t, "edge-v3.json")
	if got := ds.Title.En; got != "Edge & cases" {
		t.Errorf("title = %q, want the entity decoded", got)
	}
	want := map[string]string{
		"year-only-as-a-number":   "2012",
		"year-only-as-a-number-2": "2012",
		"month-as-strings":        "2012-03",
		"pi-day":                  "2012-03-14",
		"approximate":             "2012-07",
		"month-only-as-a-number":  "2012-07",
	}
	if len(ds.Events) != len(want) {
		t.Errorf("%d events, want %d", len(ds.Events), len(want))
	}
	for id, date := range want {
		if e := ds.Event(id); e == nil || e.Date.String() != date {
			t.Errorf("event %s: got %+v, want date %s", id, e, date)
		}
	}
	if e := ds.Event("month-as-strings"); e.Summary.En != "Tom & Jerry été — <b>not bold</b>" {
		t.Errorf("entities: summary = %q", e.Summary.En)
	}
	pi := ds.Event("pi-day")
	if pi.Kind != model.Hire || pi.End().String() != "2012-04" || pi.Title.En != "Bold headline" {
		t.Errorf("pi-day: kind %s, end %s, title %q; want hire (from the group), 2012-04, tags stripped", pi.Kind, pi.End(), pi.Title.En)
	}
	if pi.Summary.En != "First link.\n\n- one\n- two\nlines\n\nbad" {
		t.Errorf("pi-day summary = %q", pi.Summary.En)
	}
	if got := present.SourceURLs(ds, pi); len(got) != 1 || got[0] != "https://example.com/a?x=1&y=2" {
		t.Errorf("pi-day sources = %q, want only the https link (javascript: refused)", got)
	}
	// A display date is the label, as written, and makes nothing
	// approximate; a group is a group, and a kind only when it names one.
	approx := ds.Event("approximate")
	if approx.Approximate || approx.DateLabel().En != "mid-July 2012" || approx.Group() != "Economy" || approx.Kind != model.NoKind || len(approx.Tags()) != 0 {
		t.Errorf("approximate: %+v; want the display date as label and the group as a group", approx)
	}
	if e := ds.Event("month-only-as-a-number"); e.Approximate || e.DateLabel().En != "July 2012" {
		t.Errorf("a display date is kept as written: %+v", e)
	}
	if pi.Group() != "Hire" {
		t.Errorf("pi-day: group %q", pi.Group())
	}
	photo := ds.Event("year-only-as-a-number-2")
	if m := photo.Media(); m == nil || m.Credit != "Example Photo Agency" || m.Caption != "A photo" || m.URL != "https://example.org/photo.jpg" {
		t.Errorf("media = %+v, want its address, credit and caption", m)
	}
	if len(ds.Eras) != 1 || ds.Eras[0].Label.En != "First half" || ds.Eras[0].Start.String() != "2012-01" || ds.Eras[0].End.String() != "2012-06" {
		t.Errorf("eras = %+v", ds.Eras)
	}
	fileSrc := ds.Source(ds.Event("year-only-as-a-number").Sources()[0])
	if fileSrc == nil || fileSrc.Outlet != "Edge & cases" || fileSrc.Title != "Edge & cases" {
		t.Errorf("a slide without links must cite the file: %+v", fileSrc)
	}
}

func TestImportLegacy(t *testing.T) {
	ds := loadTJS(t, "legacy.json")
	if ds.Title.En != "A TimelineJS 2 timeline" || ds.Description.En != "Legacy shape" {
		t.Errorf("title %q, description %q", ds.Title.En, ds.Description.En)
	}
	day := ds.Event("day-with-an-end")
	if day == nil || day.Date.String() != "2012-01-26" || day.End().String() != "2012-01-27" || day.Kind != model.Policy {
		t.Fatalf("legacy day: %+v", day)
	}
	if got := present.SourceURLs(ds, day); len(got) != 1 || got[0] != "http://news.example/story" {
		t.Errorf("legacy sources = %q", got)
	}
	if e := ds.Event("month-only"); e == nil || e.Date.String() != "2011-12" {
		t.Errorf("month only: %+v", e)
	}
	if e := ds.Event("year-only"); e == nil || e.Date.String() != "2011" || e.Media() == nil || e.Media().URL != "https://example.net/v" || e.Media().Caption != "Video" {
		t.Errorf("year only with a media link: %+v", e)
	}
	if len(ds.Eras) != 1 || ds.Eras[0].Start.String() != "2011-12-10" {
		t.Errorf("legacy eras = %+v", ds.Eras)
	}
}

func TestImportSheetEdges(t *testing.T) {
	ds := loadTJS(t, "edge.csv")
	if ds.Title.En != "Sheet & edges" {
		t.Errorf("title = %q", ds.Title.En)
	}
	if len(ds.Events) != 3 {
		t.Fatalf("%d events, want 3 (title, era and blank rows are not events)", len(ds.Events))
	}
	ml := ds.Event("multi-line-cell")
	if ml == nil || ml.Summary.En != `First line second line, with a comma and "quotes"` || ml.Kind != model.Departure || ml.Date.String() != "2012-01-26T10:00" {
		t.Errorf("multi-line cell at 10:00: %+v", ml)
	}
	if e := ds.Event("year-only"); e == nil || e.Group() != "Economy" {
		t.Errorf("the Tag column must give the group: %+v", e)
	}
	if e := ds.Event("approximate-month"); e == nil || e.DateLabel().En != "late February 2012" || e.Date.String() != "2012-02" {
		t.Errorf("approximate month: %+v", e)
	}
	if len(ds.Eras) != 1 || ds.Eras[0].Label.En != "An era row" || ds.Eras[0].End.String() != "2013" {
		t.Errorf("eras = %+v", ds.Eras)
	}
}

func TestImportProblemsNameSlideOrRow(t *testing.T) {
	issues := loadTJSError(t, "bad-slides.json")
	want := []string{
		`slide 2 "Month 13": events[1].start_date.month: month 13 is not 1–12; slide skipped`,
		`slide 4 "Not a number": events[3].start_date.year: "twenty" is not a whole number; slide skipped`,
		`slide 5 "No date": events[4].start_date: missing date: a slide needs at least a year; slide skipped`,
		`warning: slide 3: event "2012": events[2].headline: no headline: titled "2012" from its date`,
	}
	checkIssues(t, issues, want)

	issues = loadTJSError(t, "bad-rows.csv")
	want = []string{
		`bad-rows.csv:2:1: slide 1 "February 30": row 2: start_date.day: day 30 is not in February 2012; slide skipped`,
		`bad-rows.csv:4:1: slide 3 "Bad year": row 4: start_date.year: "a,b" is not a whole number; slide skipped`,
		`bad-rows.csv:3:1: warning: slide 2: event "2012": row 3: headline: no headline: titled "2012" from its date`,
	}
	checkIssues(t, issues, want)

	issues = loadTJSError(t, "bad-quote.csv")
	checkIssues(t, issues, []string{`bad-quote.csv:2:`})
}

// checkIssues wants each of want in a different issue, and no other issue.
func checkIssues(t *testing.T, issues []Issue, want []string) {
	t.Helper()
	if len(issues) != len(want) {
		t.Errorf("%d issues, want %d:\n%v", len(issues), len(want), issues)
	}
	for _, w := range want {
		found := false
		for _, is := range issues {
			if strings.Contains(is.String(), w) {
				found = true
			}
		}
		if !found {
			t.Errorf("no issue contains %q in:\n%v", w, issues)
		}
	}
}

func TestImportRefusals(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"no events", `{"title": {"text": {"headline": "t"}}, "events": [], "scale": "human"}`, "no events"},
		{"bad JSON in v3", `{"scale": "human", "events": [{"start_date": {"year": {}}}]}`, "want"},
		{"year beyond", `{"events": [{"start_date": {"year": -1000000000000}, "text": {"headline": "h"}}]}`, "beyond"},
		{"time without a day", `{"events": [{"start_date": {"year": 2012, "hour": 3}, "text": {"headline": "h"}}]}`, "a time of day without a day"},
		{"day without month", `{"events": [{"start_date": {"year": 2012, "day": 3}, "text": {"headline": "h"}}]}`, "a day without a month"},
		{"duplicate unique_id", `{"events": [{"unique_id": "a", "start_date": {"year": 2012}, "text": {"headline": "h"}}, {"unique_id": "a", "start_date": {"year": 2012}, "text": {"headline": "h"}}]}`, "duplicate"},
		{"csv with only a header", "Year,Headline\n", "no events"},
		{"era ending before it starts", `{"events": [{"start_date": {"year": 2012}, "text": {"headline": "h"}}], "eras": [{"start_date": {"year": 2012}, "end_date": {"year": 2011}, "text": {"headline": "e"}}]}`, "era ends"},
	}
	for _, tt := range tests {
		_, _, err := Parse(tt.name, []byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want it to mention %q", tt.name, err, tt.want)
		}
	}
}

func TestImportSanitisesHostileText(t *testing.T) {
	in := `{"events": [{"start_date": {"year": 2012}, "text": {"headline": "a\u001b]52;c;ZXZpbA==\u0007b\u009b31m", "text": "x\u202ey &#27;[2J"}}]}`
	ds, _, err := Parse("hostile.json", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	e := &ds.Events[0]
	for _, s := range []string{e.Title.En, e.Summary.En, e.ID} {
		for _, r := range s {
			if r < 0x20 && r != '\n' || r >= 0x7f && r <= 0x9f || r == '\u202e' {
				t.Errorf("control %U left in %q", r, s)
			}
		}
	}
}
