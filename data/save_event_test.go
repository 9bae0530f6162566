package data

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"timeline/model"
)

// wantIndented is v as encoding/json writes a list item of the native
// format: indented with the items' prefix, HTML not escaped.
func wantIndented(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("    ", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// TestAppendEventIsEncodingJSON holds the field-by-field writers of events
// and sources to encoding/json of EventJSON and SourceJSON, on the
// bundled dataset, TimelineJS files and events made to have every field
// and every character that JSON escapes; those the writers leave to the
// general way (a slide, a third language) must be the only ones.
func TestAppendEventIsEncodingJSON(t *testing.T) {
	var events []model.Event
	var sources []model.Source
	bundled, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	events, sources = append(events, bundled.Events...), append(sources, bundled.Sources...)
	for _, name := range []string{"welcome.json", "all-media-types.json", "women_in_computing.csv", "cosmo.json", "times.json"} {
		ds, _, err := Load(filepath.Join("testdata", "timelinejs", name))
		if err != nil {
			t.Fatal(err)
		}
		events, sources = append(events, ds.Events...), append(sources, ds.Sources...)
	}
	odd := "<a href=\"x\">&amp;</a> \\ \u2028\u2029 é 😀 \x7f\xff end"
	role := model.Text{Fr: "PDG <b>"}
	full := model.Event{ID: "e&<>", Date: model.MustDate("-0044-03-15"), Approximate: true, Kind: model.NoKind,
		Status: model.NoStatus, Title: model.Text{En: odd, Fr: "fr"}, Summary: model.Text{Fr: "résumé\nligne"},
		People: []model.PersonRef{model.NewPersonRef("p"), model.NewPersonRef("q").WithRole(&role)}, Extra: &model.EventExtra{Claims: []model.Claim{{By: "b"}, {Text: model.Plain(odd), Stance: "denies", Source: "s"}},
			Quotes:  []model.Quote{{Speaker: "p", Text: odd}, {Text: "t", Lang: "fr", Translation: model.Text{En: "tr"}, Source: "s"}},
			Related: []string{"r"}}}.WithEnd(model.MustDate("2025-10-22T14:30:05.250")).WithDateLabel(model.Text{En: "the Ides"}).WithRefs([]string{"o<"}, []string{}, []string{"t&"})
	bare := model.Event{ID: "bare"}
	other := model.Event{ID: "other", Title: model.Text{En: "x", Other: map[string]string{"de": "y"}}}
	slide := model.Event{ID: "slide", Extra: &model.EventExtra{Slide: &model.Slide{Group: "g"}}}
	events = append(events, full, bare, other, slide)
	sources = append(sources, model.Source{ID: "s", Outlet: odd, Title: odd, Published: model.MustDate("2025"), URL: "https://x/?a=1&b=<2>"}.
		WithVia("v").WithNote(model.Text{En: "n", Fr: "<n>"}), model.Source{}, model.Source{ID: "o"}.WithNote(model.Text{Other: map[string]string{"de": "z"}}))

	ji := newJSONIndenter("    ")
	general := []string{}
	for i := range events {
		e := &events[i]
		got, ok := ji.appendEvent(nil, e)
		if !ok {
			general = append(general, e.ID)
			continue
		}
		if want := wantIndented(t, EventJSON(e)); !bytes.Equal(got, want) {
			t.Errorf("event %q:\ngot  %s\nwant %s", e.ID, got, want)
		}
	}
	if !slices.Contains(general, "other") || !slices.Contains(general, "slide") || slices.Contains(general, "e&<>") {
		t.Errorf("left to the general way: %q", general)
	}
	for i := range sources {
		s := &sources[i]
		got, ok := ji.appendSource(nil, s)
		if !ok {
			if s.ID != "o" {
				t.Errorf("source %q left to the general way", s.ID)
			}
			continue
		}
		if want := wantIndented(t, SourceJSON(s)); !bytes.Equal(got, want) {
			t.Errorf("source %q:\ngot  %s\nwant %s", s.ID, got, want)
		}
	}
}

// TestFieldWritersKnowEveryKey fails when EventJSON's or SourceJSON's
// value, or an event's person, claim or quote, gains a field that
// appendEvent or appendSource neither writes nor leaves to the general
// way: a save would drop it.
func TestFieldWritersKnowEveryKey(t *testing.T) {
	for _, c := range []struct {
		v    any
		want []string
	}{
		{EventJSON(&model.Event{}), eventOutKeys},
		{SourceJSON(&model.Source{}), sourceOutKeys},
		{wirePerRef{}, []string{"id", "role"}},
		{wireClaim{}, []string{"text", "by", "stance", "source"}},
		{wireQuote{}, []string{"speaker", "text", "lang", "translation", "source"}},
	} {
		ji := newJSONIndenter("")
		fields, ok := ji.plan(reflect.TypeOf(c.v))
		if !ok {
			t.Fatalf("%T: no plan", c.v)
		}
		var keys []string
		for _, f := range fields {
			keys = append(keys, strings.TrimSuffix(strings.Trim(f.key, `": `), `"`))
		}
		if !slices.Equal(keys, c.want) {
			t.Errorf("%T has the keys %q; the field-by-field writer knows %q: teach it the new ones", c.v, keys, c.want)
		}
	}
}
