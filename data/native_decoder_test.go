package data_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"timeline/data"
	"timeline/data/synth"
	"timeline/model"
)

// decoderCases are valid native files: the bundled dataset, the good test
// files and a synthetic one.
func decoderCases(t testing.TB) map[string][]byte {
	t.Helper()
	cases := map[string][]byte{"bundled": data.BundledJSON()}
	paths, _ := filepath.Glob("testdata/good/*.json")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		cases[p] = b
	}
	var buf bytes.Buffer
	if err := synth.Write(&buf, 3000, 7); err != nil {
		t.Fatal(err)
	}
	cases["synthetic"] = buf.Bytes()
	return cases
}

// addDecoderSeeds seeds a fuzzer with the decoder's test cases, but for
// the large ones.
func addDecoderSeeds(f *testing.F) {
	for _, b := range decoderCases(f) {
		if len(b) < 64<<10 {
			f.Add(b)
		}
	}
}

// TestStreamMatchesMemory checks that a file reads the same streamed in
// pieces of any size (one byte at a time: every token meets the end of the
// window) as from memory, and that the text is packed for the search
// index either way.
func TestStreamMatchesMemory(t *testing.T) {
	for name, b := range decoderCases(t) {
		want, _, err := data.ParseNative(name, b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, text, warnings, err := data.DecodeStream(name, iotest.OneByteReader(bytes.NewReader(b)))
		if err != nil || len(warnings) > 0 {
			t.Fatalf("%s one byte at a time: %v %v", name, warnings, err)
		}
		if text == nil {
			t.Errorf("%s: no packed text", name)
		}
		if !sameData(got, want) {
			t.Fatalf("%s: streamed and in-memory datasets differ", name)
		}
	}
}

// TestGeneratedRoundTrip checks the decoder against datasets it did not
// read: the generator's, written by the encoder, read back equal.
func TestGeneratedRoundTrip(t *testing.T) {
	for _, seed := range []int64{1, 2, 3} {
		g := synth.Generate(500, seed)
		g.Index()
		b, err := data.ExportJSON(g, "en")
		if err != nil {
			t.Fatal(err)
		}
		ds, warnings, err := data.ParseNative("generated", b)
		if err != nil || len(warnings) > 0 {
			t.Fatalf("seed %d: %v %v", seed, warnings, err)
		}
		if !sameData(ds, g) {
			t.Fatalf("seed %d: the dataset read back differs from the one written", seed)
		}
	}
}

// TestEveryFieldRoundTrip writes a dataset with every field of the format
// set, each to a value of its own, and reads it back: a field the
// decoder's tables read into the wrong place, or not at all, shows.
func TestEveryFieldRoundTrip(t *testing.T) {
	ds := everyField()
	ds.Index()
	b, err := data.ExportJSON(ds, "en")
	if err != nil {
		t.Fatal(err)
	}
	got, warnings, err := data.ParseNative("every-field", b)
	if err != nil || len(warnings) > 0 {
		t.Fatalf("%v %v", warnings, err)
	}
	if !sameData(got, ds) {
		t.Fatalf("read back differently:\nwrote %+v\nread  %+v", ds.Events, got.Events)
	}
}

// TestEveryFieldIsSet keeps everyField whole: a field added to the model
// and left out of it fails here, so that the round trip above covers it.
func TestEveryFieldIsSet(t *testing.T) {
	set := map[string]bool{}
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(path, v.Elem())
			}
		case reflect.Struct:
			if v.Type() == reflect.TypeFor[model.Date]() {
				set[path] = set[path] || !v.IsZero()
				return
			}
			for i := range v.NumField() {
				if f := v.Type().Field(i); f.IsExported() || f.Name == "role" || f.Name == "note" {
					walk(v.Type().Name()+"."+f.Name, v.Field(i))
				}
			}
		case reflect.Slice:
			set[path] = set[path] || v.Len() > 0
			for i := range v.Len() {
				walk(path, v.Index(i))
			}
		default:
			set[path] = set[path] || !v.IsZero()
		}
	}
	walk("Dataset", reflect.ValueOf(everyField()).Elem())
	for path, ok := range set {
		if path == "Dataset.Origin" {
			continue // where the file was fetched from, not what it holds
		}
		if !ok {
			t.Errorf("everyField leaves %s empty", path)
		}
	}
}

