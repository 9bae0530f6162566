package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"timeline/locale"
	"timeline/model"
)

// checkLoadError asserts that err is a *LoadError whose message is one line,
// names the file and contains every fragment.
func checkLoadError(t *testing.T, name string, err error, fragments ...string) *LoadError {
	t.Helper()
	if err == nil {
		t.Fatalf("%s loaded, want an error", name)
	}
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("error %T %q is not a *LoadError", err, err)
	}
	msg := err.Error()
	if strings.ContainsAny(msg, "\n\r") {
		t.Errorf("error spans lines: %q", msg)
	}
	if strings.ContainsFunc(msg, func(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) }) {
		t.Errorf("error holds a control character: %q", msg)
	}
	if !utf8.ValidString(msg) {
		t.Errorf("error is not valid UTF-8: %q", msg)
	}
	if !strings.HasPrefix(msg, name) {
		t.Errorf("error %q does not start with the file name %q", msg, name)
	}
	for _, f := range fragments {
		if !strings.Contains(msg, f) {
			t.Errorf("error %q does not contain %q", msg, f)
		}
	}
	if len(le.Issues) == 0 {
		t.Errorf("LoadError has no issues")
	}
	for _, is := range le.Issues {
		if is.File != name {
			t.Errorf("issue %q names file %q, want %q", is, is.File, name)
		}
		if s := is.String(); strings.ContainsAny(s, "\n\r") {
			t.Errorf("issue spans lines: %q", s)
		}
	}
	return le
}

func TestBadFiles(t *testing.T) {
	tests := []struct {
		file      string
		fragments []string
	}{
		{"empty.json", []string{"empty file"}},
		{"null.json", []string{"null"}},
		{"array.json", []string{"not an object"}},
		{"empty-object.json", []string{"no events"}},
		{"no-events.json", []string{"no events"}},
		{"events-not-array.json", []string{":1:", "events", "array"}},
		{"truncated.json", []string{":4:1:", "truncated"}},
		{"wrong-type.json", []string{":3:", "events[0].date", "want a string", "number"}},
		{"title-wrong-type.json", []string{":3:", "events[0].title", "number"}},
		{"sources-wrong-type.json", []string{":3:", "sources", "want an array"}},
		{"missing-title.json", []string{":4:", `event "bad-event"`, "title", "missing title"}},
		{"missing-date.json", []string{":4:", `event "bad-event"`, "date", "missing date"}},
		{"duplicate-id.json", []string{"events[1].id", `duplicate id "ok"`}},
		{"dangling-person.json", []string{":4:", `event "bad-event"`, "people[0].id", `unknown person "ghost-person"`}},
		{"dangling-org.json", []string{":4:", `event "bad-event"`, "orgs[0]", `unknown organisation "ghost-org"`}},
		{"dangling-source.json", []string{":4:", `event "bad-event"`, "sources[0]", `unknown source "ghost-source"`}},
		{"dangling-related.json", []string{":4:", `event "bad-event"`, "related[0]", `unknown event "ghost-event"`}},
		{"dangling-speaker.json", []string{":4:", `event "bad-event"`, "quotes[0].speaker", `unknown person "ghost-speaker"`}},
		{"dangling-reporting-line.json", []string{"reporting_lines[0].reports_to", `unknown person "ghost-boss"`}},
		{"bad-month.json", []string{":4:", `event "bad-event"`, "date", "2025-13", "month"}},
		{"feb30.json", []string{":4:", `event "bad-event"`, "date", "2025-02-30"}},
		{"end-before-start.json", []string{":4:", `event "bad-event"`, "end_date", "before"}},
		{"unknown-kind.json", []string{":4:", `event "bad-event"`, "kind", `"firing"`}},
		{"unknown-status.json", []string{":4:", `event "bad-event"`, "status", `"rumoured"`}},
		{"no-sources.json", []string{":4:", `event "bad-event"`, "sources", "at least one source"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "bad", tt.file)
			ds, _, err := Load(path)
			if ds != nil {
				t.Errorf("Load returned a dataset alongside its error")
			}
			checkLoadError(t, path, err, tt.fragments...)

			b, rerr := os.ReadFile(path)
			if rerr != nil {
				t.Fatal(rerr)
			}
			ds, _, err = Parse("name-"+tt.file, b)
			if ds != nil {
				t.Errorf("Parse returned a dataset alongside its error")
			}
			checkLoadError(t, "name-"+tt.file, err, tt.fragments...)
		})
	}
}

