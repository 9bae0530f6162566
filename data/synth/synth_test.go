package synth_test

import (
	"bytes"
	"reflect"
	"testing"

	"timeline/data"
	"timeline/data/synth"
	"timeline/model"
)

func write(t *testing.T, n int, seed int64) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := synth.Write(&b, n, seed); err != nil {
		t.Fatalf("Write(%d, %d): %v", n, seed, err)
	}
	return b.Bytes()
}

func TestSameSeedSameBytes(t *testing.T) {
	a, b := write(t, 500, 42), write(t, 500, 42)
	if !bytes.Equal(a, b) {
		t.Fatal("two writes with the same seed differ")
	}
	if c := write(t, 500, 43); bytes.Equal(a, c) {
		t.Error("different seeds gave the same bytes")
	}
}

func TestWriteParses(t *testing.T) {
	b := write(t, 1000, 7)
	ds, issues, err := data.ParseNative("synth", b)
	if err != nil {
		if le, ok := err.(*data.LoadError); ok && len(le.Issues) > 0 {
			t.Fatalf("ParseNative: %v (first: %s)", err, le.Issues[0])
		}
		t.Fatalf("ParseNative: %v", err)
	}
	if len(issues) != 0 {
		t.Errorf("warnings: %v", issues)
	}
	if len(ds.Events) != 1000 {
		t.Fatalf("%d events, want 1000", len(ds.Events))
	}
	var approx, month, claims, disputed int
	kinds := map[model.Kind]int{}
	for i := range ds.Events {
		e := &ds.Events[i]
		kinds[e.Kind]++
		if e.Approximate {
			approx++
			if e.DateLabel().En == "" || e.DateLabel().Fr == "" {
				t.Errorf("%s: approximate without a label", e.ID)
			}
		}
		if e.Date.Precision == model.MonthPrecision {
			month++
		}
		if len(e.Claims()) > 0 {
			claims++
		}
		if e.Disputed() {
			disputed++
		}
		if e.Summary.En == "" || e.Summary.Fr == "" {
			t.Errorf("%s: summary missing a language", e.ID)
		}
	}
	if len(kinds) != len(model.Kinds()) || approx == 0 || month == 0 || claims == 0 || disputed == 0 {
		t.Errorf("not varied enough: kinds %v, approximate %d, month %d, claims %d, disputed %d",
			kinds, approx, month, claims, disputed)
	}
	first, last := ds.Span()
	if last.Year-first.Year < 4 {
		t.Errorf("span %s – %s, want several years", first, last)
	}
}

// Generate and Write describe the same dataset.
func TestGenerateMatchesWrite(t *testing.T) {
	ds, _, err := data.ParseNative("synth", write(t, 300, 3))
	if err != nil {
		t.Fatal(err)
	}
	g := synth.Generate(300, 3)
	if !reflect.DeepEqual(g.Events, ds.Events) {
		for i := range g.Events {
			if !reflect.DeepEqual(g.Events[i], ds.Events[i]) {
				t.Fatalf("event %d differs:\ngenerated %+v\nparsed    %+v", i, g.Events[i], ds.Events[i])
			}
		}
	}
	if !reflect.DeepEqual(g.People, ds.People) || !reflect.DeepEqual(g.Sources, ds.Sources) || !reflect.DeepEqual(g.Orgs, ds.Orgs) {
		t.Error("people, organisations or sources differ")
	}
	if !reflect.DeepEqual(g.Title, ds.Title) || g.Updated != ds.Updated {
		t.Error("title or updated differ")
	}
}

func TestSmallSizes(t *testing.T) {
	for _, n := range []int{0, 1, 2} {
		ds := synth.Generate(n, 1)
		if len(ds.Events) != n {
			t.Errorf("Generate(%d) has %d events", n, len(ds.Events))
		}
		if n > 0 {
			if _, _, err := data.ParseNative("synth", write(t, n, 1)); err != nil {
				t.Errorf("n=%d: %v", n, err)
			}
		}
	}
}

// TestNoFormatLeaks catches a template filled with the wrong number of
// arguments: fmt writes "%!" into the text.
func TestNoFormatLeaks(t *testing.T) {
	var b bytes.Buffer
	if err := synth.Write(&b, 500, 7); err != nil {
		t.Fatal(err)
	}
	if i := bytes.Index(b.Bytes(), []byte("%!")); i >= 0 {
		t.Fatalf("a format verb leaked into the data: %q", b.Bytes()[max(i-40, 0):i+40])
	}
}