// everyField is a dataset whose every field holds a distinct value.
func everyField() *model.Dataset {
	role := model.Text{En: "role en", Fr: "role fr"}
	e := model.Event{ID: "e1", Date: model.MustDate("2025-08-25"), Approximate: true, Kind: model.Layoff,
		Status: model.Disputed, Title: model.Text{En: "title en", Fr: "title fr"},
		Summary: model.Text{En: "summary\nen", Fr: "summary fr", Other: map[string]string{"de": "Zusammenfassung"}},
		People:  []model.PersonRef{model.NewPersonRef("p1").WithRole(&role), model.NewPersonRef("p2")}}.WithRefs([]string{"o1", "o2"}, []string{"s1", "s2"}, []string{"tag1", "tag2"})
	e.SetEnd(model.MustDate("2025-09"))
	e.SetDateLabel(model.Text{En: "late August", Fr: "fin août"})
	x := e.More()
	x.Claims = []model.Claim{{Text: model.Text{En: "claim en", Fr: "claim fr"}, By: "p2", Stance: "denies", Source: "s2"}}
	x.Quotes = []model.Quote{{Speaker: "p1", Text: "quote", Lang: "de", Translation: model.Text{En: "tr en", Fr: "tr fr"}, Source: "s1"}}
	x.Related = []string{"e2"}
	links := []model.Link{{Text: "link words", URL: "https://example.com/l"}}
	x.Slide = &model.Slide{Group: "a group", Links: links, Autolink: model.AutolinkOff, Untitled: true,
		Media: &model.Media{URL: "/static/m.png", Caption: "caption\ntwo lines", Credit: "credit", Thumbnail: "//t.example/t.png",
			Alt: "alt", Title: "media title", Link: "https://example.com/m", LinkTarget: "_blank", Quote: "a quotation",
			CaptionLinks: links, CreditLinks: links, QuoteLinks: links},
		Background: &model.Background{URL: "https://example.com/bg.png", Color: "#123456", Alt: "bg alt", Opacity: "50"}}
	e2 := model.Event{ID: "e2", Date: model.MustDate("2024"), Kind: model.Report, Title: model.Plain("second")}.WithRefs(nil, []string{"s1"}, nil)
	return &model.Dataset{
		Title: model.Text{En: "ds title", Fr: "titre"}, Description: model.Text{En: "desc\nen", Fr: "desc fr"},
		Updated: model.MustDate("2025-10-01"), Events: []model.Event{e, e2},
		People: []model.Person{{ID: "p1", Name: "Person One", Aliases: []string{"P. One", "Uno"},
			Roles: []model.Role{{Org: "o1", Title: model.Text{En: "chief", Fr: "chef"}, From: model.MustDate("2020"), To: model.MustDate("2025-08-24")}}},
			{ID: "p2", Name: "Person Two"}},
		Orgs: []model.Org{{ID: "o1", Name: "Org One", Kind: "company"}, {ID: "o2", Name: "Org Two", Kind: "team", Parent: "o1"}},
		ReportingLines: []model.ReportingLine{{Person: "p2", ReportsTo: "p1", From: model.MustDate("2025-01"),
			To: model.MustDate("2025-06-30"), Source: "s1", Disputed: true, Note: model.Text{En: "note en", Fr: "note fr"}}},
		Sources: []model.Source{model.Source{ID: "s1", Outlet: "Outlet", Title: "headline", Published: model.MustDate("2025-08-26"),
			URL: "https://example.com/a"}.WithVia("a copy").WithNote(model.Text{En: "source note"}),
			{ID: "s2", Outlet: "Other", Title: "title en"}},
		Eras: []model.Era{{Label: model.Text{En: "era", Fr: "ère"}, Start: model.MustDate("2024"), End: model.MustDate("2025-12")}},
		Intro: &model.Intro{ID: "title-slide", NoSlide: true, Slide: model.Slide{Group: "intro group", Links: links,
			Autolink: model.AutolinkOn, Untitled: true, Media: &model.Media{URL: "https://example.com/i.png"},
			Background: &model.Background{Color: "#fff"}}},
		Origin: "https://example.com/timeline.json", // not written: set by the fetch
	}
}

// load parses a native file from memory and streams it one byte at a
// time, checks that both give the same, and returns what ParseNative did.
func load(t *testing.T, in string) (*model.Dataset, []data.Issue, error) {
	t.Helper()
	ds, warnings, err := data.ParseNative("in.json", []byte(in))
	sds, _, swarnings, serr := data.DecodeStream("in.json", iotest.OneByteReader(strings.NewReader(in)))
	if issueText(warnings, err) != issueText(swarnings, serr) || err == nil && !sameData(ds, sds) {
		t.Errorf("%s: streamed %v %v, in memory %v %v", in, swarnings, serr, warnings, err)
	}
	return ds, warnings, err
}

