package data_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"testing/iotest"

	"timeline/data"
	"timeline/data/synth"
	"timeline/model"
)

// fastCases are files the fast loader must read exactly as the careful
// one does: the bundled dataset, the good test files and a synthetic one.
func fastCases(t testing.TB) map[string][]byte {
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

// TestFastMatchesCareful checks that the fast path takes the plain files
// and builds the same dataset as encoding/json and the converter.
func TestFastMatchesCareful(t *testing.T) {
	for name, b := range fastCases(t) {
		// One byte a read: every token meets the end of the buffer.
		fast, err := data.DecodeFast(iotest.OneByteReader(bytes.NewReader(b)), nil, nil)
		if err != nil {
			t.Errorf("%s: fast path refused a plain file: %v", name, err)
			continue
		}
		careful, issues, err := data.ParseNativeCareful(name, b)
		if err != nil || len(issues) > 0 {
			t.Fatalf("%s: careful path: %v %v", name, issues, err)
		}
		if !sameData(fast, careful) {
			for i := range careful.Events {
				if !reflect.DeepEqual(fast.Events[i], careful.Events[i]) {
					t.Fatalf("%s: event %d differs:\nfast    %#v\ncareful %#v", name, i, fast.Events[i], careful.Events[i])
				}
			}
			t.Fatalf("%s: datasets differ outside the events", name)
		}
	}
}

// TestFastRefusesProblems checks that every bad file goes the careful way,
// so that its messages keep their lines and columns.
func TestFastRefusesProblems(t *testing.T) {
	paths, _ := filepath.Glob("testdata/bad/*.json")
	if len(paths) == 0 {
		t.Fatal("no bad files")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := data.DecodeFast(bytes.NewReader(b), nil, nil); err != data.ErrSlow {
			t.Errorf("%s: fast path returned %v, want ErrSlow", p, err)
		}
	}
	tricky := []string{
		`{"events":[{"id":"a","ID":"b"}]}`,
		`{"events":[{"id":"a","id":"b"}]}`,
		`{"events":[{"id":"a","x":--1}]}`,
		`{"events":[{"id":"a","title":{"en":"x","EN":"y"}}]}`,
		`{"events":[{"id":"a","title":"\ud800"}]}`,
		"{\"events\":[{\"id\":\"a\xff\"}]}",
		`{"events":[]} x`,
		"{\"events\":[{\"id\":\"a\",\"date\":\"2025-01-02\",\"kind\":\"hire\",\"status\":\"confirmed\",\"title\":\"t\",\"sources\":[\"s\"]}],\"sources\":[{\"id\":\"s\"}]}\x00",
		" \xEF\xBB\xBF{\"events\":[{\"id\":\"a\",\"date\":\"2025-01-02\",\"kind\":\"hire\",\"status\":\"confirmed\",\"title\":\"t\",\"sources\":[\"s\"]}],\"sources\":[{\"id\":\"s\"}]}",
		`{"timeline":{"date":[]}}`,
	}
	for _, s := range tricky {
		if _, err := data.DecodeFast(bytes.NewReader([]byte(s)), nil, nil); err != data.ErrSlow {
			t.Errorf("%s: fast path returned %v, want ErrSlow", s, err)
		}
	}
}

// addFastSeeds seeds a fuzzer with the fast path's test cases, but for the
// large ones.
func addFastSeeds(f *testing.F) {
	for _, b := range fastCases(f) {
		if len(b) < 64<<10 {
			f.Add(b)
		}
	}
}

// FuzzFastMatchesCareful checks that whatever the fast path accepts, the
// careful path accepts too, without warnings, and reads the same way.
func FuzzFastMatchesCareful(f *testing.F) {
	addFastSeeds(f)
	f.Add([]byte(`{"events":[{"id":"a","date":"2025-01-02","kind":"hire","status":"confirmed","title":"t \u00e9\n","sources":["s"],"zz":[1,{"a":null}]}],"sources":[{"id":"s","outlet":"o"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		fast, err := data.DecodeFast(bytes.NewReader(b), nil, nil)
		if err != nil {
			return
		}
		careful, issues, err := data.ParseNativeCareful("f", b)
		if err != nil || len(issues) > 0 {
			t.Fatalf("fast path accepted what the careful one reports: %v %v", issues, err)
		}
		if !sameData(fast, careful) {
			t.Fatalf("fast and careful datasets differ")
		}
	})
}

// sameData reports whether two datasets hold the same data. How they are
// held may differ: the fast loader packs the events' text for the search
// index (search.Packer), the careful one does not.
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
