package data_test

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"testing/iotest"

	"timeline/data"
	"timeline/model"
)

// FuzzNativeRoundTrip checks the decoder on whatever it accepts: streamed
// in pieces it reads what it reads from memory, with the same problems;
// the dataset written out by the encoder reads back the same, without a
// warning, and writes out the same bytes again; and encoding/json, read
// generically, sees the same events and sources in the file.
func FuzzNativeRoundTrip(f *testing.F) {
	addDecoderSeeds(f)
	f.Add([]byte(`{"events":[{"id":"a","date":"2025-01-02","kind":"hire","status":"confirmed","title":{"en":"t \u00e9\n","DE":"x","\u001b":"y"},"sources":["s"],"zz":[1,{"a":null}],"ID":"b"}],"sources":[{"id":"s","outlet":"o"}]}`))
	f.Add([]byte(file(okEvent, strings.Replace(okEvent, `"id":"a"`, `"id":"b","people":[null,{"id":"p","role":{"fr":"r"}}]`, 1)) + `]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		ds, firstWarnings, err := data.ParseNative("f", b)
		sds, _, _, serr := data.DecodeStream("f", iotest.HalfReader(bytes.NewReader(b)))
		if (err == nil) != (serr == nil) {
			t.Fatalf("in memory %v, streamed %v", err, serr)
		}
		if err != nil {
			if got, want := issueText(nil, serr), issueText(nil, err); got != want {
				t.Fatalf("streamed, the problems differ:\n%s\n%s", got, want)
			}
			return
		}
		if !sameData(ds, sds) {
			t.Fatal("streamed, the dataset differs")
		}
		out, err := data.ExportJSON(ds, "en")
		if err != nil {
			t.Fatal(err)
		}
		back, warnings, err := data.ParseNative("export", out)
		if err != nil || len(warnings) > 0 {
			t.Fatalf("the export does not read back cleanly: %v %v\n%s", warnings, err, out)
		}
		if !sameData(ds, back) {
			t.Fatalf("the export reads back differently:\n%s", out)
		}
		if again, _ := data.ExportJSON(back, "en"); !bytes.Equal(again, out) {
			t.Fatalf("a second export differs:\n%s\n%s", out, again)
		}
		if len(firstWarnings) == 0 { // no key given twice or in another case
			checkGeneric(t, b, ds)
		}
	})
}

// oneReplacement is a run of U+FFFD.
var oneReplacement = regexp.MustCompile("\uFFFD+")

// checkGeneric compares the events and sources of a file the decoder
// accepted without warnings with what encoding/json reads in it.
func checkGeneric(t *testing.T, b []byte, ds *model.Dataset) {
	var top map[string]any
	if err := json.Unmarshal(bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF")), &top); err != nil {
		t.Fatalf("encoding/json refuses what the decoder accepted: %v", err)
	}
	events, _ := top["events"].([]any)
	if len(events) != len(ds.Events) {
		t.Fatalf("encoding/json sees %d events, the decoder %d", len(events), len(ds.Events))
	}
	ids := map[string]bool{}
	for _, e := range events {
		if e, ok := e.(map[string]any); ok {
			id, _ := e["id"].(string)
			id, _ = model.SanitizeLine(id)
			// encoding/json reads each invalid byte as U+FFFD, where the
			// decoder makes one of a run of them (model.SanitizeLine): a
			// run of U+FFFD may be either.
			ids[id], ids[oneReplacement.ReplaceAllString(id, "\uFFFD")] = true, true
		}
	}
	for i := range ds.Events {
		if !ids[ds.Events[i].ID] && len(ds.Events[i].ID) < model.MaxFieldBytes-4 {
			t.Fatalf("event %q is not in the file as encoding/json reads it", ds.Events[i].ID)
		}
	}
	sources, _ := top["sources"].([]any)
	if len(sources) != len(ds.Sources) {
		t.Fatalf("encoding/json sees %d sources, the decoder %d", len(sources), len(ds.Sources))
	}
}

// FuzzNativeSyntax checks the decoder's scanner against encoding/json's:
// a file that is not valid JSON is refused as such, and a valid one never
// is.
func FuzzNativeSyntax(f *testing.F) {
	addDecoderSeeds(f)
	f.Add([]byte(`{"events":[{"id":"a\ud800\u0041","x":[-0.5e+3,true,null,{"":""}]}],"y":"\u00e9"}`))
	f.Add([]byte(`{"x":01}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _, err := data.ParseNative("f", b)
		valid := json.Valid(bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF")))
		syntax, early := false, false
		if le, ok := err.(*data.LoadError); ok {
			for _, is := range le.Issues {
				syntax = syntax || strings.HasPrefix(is.Msg, "invalid JSON")
			}
			early = len(le.Issues) == 1 && le.Issues[0].Line == 0 &&
				strings.Contains(le.Issues[0].Msg, `want a JSON object with an "events" array`)
		}
		switch {
		case valid && syntax:
			t.Fatalf("valid JSON refused as invalid: %v", err)
		case !valid && !syntax && !early:
			t.Fatalf("invalid JSON not refused as such: %v", err)
		}
	})
}

// FuzzSniffMatchesDetect checks that the streaming decoder tells a
// TimelineJS file exactly when detectFormat does, on files that start like
// a JSON object (the others Open reads whole anyway).
func FuzzSniffMatchesDetect(f *testing.F) {
	addDecoderSeeds(f)
	for _, s := range []string{`{"timeline":{"date":[]}}`, `{"events":[null,{"start_date":{"year":2012}}]}`,
		`{"eras":[],"events":[{"text":"x"}]} x`, `{"events":[{"text":{"headline":"h"},"id":"a"}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if !strings.HasPrefix(strings.TrimLeft(strings.TrimPrefix(string(b), "\xEF\xBB\xBF"), " \t\r\n"), "{") {
			return
		}
		if got, want := data.Sniff(b), data.DetectsTimelineJS(b); got != want {
			t.Fatalf("told TimelineJS %v, detectFormat %v", got, want)
		}
	})
}