func TestEveryBadFileIsCovered(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "bad", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 20 {
		t.Fatalf("only %d files under testdata/bad", len(files))
	}
	for _, f := range files {
		ds, _, err := Load(f)
		if err == nil || ds != nil {
			t.Errorf("%s loaded without an error", f)
			continue
		}
		checkLoadError(t, f, err)
	}
}

func TestThreeFaultsListsEveryIssue(t *testing.T) {
	path := filepath.Join("testdata", "bad", "three-faults.json")
	_, _, err := Load(path)
	le := checkLoadError(t, path, err, "more problems")
	if len(le.Issues) < 3 {
		t.Fatalf("%d issues, want at least 3: %v", len(le.Issues), le.Issues)
	}
	var all []string
	for _, is := range le.Issues {
		all = append(all, is.String())
	}
	joined := strings.Join(all, "\n")
	for _, want := range []string{"2025-02-30", `unknown kind "firing"`, `unknown source "ghost-source"`} {
		if !strings.Contains(joined, want) {
			t.Errorf("issues do not mention %q:\n%s", want, joined)
		}
	}
	for _, is := range le.Issues {
		if is.Event != "bad-event" {
			t.Errorf("issue %q is not located in event bad-event", is)
		}
		if is.Line != 4 {
			t.Errorf("issue %q is at line %d, want 4", is, is.Line)
		}
	}
}

func TestDeepNesting(t *testing.T) {
	const depth = 20000
	for _, tt := range []struct{ name, body string }{
		{"arrays in a tag list", `{"events": [{"id": "x", "tags": ` + strings.Repeat("[", depth) + strings.Repeat("]", depth) + `}]}`},
		{"objects at the top", `{"x": ` + strings.Repeat(`{"a": `, depth) + "1" + strings.Repeat("}", depth) + `, "events": []}`},
		{"unclosed arrays", `{"events": ` + strings.Repeat("[", depth)},
		{"title map", `{"title": ` + strings.Repeat(`{"en": `, depth)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Parse("deep.json", []byte(tt.body))
			checkLoadError(t, "deep.json", err, "deep.json:1:")
		})
	}
}

func TestInvalidUTF8(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "good", "minimal.json"))
	if err != nil {
		t.Fatal(err)
	}
	// Inside a string: repaired to U+FFFD, the file loads.
	in := strings.Replace(string(b), "Someone leaves", "Some\xff\xfeone \xc3 leaves", 1)
	ds, _, err := Parse("utf8.json", []byte(in))
	if err != nil {
		t.Fatalf("invalid UTF-8 inside a string: %v", err)
	}
	title := ds.Events[0].Title.En
	if !utf8.ValidString(title) || !strings.Contains(title, "\uFFFD") || !strings.HasPrefix(title, "Some") {
		t.Errorf("title = %q, want valid UTF-8 with U+FFFD", title)
	}
	// Outside a string: a syntax error, on one line, in valid UTF-8.
	_, _, err = Parse("utf8.json", []byte("{\"events\": [\xff\xfe]}"))
	checkLoadError(t, "utf8.json", err, ":1:")
	// An invalid id shows up repaired in messages.
	in = strings.Replace(string(b), `"departure"`, `"\u001b[2Jfir\ring"`, 1)
	in = strings.Replace(in, `"id": "one"`, "\"id\": \"on\xffe\"", 1)
	_, _, err = Parse("utf8.json", []byte(in))
	checkLoadError(t, "utf8.json", err, "kind", "\uFFFD")
}