// issuesOf returns the issues of err, a *LoadError, one a line.
func issuesOf(t *testing.T, err error) string {
	t.Helper()
	le, ok := err.(*data.LoadError)
	if !ok {
		t.Fatalf("error %T %v is not a *LoadError", err, err)
	}
	var lines []string
	for _, is := range le.Issues {
		lines = append(lines, is.String())
	}
	return strings.Join(lines, "\n")
}

const (
	okEvent  = `{"id":"a","date":"2025-01-02","kind":"hire","status":"confirmed","title":"t","sources":["s"]}`
	okSource = `{"id":"s","outlet":"o","title":"h"}`
)

// file is a native file of the events given, and one source.
func file(events ...string) string {
	return `{"events":[` + strings.Join(events, ",\n") + `],"sources":[` + okSource + `]}`
}

// TestKeysAsEncodingJSONHadThem: a key given twice keeps its last value,
// and a key in another case is read as the key, as encoding/json did;
// both with a warning, so that validate shows them.
func TestKeysAsEncodingJSONHadThem(t *testing.T) {
	for _, tt := range []struct {
		name, event string
		check       func(e *model.Event) bool
		warnings    []string
	}{
		{"duplicate", strings.Replace(okEvent, `"id":"a"`, `"id":"x","id":"a"`, 1),
			func(e *model.Event) bool { return e.ID == "a" }, []string{`in.json:1:12: warning: event "a": id: duplicate key "id": the last value is kept`}},
		{"case", strings.Replace(okEvent, `"title":"t"`, `"Title":"T"`, 1),
			func(e *model.Event) bool { return e.Title.En == "T" }, []string{`event "a": title: key "Title" read as "title"`}},
		{"case and duplicate", strings.Replace(okEvent, `"kind":"hire"`, `"kind":"hire","KIND":"layoff"`, 1),
			func(e *model.Event) bool { return e.Kind == model.Layoff }, []string{`key "KIND" read as "kind"`, `duplicate key "kind"`}},
		{"text replaced whole", strings.Replace(okEvent, `"title":"t"`, `"title":{"en":"a","fr":"b"},"title":{"en":"c"}`, 1),
			func(e *model.Event) bool { return e.Title.En == "c" && e.Title.Fr == "" }, []string{`duplicate key "title"`}},
		{"language twice", strings.Replace(okEvent, `"title":"t"`, `"title":{"en":"x","EN":"y"}`, 1),
			func(e *model.Event) bool { return e.Title.En == "y" }, []string{`title.en: duplicate key "en"`}},
		{"list replaced", strings.Replace(okEvent, `"sources":["s"]`, `"sources":["ghost"],"sources":["s"]`, 1),
			func(e *model.Event) bool { return len(e.Sources()) == 1 && e.Sources()[0] == "s" }, []string{`duplicate key "sources"`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ds, warnings, err := load(t, file(tt.event))
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(&ds.Events[0]) {
				t.Errorf("read as %+v", ds.Events[0])
			}
			var all []string
			for _, w := range warnings {
				all = append(all, w.String())
			}
			joined := strings.Join(all, "\n")
			for _, want := range tt.warnings {
				if !strings.Contains(joined, want) {
					t.Errorf("warnings do not say %q:\n%s", want, joined)
				}
			}
		})
	}
}

