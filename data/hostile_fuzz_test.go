package data

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"timeline/model"
)

// terminalUnsafe reports whether r must never reach a terminal from data:
// a C0 control other than newline, DEL, a C1 control, a bidi control, a
// line or paragraph separator, or a byte-order mark.
func terminalUnsafe(r rune) bool {
	switch {
	case r < 0x20 && r != '\n', r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x2028, r == 0x2029, r == 0xfeff:
		return true
	}
	return false
}

// checkOneLineError fails unless err's message is a single line of valid
// UTF-8 with no control character.
func checkOneLineError(t *testing.T, err error) {
	t.Helper()
	msg := err.Error()
	if !utf8.ValidString(msg) || strings.ContainsRune(msg, '\n') || strings.ContainsFunc(msg, terminalUnsafe) {
		t.Fatalf("error is not one clean line: %q", msg)
	}
}

// checkCleanStrings fails when a string of v is unclean (see unclean).
func checkCleanStrings(t *testing.T, v any) {
	t.Helper()
	if msg := unclean(v); msg != "" {
		t.Fatal(msg)
	}
}

// unclean walks every string in v, map keys and unexported fields
// included, and describes the first that is not valid UTF-8 or holds a
// control character, or returns "". Walking them all means that no field
// added later escapes the sanitiser unnoticed.
func unclean(v any) string {
	var walk func(path string, v reflect.Value) string
	walk = func(path string, v reflect.Value) string {
		switch v.Kind() {
		case reflect.String:
			if s := v.String(); !utf8.ValidString(s) || strings.ContainsFunc(s, terminalUnsafe) {
				return fmt.Sprintf("%s = %q holds a control character", path, s)
			}
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				return walk(path, v.Elem())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if name := v.Type().Field(i).Name; v.Type() == reflect.TypeFor[model.Dataset]() && (name == "text" || name == "sourceText") {
					// The search index's packed text: the events' and
					// sources' own strings, checked through them, each
					// followed by a NUL that is never shown.
					continue
				}
				if msg := walk(path+"."+v.Type().Field(i).Name, v.Field(i)); msg != "" {
					return msg
				}
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				if msg := walk(fmt.Sprintf("%s[%d]", path, i), v.Index(i)); msg != "" {
					return msg
				}
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				if msg := walk(path+" key", it.Key()); msg != "" {
					return msg
				}
				if msg := walk(fmt.Sprintf("%s[%q]", path, it.Key()), it.Value()); msg != "" {
					return msg
				}
			}
		}
		return ""
	}
	return walk("dataset", reflect.ValueOf(v))
}

// TestUncleanFindsNestedControls makes sure the walker reaches nested and
// unexported strings, so that the fuzz properties can fail.
func TestUncleanFindsNestedControls(t *testing.T) {
	for _, ds := range []*model.Dataset{
		{Title: model.Text{Other: map[string]string{"de": "x\x1b[2Jy"}}},
		{Events: []model.Event{{Extra: &model.EventExtra{Claims: []model.Claim{{By: "a\u202eb"}}}}}},
		{People: []model.Person{{Aliases: []string{"\u009b31m"}}}},
		{Sources: []model.Source{{URL: "tab\there"}}},
	} {
		if unclean(ds) == "" {
			t.Errorf("unclean passed a dataset with a control: %+v", ds)
		}
	}
	checkCleanStrings(t, bundledOrFail(t))
}

func bundledOrFail(t *testing.T) *model.Dataset {
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// fuzzLoad is the property every loader must hold on any bytes: no panic;
// an error of one clean line and no dataset; or a dataset whose every
// string is free of controls.
func fuzzLoad(t *testing.T, parse func(string, []byte) (*model.Dataset, []Issue, error), b []byte) {
	ds, issues, err := parse("fuzz", b)
	if err != nil {
		if ds != nil {
			t.Fatalf("an error (%v) came with a dataset", err)
		}
		checkOneLineError(t, err)
		return
	}
	if ds == nil {
		t.Fatal("no error and no dataset")
	}
	for _, is := range issues {
		checkOneLineError(t, issueError{is})
	}
	checkCleanStrings(t, ds)
}

type issueError struct{ is Issue }

func (e issueError) Error() string { return e.is.String() }

// addSeeds adds the files named under testdata as seeds.
func addSeeds(f *testing.F, paths ...string) {
	for _, p := range paths {
		b, err := os.ReadFile(filepath.Join("testdata", p))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// FuzzParseNative feeds any bytes to the native loader (the corpus is in
// testdata/fuzz/FuzzParseNative).
func FuzzParseNative(f *testing.F) {
	addSeeds(f, "good/minimal.json", "bad/three-faults.json", "bad/truncated.json", "bad/wrong-type.json")
	f.Fuzz(func(t *testing.T, b []byte) { fuzzLoad(t, ParseNative, b) })
}

// FuzzParseCSV feeds any bytes to the TimelineJS sheet importer directly:
// FuzzParseTimelineJS goes through format detection, which sends most
// mutations of a CSV seed to the native loader.
func FuzzParseCSV(f *testing.F) {
	addSeeds(f, "timelinejs/edge.csv", "timelinejs/bad-rows.csv", "timelinejs/bad-quote.csv")
	f.Fuzz(func(t *testing.T, b []byte) { fuzzLoad(t, ParseSheetCSV, b) })
}
