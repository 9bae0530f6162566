package data_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"testing/iotest"
	"unsafe"

	"timeline/data"
	"timeline/data/synth"
	"timeline/model"
	"timeline/search"
)

// TestCountLists checks the count of the lists against the decoder's
// lists, whatever the size of the pieces the file comes in.
func TestCountLists(t *testing.T) {
	for name, b := range decoderCases(t) {
		want, _, err := data.ParseNative(name, b)
		if err != nil {
			t.Fatal(err)
		}
		for _, piece := range []int{1, 2, 7, 4096, len(b)} {
			ev, src := data.CountLists(b, 1<<40, piece)
			if ev != int64(len(want.Events)) || src != int64(len(want.Sources)) && !(src == -1 && len(want.Sources) == 0) {
				t.Errorf("%s in pieces of %d: counted %d events and %d sources, want %d and %d",
					name, piece, ev, src, len(want.Events), len(want.Sources))
			}
		}
	}
	tricky := []struct {
		json    string
		ev, src int64
	}{
		{`{"events":[{},{"a":[{}]},{"s":"}]{\"[{"}],"sources":[{"x":"\\"},{}]}`, 3, 2},
		{`{"sources":[{}], "x":"events", "events" : [ {} ] }`, 1, 1},
		{`{"people":[{"events":[{}]}],"events":[]}`, 0, -1},
		{`{"eventsX":[{}],"event":[{}],"ev\u0065nts":[{}]}`, -1, -1},
		{`{"title":"\\\\\"events","events":[{},{}]}`, 2, -1},
		{`[{"events":[{}]}]`, -1, -1},
	}
	for _, c := range tricky {
		for _, piece := range []int{1, 3, len(c.json)} {
			if ev, src := data.CountLists([]byte(c.json), 1<<40, piece); ev != c.ev || src != c.src {
				t.Errorf("%s in pieces of %d: counted %d and %d, want %d and %d", c.json, piece, ev, src, c.ev, c.src)
			}
		}
	}
}

// TestCountTooBig checks that a count is dropped when the list would take
// more memory than the file has bytes.
func TestCountTooBig(t *testing.T) {
	b := []byte(`{"events":[` + string(bytes.Repeat([]byte(`{},`), 100)) + `{}]}`)
	if ev, _ := data.CountLists(b, int64(len(b)), len(b)); ev != -1 {
		t.Errorf("counted %d events of 3 bytes each", ev)
	}
	if ev, _ := data.CountLists(b, 1<<20, len(b)); ev != 101 {
		t.Errorf("counted %d events in a bigger file, want 101", ev)
	}
}

// TestDecodeCounted checks that the lists read the same whatever their
// count says, short, long or right, and are as long as they are.
func TestDecodeCounted(t *testing.T) {
	for name, b := range decoderCases(t) {
		want, _, _, err := data.DecodeStream("stream", bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		ev, src := int64(len(want.Events)), int64(len(want.Sources))
		for _, n := range [][2]int64{{ev, src}, {-1, -1}, {0, 0}, {ev - 1, src - 1}, {ev + 5000, src + 1}, {1, 1}} {
			got, err := data.DecodeCounted(iotest.HalfReader(bytes.NewReader(b)), n[0], n[1])
			if err != nil {
				t.Fatalf("%s counted %v: %v", name, n, err)
			}
			checkSame(t, name, got, want)
		}
		got, err := data.DecodeCounting(iotest.OneByteReader(bytes.NewReader(b)), b)
		if err != nil {
			t.Fatalf("%s counting: %v", name, err)
		}
		checkSame(t, name, got, want)
	}
}

// TestLoadCounted checks Open, which counts the lists of a file while it
// decodes it, against ParseNative, which reads it from memory.
func TestLoadCounted(t *testing.T) {
	var buf bytes.Buffer
	if err := synth.Write(&buf, 10000, 3); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "events.json")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := data.Open(path, nil)
	got := l.Dataset
	if err != nil || len(l.Warnings) > 0 {
		t.Fatalf("load: %v %v", l.Warnings, err)
	}
	want, _, err := data.ParseNative(path, buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	checkSame(t, path, got, want)
	if !search.NewIndex(got, l.Text).SharesText() {
		t.Error("the search index copied the text that the loader packed")
	}
	// Headlines that are the title of the event citing them share it (a
	// source cited by several events shares the first one's).
	shared, same := 0, 0
	for i := range got.Events {
		e := &got.Events[i]
		for _, id := range e.Sources() {
			if s := got.Source(id); s != nil && s.Title == e.Title.En {
				same++
				if unsafe.StringData(s.Title) == unsafe.StringData(e.Title.En) {
					shared++
				}
			}
		}
	}
	if same == 0 || shared < same*9/10 {
		t.Errorf("%d of %d headlines equal to the citing event's title share it", shared, same)
	}
}

// checkSame fails unless got is want, with lists of exactly their length.
func checkSame(t *testing.T, name string, got, want *model.Dataset) {
	t.Helper()
	if !sameData(got, want) {
		t.Fatalf("%s: datasets differ", name)
	}
	if cap(got.Events) != len(got.Events) || cap(got.Sources) != len(got.Sources) {
		t.Fatalf("%s: lists with room to spare: %d of %d events, %d of %d sources",
			name, len(got.Events), cap(got.Events), len(got.Sources), cap(got.Sources))
	}
}

// FuzzCountLists checks that whatever the decoder accepts, the lists it
// reads have the lengths counted, when counted, and read the same with
// the count.
func FuzzCountLists(f *testing.F) {
	addDecoderSeeds(f)
	f.Add([]byte(`{"events":[{"id":"a","date":"2025-01-02","kind":"hire","status":"confirmed","title":"t \"[{\\","sources":["s"],"zz":[1,{"a":null}]}],"sources":[{"id":"s","outlet":"o"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		want, _, _, err := data.DecodeStream("stream", bytes.NewReader(b))
		if err != nil {
			return
		}
		ev, src := data.CountLists(b, 1<<40, 5)
		if ev >= 0 && ev != int64(len(want.Events)) || src >= 0 && src != int64(len(want.Sources)) {
			t.Fatalf("counted %d events and %d sources, read %d and %d", ev, src, len(want.Events), len(want.Sources))
		}
		got, err := data.DecodeCounted(bytes.NewReader(b), ev, src)
		if err != nil {
			t.Fatalf("refused with the count: %v", err)
		}
		checkSame(t, "input", got, want)
	})
}

// BenchmarkCountLists is the count of the lists of a synthetic file of
// 100k events, in memory, in pieces of the size the loader reads.
func BenchmarkCountLists(b *testing.B) {
	var buf bytes.Buffer
	if err := synth.Write(&buf, 100_000, 1); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		if ev, _ := data.CountLists(buf.Bytes(), 1<<40, 256<<10); ev != 100_000 {
			b.Fatalf("counted %d events", ev)
		}
	}
}