// TestStringsAsEncodingJSONHadThem: escapes, surrogates and invalid UTF-8
// read as encoding/json read them, then sanitised.
func TestStringsAsEncodingJSONHadThem(t *testing.T) {
	for _, tt := range []struct{ title, want string }{
		{`"\ud83d\ude00 \u00e9\n\t\"\\\/"`, "😀 é \"\\/"},
		{`"a\ud800b"`, "a\uFFFDb"},
		{`"a\udc00\ud800\u0041"`, "a\uFFFD\uFFFDA"},
		{"\"a\xffb\"", "a\uFFFDb"},
		{`null`, ""},
		{`{"en":null,"fr":"f"}`, ""},
	} {
		ds, _, err := load(t, file(strings.Replace(okEvent, `"title":"t"`, `"title":`+tt.title+`,"summary":"x"`, 1)))
		if tt.want == "" {
			continue // a missing title: refused, as checked elsewhere
		}
		if err != nil {
			t.Errorf("%s: %v", tt.title, err)
			continue
		}
		if got := ds.Events[0].Title.En; got != tt.want {
			t.Errorf("%s read as %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestHugeStringStreamed: a string far longer than a field can be is read
// to its end, streamed, and clipped with a warning, the window of the file
// never holding more than a part of it.
func TestHugeStringStreamed(t *testing.T) {
	huge := strings.Repeat(`ab\u00e9\"cd `, 4<<20/12)
	in := file(strings.Replace(okEvent, `"title":"t"`, `"title":"`+huge+`","x":"`+huge+`"`, 1))
	ds, _, warnings, err := data.DecodeStream("in.json", iotest.HalfReader(strings.NewReader(in)))
	if err != nil {
		t.Fatal(err)
	}
	if title := ds.Events[0].Title.En; len(title) > model.MaxFieldBytes || !strings.HasPrefix(title, `abé"cd ab`) {
		t.Errorf("title of %d bytes starting %.20q", len(title), title)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0].String(), `event "a": title: clipped`) {
		t.Errorf("warnings = %v, want the title clipped", warnings)
	}
}

// TestEveryProblemListed: problems of every sort, in several events and
// outside them, are all listed, each with its place, its event and its
// field, and a value of the wrong type does not stop the decoding.
func TestEveryProblemListed(t *testing.T) {
	in := `{"title": 5,
"events": [
` + strings.Replace(okEvent, `"date":"2025-01-02"`, `"date":20250102`, 1) + `,
` + strings.NewReplacer(`"id":"a"`, `"id":"b"`, `"kind":"hire"`, `"kind":"firing"`, `"sources":["s"]`, `"sources":["s", 3]`).Replace(okEvent) + `,
` + strings.NewReplacer(`"id":"a"`, `"id":"c"`, `"date":"2025-01-02"`, `"date":"2025-02-30"`, `"title":"t"`, `"title":{"en":["x"]}`, `"status":"confirmed"`, `"people":[{"id":"ghost","role":7}]`).Replace(okEvent) + `,
"not an event", null
],
"people": [{"id": "p", "roles": [{"from": "2025-13"}]}],
"sources": [` + okSource + `, {"id": true}]}`
	_, _, err := load(t, in)
	got := issuesOf(t, err)
	for _, want := range []string{
		"in.json:1:11: title: want a string or an object of language to string, got number",
		`in.json:3:1: event "a": events[0].date: want a string, got number`,
		`in.json:4:1: event "b": kind: unknown kind "firing"`,
		`in.json:4:1: event "b": events[1].sources[1]: want a string, got number`,
		`in.json:5:1: event "c": date: invalid date "2025-02-30"`,
		`in.json:5:1: event "c": events[2].title.en: want a string, got array`,
		`in.json:5:1: event "c": events[2].people[0].role: want a string or an object of language to string, got number`,
		`in.json:5:1: event "c": status: unknown status ""`,
		`in.json:6:1: event "#4": events[3]: want an object, got string`,
		`in.json:6:17: event "#5": kind: unknown kind ""`,
		`in.json:8:12: people[0].roles[0].from: invalid date "2025-13"`,
		`in.json:9:50: sources[1].id: want a string, got bool`,
		`in.json:5:1: event "c": people[0].id: unknown person "ghost"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no issue %q in:\n%s", want, got)
		}
	}
	for _, not := range []string{`event "a": date: missing date`, `event "c": title: missing title`, `sources[1].id: missing id`} {
		if strings.Contains(got, not) {
			t.Errorf("a field already reported is reported again as %q:\n%s", not, got)
		}
	}
}

// TestValidationLocated: what validation finds in the whole dataset is
// located too, at the event or the item its field names.
func TestValidationLocated(t *testing.T) {
	in := `{"events": [
` + strings.Replace(okEvent, `"sources":["s"]`, `"sources":["s"],"people":[{"id":"ghost"}]`, 1) + `,
` + strings.Replace(okEvent, `"date":"2025-01-02"`, `"date":"2024-01-02"`, 1) + `],
 "people": [{"id": "p", "roles": [{"org": "nowhere"}]}],
 "sources": [` + okSource + `, ` + okSource + `]}`
	_, _, err := load(t, in)
	got := issuesOf(t, err)
	for _, want := range []string{
		`in.json:2:1: event "a": people[0].id: unknown person "ghost"`,
		`in.json:2:1: events[1].id: duplicate id "a"`, // the later of the two once sorted
		`in.json:4:13: people[0].roles[0].org: unknown organisation "nowhere"`,
		`in.json:5:51: sources[1].id: duplicate id "s"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no issue %q in:\n%s", want, got)
		}
	}
}

// TestSyntaxErrorStops: after a syntax error nothing can be read, but what
// was found before it is kept.
func TestSyntaxErrorStops(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{file(okEvent, strings.Replace(okEvent, `"kind":"hire"`, `"kind":"x"`, 1)) + "]", "in.json:2:141: invalid JSON: unexpected data after the top-level object"},
		{`{"events":[` + okEvent + `,{"id":"b","x":--1}]}`, "in.json:1:121: invalid JSON: invalid character '-' in numeric literal"},
		{`{"events":[{"id":"a" "date":"x"}]}`, "in.json:1:22: invalid JSON: invalid character '\"' after object key:value pair"},
		{"{\"events\":[{\"id\":\"a\x01\"}]}", `in.json:1:20: invalid JSON: invalid character '\x01' in string literal`},
		{`{"events":[{"id":"\q"}]}`, `in.json:1:20: invalid JSON: invalid character 'q' in string escape code`},
		{`{"events":[{"id":"\u12x4"}]}`, `in.json:1:23: invalid JSON: invalid character 'x' in \u hexadecimal character escape`},
		{`{"events":[{"id":tru}]}`, `in.json:1:21: invalid JSON: invalid character '}' in literal true (expecting 'e')`},
		{`{"events":[{"id":"a",}]}`, `in.json:1:22: invalid JSON: invalid character '}' looking for beginning of object key string`},
		{`{"events":[1,]}`, `in.json:1:14: invalid JSON: invalid character ']' looking for beginning of value`},
		{`{"events":[{"id":"a"}`, `in.json:1:22: invalid JSON: the file ends too early (truncated?)`},
		{`{"x": ` + strings.Repeat("[", 10001), `in.json:1:10006: invalid JSON: nested too deep (over 10000 levels)`},
	} {
		_, _, err := load(t, tt.in)
		if got := issuesOf(t, err); !strings.Contains(got, tt.want) {
			t.Errorf("%.60s: issues\n%s\nwant %q", tt.in, got, tt.want)
		}
	}
	_, _, err := load(t, file(okEvent, strings.Replace(okEvent, `"kind":"hire"`, `"kind":"x"`, 1))+"]")
	if le := err.(*data.LoadError); len(le.Issues) != 2 || !strings.Contains(le.Issues[0].String(), `unknown kind "x"`) {
		t.Errorf("issues = %v, want the unknown kind then the syntax error", le.Issues)
	}
}

// TestTimelineJSTold checks that the streaming decoder tells a TimelineJS
// file exactly when detectFormat does, for files that start like JSON.
func TestTimelineJSTold(t *testing.T) {
	cases := []string{
		`{"timeline":{"date":[]}}`, `{"timeline":{"headline":"x"},"events":[` + okEvent + `]}`,
		`{"timeline":[1],"eras":[]}`, `{"timeline":null,"scale":"human"}`, `{"events":[` + okEvent + `],"timeline":{"date":1}}`,
		`{"events":[{"start_date":{"year":2012}}]}`, `{"events":[null,{"unique_id":"x"}]}`, `{"events":[{"text":{"headline":"h"}}]}`,
		`{"events":[{"text":"plain"}],"scale":"human"}`, `{"eras":[],"events":[]}`, `{"EVENTS":[{"start_date":1}]}`,
		`{"events":null,"eras":[]}`, `{"events":[1],"eras":[]}`, `{"events":[{"id":5,"date":"x","start_date":1}]}`,
		`{"events":[{"start_date":1,"x":--}]}`, `{"eras":[],"events":[{}]} trailing`, `{"scale":"human","x":-}`,
		`{"events":[{"title":"x"}],"events":[{"start_date":1}]}`,
	}
	paths, _ := filepath.Glob("testdata/timelinejs/*.json")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, string(b))
	}
	for name, b := range decoderCases(t) {
		if len(b) < 64<<10 {
			cases = append(cases, name+"\x00"+string(b))
		}
	}
	for _, c := range cases {
		if i := strings.IndexByte(c, 0); i >= 0 && !strings.HasPrefix(c, "{") {
			c = c[i+1:]
		}
		if got, want := data.Sniff([]byte(c)), data.DetectsTimelineJS([]byte(c)); got != want {
			t.Errorf("%.80s: told TimelineJS %v, detectFormat %v", c, got, want)
		}
	}
}

// sameData reports whether two datasets hold the same data, whether or not
// their text was packed.
func sameData(a, b *model.Dataset) bool {
	type data struct {
		title, desc model.Text
		updated     model.Date
		events      []model.Event
		people      []model.Person
		orgs        []model.Org
		lines       []model.ReportingLine
		sources     []model.Source
		eras        []model.Era
	}
	of := func(d *model.Dataset) data {
		return data{d.Title, d.Description, d.Updated, d.Events, d.People, d.Orgs, d.ReportingLines, d.Sources, d.Eras}
	}
	return reflect.DeepEqual(of(a), of(b))
}
