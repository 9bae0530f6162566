package data

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"timeline/model"
)

// The bad files of the "Loading:" line of docs/HOSTILE_INPUT.md that the
// native tests (native_test.go, read_test.go) do not already cover: the
// importers' side of them.

// parseLinear parses b and fails when that takes more than maxRatio times
// a reference that is linear by construction, timed just before: checking
// with json.Valid a plain JSON array of strings as long as b. A ratio, not
// a time, so that a slow machine or -race does not fail it while a parser
// gone quadratic on b does.
func parseLinear(t *testing.T, name string, b []byte) (*model.Dataset, []Issue, error) {
	t.Helper()
	const maxRatio = 40
	ref := linearReference(len(b))
	start := time.Now()
	ds, issues, err := Parse(name, b)
	took := time.Since(start)
	if took > 20*time.Millisecond && took > maxRatio*ref {
		t.Errorf("%s: parsing took %v, %.0f times the linear reference for its %d bytes (%v); want under %d times",
			name, took, float64(took)/float64(ref), len(b), ref, maxRatio)
	}
	t.Logf("%s: parsing %v, linear reference %v, ratio %.1f", name, took, ref, float64(took)/float64(ref))
	return ds, issues, err
}

// linearReference returns how long json.Valid takes over a JSON array of
// short strings of about n bytes.
func linearReference(n int) time.Duration {
	const item = `"abcdefgh ijklmnop",`
	doc := []byte("[" + strings.Repeat(item, n/len(item)+1) + `""]`)
	start := time.Now()
	if !json.Valid(doc) {
		panic("the reference document is not JSON")
	}
	return time.Since(start)
}

// TestHostileDatasetLoadsClean loads the hostile dataset that the UI and
// end-to-end tests browse: every one of its payloads loads, and no string
// of the result holds a control character.
func TestHostileDatasetLoadsClean(t *testing.T) {
	ds, _, err := Load(filepath.Join("..", "testdata", "hostile.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Events) < 20 {
		t.Errorf("%d events, want one per payload (at least 20)", len(ds.Events))
	}
	checkCleanStrings(t, ds)
	// The visible text around the payloads survives.
	for id, want := range map[string]string{
		"osc52-title": "Clipboard grab", "unterminated-osc": "the rest stays", "osc8-link": "https://bank.example/",
		"lone-esc": "Lone escape at the end", "bidi": "Trojan source and isolate", "tabs": "Tab separated",
	} {
		e := ds.Event(id)
		if e == nil {
			t.Errorf("no event %q", id)
			continue
		}
		if got := e.Title.En; !strings.Contains(got, want) {
			t.Errorf("%s: title %q lost %q", id, got, want)
		}
	}
	if e := ds.Event("osc8-link"); e != nil && strings.Contains(e.Title.En, "evil") {
		t.Errorf("the OSC 8 target survived: %q", e.Title.En)
	}
}

// TestImporterDeepNesting: 20,000 levels in a TimelineJS file end in a
// one-line error, quickly, without a stack overflow.
func TestImporterDeepNesting(t *testing.T) {
	const depth = 20000
	for _, tt := range []struct{ name, body string }{
		{"arrays in a headline", `{"events": [{"start_date": {"year": 2012}, "text": {"headline": ` + strings.Repeat("[", depth) + strings.Repeat("]", depth) + `}}]}`},
		{"objects in an era", `{"scale": "human", "events": [], "eras": [` + strings.Repeat(`{"a": `, depth) + "1" + strings.Repeat("}", depth) + `]}`},
		{"unclosed in a v3 event", `{"events": [{"start_date": {"year": 2012}, "media": ` + strings.Repeat(`{"x": [`, depth)},
		{"legacy, unclosed", `{"timeline": {"date": [` + strings.Repeat("[", depth)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ds, _, err := parseLinear(t, "deep.json", []byte(tt.body))
			if ds != nil {
				t.Fatal("a dataset loaded")
			}
			checkLoadError(t, "deep.json", err)
		})
	}
}

// TestImporterWrongTypes: a wrong type leaves no half-filled dataset and
// the message is one line naming the file.
func TestImporterWrongTypes(t *testing.T) {
	for _, tt := range []struct{ name, body string }{
		{"v3 text a number", `{"events": [{"start_date": {"year": 2012}, "text": 5}]}`},
		{"v3 events an object", `{"scale": "human", "events": {"a": 1}}`},
		{"v3 headline an array", `{"events": [{"start_date": {"year": 2012}, "text": {"headline": ["x"]}}]}`},
		{"legacy date a string", `{"timeline": {"date": "2012"}}`},
		{"second event broken", `{"events": [{"start_date": {"year": 2012}, "text": {"headline": "fine"}}, {"start_date": "2012"}]}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ds, _, err := Parse("types.json", []byte(tt.body))
			if ds != nil {
				t.Fatalf("a dataset of %d events loaded", len(ds.Events))
			}
			checkLoadError(t, "types.json", err)
		})
	}
}

// TestHugeCells: a 10 MB cell in a CSV sheet, a 10 MB headline in
// TimelineJS and a 10 MB native title load quickly, clipped, with a
// warning that says so.
func TestHugeCells(t *testing.T) {
	huge := strings.Repeat("ab\x1b[31mcd ", 10<<20/10)
	for _, tt := range []struct{ name, body string }{
		{"sheet.csv", "Year,Headline\n2012,\"" + huge + "\"\n"},
		{"v3.json", `{"events": [{"start_date": {"year": 2012}, "text": {"headline": "` + strings.ReplaceAll(huge, "\x1b", `\u001b`) + `"}}]}`},
		{"native.json", strings.Replace(minimalWith(`"T"`, ""), `"T"`, `"`+strings.ReplaceAll(huge, "\x1b", `\u001b`)+`"`, 1)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ds, issues, err := parseLinear(t, tt.name, []byte(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			title := ds.Events[0].Title.En
			if len(title) > model.MaxFieldBytes || !strings.HasSuffix(title, "…") || !utf8.ValidString(title) {
				t.Errorf("title of %d bytes, want clipped to %d with an ellipsis", len(title), model.MaxFieldBytes)
			}
			checkCleanStrings(t, ds)
			warned := false
			for _, is := range issues {
				warned = warned || is.Warning && strings.Contains(is.String(), "clipped")
			}
			if !warned {
				t.Errorf("no warning says the field was clipped: %v", issues)
			}
		})
	}
}