func TestHostileValuesInMessages(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "good", "minimal.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, old, new string }{
		{"escape in kind", `"departure"`, `"\u001b]52;c;aGVsbG8=\u0007\nfiring"`},
		{"newline in id", `"status": "confirmed"`, `"status": "x\r\ny", "id": "o\nne\u001b[2J"`},
		{"C1 in status", `"confirmed"`, `"\u009b2Jnope\u2028x"`},
		{"raw ESC in a string", `"Someone leaves"`, "\"Some\x1b[2J\""}, // raw controls are invalid JSON
		{"raw newline in a string", `"Someone leaves"`, "\"Some\none\""},
		{"long bad date", `"2025-08-25"`, `"` + strings.Repeat("\u001b[31m9", 5000) + `"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Replace(string(b), tt.old, tt.new, 1)
			if in == string(b) {
				t.Fatalf("replacement of %q did not apply", tt.old)
			}
			_, _, err := Parse("hostile.json", []byte(in))
			checkLoadError(t, "hostile.json", err)
			if n := len(err.Error()); n > 1000 {
				t.Errorf("error is %d bytes; a hostile value should be clipped", n)
			}
		})
	}
}

func TestTrailingData(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "good", "minimal.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, tail string }{
		{"a second object", ` {"x": 1}`},
		{"a stray word", ` nonsense`},
		{"a stray closing brace", `}`},
		{"a stray closing bracket", `]`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Parse("trailing.json", append(append([]byte{}, b...), tt.tail...))
			if err == nil {
				t.Fatal("trailing data accepted")
			}
			// minimal.json ends with "}\n", so the tail starts line 17.
			checkLoadError(t, "trailing.json", err, "trailing.json:17:", "unexpected data after the top-level object")
		})
	}
}

func TestGoodMinimal(t *testing.T) {
	path := filepath.Join("testdata", "good", "minimal.json")
	ds, issues, err := Load(path)
	if err != nil {
		t.Fatalf("Load(%s): %v", path, err)
	}
	if len(issues) != 0 {
		t.Errorf("issues: %v", issues)
	}
	if len(ds.Events) != 1 || ds.Events[0].ID != "one" {
		t.Fatalf("events = %+v", ds.Events)
	}
	e := ds.Events[0]
	if e.Date.String() != "2025-08-25" || e.Date.Precision != model.DayPrecision {
		t.Errorf("date = %v precision %d", e.Date, e.Date.Precision)
	}
	if e.Kind != model.Departure || e.Status != model.Confirmed {
		t.Errorf("kind, status = %v, %v", e.Kind, e.Status)
	}
	if got := e.Title.String(locale.English); got != "Someone leaves" {
		t.Errorf("title = %q", got)
	}
	if ds.Title.En != "Minimal" {
		t.Errorf("dataset title = %+v", ds.Title)
	}
	if ds.Source("s1") == nil || ds.Event("one") == nil {
		t.Error("dataset is not indexed")
	}
	if ps := ds.Validate(); len(ps) != 0 {
		t.Errorf("Validate() = %v", ps)
	}
}

func TestBOMIsAccepted(t *testing.T) {
	path := filepath.Join("testdata", "good", "bom.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "\xEF\xBB\xBF") {
		t.Fatal("testdata/good/bom.json lost its byte-order mark")
	}
	ds, _, err := Load(path)
	if err != nil {
		t.Fatalf("Load(%s): %v", path, err)
	}
	if len(ds.Events) != 1 || ds.Events[0].ID != "one" {
		t.Errorf("events = %+v", ds.Events)
	}
	// A BOM followed by nothing is still an empty file.
	_, _, err = Parse("bom-only.json", []byte("\xEF\xBB\xBF \n"))
	checkLoadError(t, "bom-only.json", err, "empty")
}

// minimalWith returns a minimal valid file whose single event has the
// given extra fields (a JSON fragment starting with a comma, or "").
func minimalWith(title, extra string) string {
	return `{"events": [{"id": "one", "date": "2025-08-25", "kind": "departure", "status": "confirmed",
  "title": ` + title + `, "sources": ["s1"]` + extra + `}],
 "sources": [{"id": "s1", "outlet": "Example", "title": "A story"}]}`
}

func TestTextForms(t *testing.T) {
	tests := []struct {
		name      string
		title     string
		en, fr    string
		otherLang string
	}{
		{"plain string", `"Hello"`, "Hello", "", ""},
		{"en and fr", `{"en": "Hello", "fr": "Bonjour"}`, "Hello", "Bonjour", ""},
		{"fr only", `{"fr": "Bonjour"}`, "", "Bonjour", ""},
		{"another language", `{"en": "Hello", "de": "Hallo"}`, "Hello", "", "de"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, _, err := Parse("text.json", []byte(minimalWith(tt.title, "")))
			if err != nil {
				t.Fatal(err)
			}
			tx := ds.Events[0].Title
			if tx.En != tt.en || tx.Fr != tt.fr {
				t.Errorf("title = %+v, want en %q fr %q", tx, tt.en, tt.fr)
			}
			if tt.otherLang != "" && tx.Other[tt.otherLang] == "" {
				t.Errorf("title lost language %q: %+v", tt.otherLang, tx)
			}
			if s, fb := tx.In(locale.French); tt.fr == "" && (!fb || s != tt.en) {
				t.Errorf("In(fr) = %q, %v; want the English with fallback", s, fb)
			}
		})
	}
	// Text as a number, an array, or a map with a non-string value is refused.
	for _, bad := range []string{`42`, `["Hello"]`, `{"en": 1}`, `true`} {
		_, _, err := Parse("text.json", []byte(minimalWith(bad, "")))
		checkLoadError(t, "text.json", err, "title")
	}
}

func TestPrecisionIsKept(t *testing.T) {
	for _, tt := range []struct {
		date string
		want model.Precision
	}{
		{"2025-07", model.MonthPrecision},
		{"2025", model.YearPrecision},
		{"2025-07-14", model.DayPrecision},
	} {
		in := strings.Replace(minimalWith(`"T"`, `, "approximate": true, "date_label": {"en": "mid-July 2025", "fr": "mi-juillet 2025"}`), "2025-08-25", tt.date, 1)
		ds, _, err := Parse("precision.json", []byte(in))
		if err != nil {
			t.Fatalf("%s: %v", tt.date, err)
		}
		e := ds.Events[0]
		if e.Date.Precision != tt.want || e.Date.String() != tt.date {
			t.Errorf("date %s loaded as %v precision %d, want precision %d", tt.date, e.Date, e.Date.Precision, tt.want)
		}
		if !e.Approximate || e.DateLabel().Fr != "mi-juillet 2025" {
			t.Errorf("approximate, label = %v, %+v", e.Approximate, e.DateLabel())
		}
	}
	// An end date in the same month as a month-precision start is fine.
	in := strings.Replace(minimalWith(`"T"`, `, "end_date": "2025-07-20"`), "2025-08-25", "2025-07", 1)
	if _, _, err := Parse("end.json", []byte(in)); err != nil {
		t.Errorf("month start with an end inside the month: %v", err)
	}
}

func TestSanitisedAtLoad(t *testing.T) {
	title := `{"en": "Budget\u001b]52;c;aGVsbG8=\u0007evil", "fr": "Vote\u001b[2J\u001b[H cleared\r\nnow\u0000\u009b31m\u202e"}`
	extra := `, "summary": {"en": "a\u001b]8;;http://evil.example/\u001b\\link\u001b]8;;\u001b\\ b\u0007", "fr": "x\u001b"},
  "people": [{"id": "p1", "role": "ceo\u001b[5m"}], "tags": ["t\u001b[1m"]`
	in := minimalWith(title, extra)
	in = strings.Replace(in, `"sources": [{"id": "s1", "outlet": "Example"`, `"people": [{"id": "p1", "name": "Evil\u001b]0;pwned\u0007 Name"}], "sources": [{"id": "s1", "outlet": "Ex\u001b[31mample"`, 1)
	ds, _, err := Parse("hostile.json", []byte(in))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	e := ds.Events[0]
	if e.Title.En != "Budgetevil" {
		t.Errorf("en title = %q, want %q", e.Title.En, "Budgetevil")
	}
	var all []string
	e.Title.Each(func(_, s string) { all = append(all, s) })
	for _, s := range all {
		checkClean(t, "title", s, false)
	}
	e.Summary.Each(func(_, s string) { checkClean(t, "summary", s, true) })
	checkClean(t, "people role", e.People[0].Role().En, false)
	checkClean(t, "tag", e.Tags()[0], false)
	checkClean(t, "person name", ds.People[0].Name, false)
	checkClean(t, "outlet", ds.Sources[0].Outlet, false)
	if strings.Contains(e.Summary.En, "evil.example") {
		t.Errorf("summary kept an OSC 8 target: %q", e.Summary.En)
	}
	if !strings.Contains(e.Summary.En, "link") {
		t.Errorf("summary lost an OSC 8 link text: %q", e.Summary.En)
	}
}

// checkClean fails when s holds a control character; newline is allowed
// in multi-line fields.
func checkClean(t *testing.T, what, s string, multiLine bool) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s %q is not valid UTF-8", what, s)
	}
	for _, r := range s {
		switch {
		case r == '\n' && multiLine:
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			t.Errorf("%s %q holds control %U", what, s, r)
		}
	}
}

func TestFileNameIsOneLine(t *testing.T) {
	name := "evil\nname\x1b]0;pwned\x07.json"
	_, _, err := Parse(name, []byte("null"))
	if err == nil {
		t.Fatal("null loaded")
	}
	if strings.ContainsAny(err.Error(), "\n\x1b\x07") {
		t.Skipf("bug: Issue.String writes the file name raw, so a name with a newline or escape gives a multi-line error that can drive the terminal: %q", err.Error())
	}
	if !strings.Contains(err.Error(), "evil") {
		t.Errorf("error %q does not name the file", err)
	}
}

func TestLoadErrorMessage(t *testing.T) {
	tests := []struct {
		err  *LoadError
		want string
	}{
		{&LoadError{}, "invalid dataset"},
		{&LoadError{Issues: []Issue{{File: "f.json", Msg: "bad"}}}, "f.json: bad"},
		{&LoadError{Issues: []Issue{{File: "f.json", Line: 3, Col: 7, Event: "e1", Field: "date", Msg: "bad"}}}, `f.json:3:7: event "e1": date: bad`},
		{&LoadError{Issues: []Issue{{File: "f.json", Msg: "bad"}, {File: "f.json", Msg: "worse"}, {File: "f.json", Msg: "worst"}}}, "f.json: bad (and 2 more problems"},
		{&LoadError{Issues: []Issue{{File: "f.json", Warning: true, Field: "title", Msg: "clipped"}}}, "f.json: warning: title: clipped"},
	}
	for _, tt := range tests {
		got := tt.err.Error()
		if !strings.HasPrefix(got, tt.want) {
			t.Errorf("Error() = %q, want prefix %q", got, tt.want)
		}
		if strings.Contains(got, "\n") {
			t.Errorf("Error() spans lines: %q", got)
		}
	}
}

func TestClippedFieldIsAWarning(t *testing.T) {
	huge := strings.Repeat("x", model.MaxFieldBytes+100)
	ds, issues, err := Parse("huge.json", []byte(minimalWith(`"`+huge+`"`, "")))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(ds.Events[0].Title.En) > model.MaxFieldBytes {
		t.Errorf("title is %d bytes, want at most %d", len(ds.Events[0].Title.En), model.MaxFieldBytes)
	}
	if len(issues) != 1 || !issues[0].Warning || issues[0].Event != "one" || issues[0].Field != "title" {
		t.Errorf("issues = %v, want one warning on event one's title", issues)
	}
}

func TestPosition(t *testing.T) {
	b := []byte("ab\ncdé\nf")
	tests := []struct {
		off       int64
		line, col int
	}{
		{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 2, 3}, {7, 2, 4}, {8, 3, 1}, {100, 3, 2}, {-1, 0, 0},
	}
	for _, tt := range tests {
		if l, c := position(b, tt.off); l != tt.line || c != tt.col {
			t.Errorf("position(%d) = %d:%d, want %d:%d", tt.off, l, c, tt.line, tt.col)
		}
	}
}
