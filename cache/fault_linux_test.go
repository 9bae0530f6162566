package cache

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"timeline/data/synth"
	"timeline/search"
)

// bigEntry stores in a new cache an entry large enough for a search to
// spread over several goroutines, and returns the cache, the key and the
// entry as it was built (in memory, not mapped).
func bigEntry(t *testing.T) (*Cache, Key, *Entry) {
	t.Helper()
	const n = 20_000
	ds := synth.Generate(n, 1)
	e := &Entry{Index: search.NewIndex(ds, nil), Warnings: []string{"w"}, Lines: map[string]*Lines{
		"en": BuildLines(n, func(i int) string { return ds.Events[i].ID + "  " + ds.Events[i].Title.En }),
	}}
	p := filepath.Join(t.TempDir(), "events.json")
	if err := os.WriteFile(p, make([]byte, testFileBytes), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Minute)
	os.Chtimes(p, old, old)
	k, ok := KeyFor(p)
	c := &Cache{dir: filepath.Join(t.TempDir(), "timeline")}
	if !ok || c.Put(k, e) != nil {
		t.Fatal("cannot store the entry")
	}
	return c, k, e
}

// TestTruncatedEntry: an entry file cut short while it is mapped, before
// it is decoded or while its index and lines are read, is an error and
// never a crash (SIGBUS): another "timeline index" or a tool that cleans
// the disk can do that at any time.
func TestTruncatedEntry(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4)) // workers, even on one processor
	c, k, built := bigEntry(t)
	p := filepath.Join(c.dir, k.fileName())
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, cut := range []int64{0, fi.Size() / 2, fi.Size() - 1} {
		// Cut between mapping and decoding.
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		b, err := readEntry(f, fi.Size())
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(p, cut); err != nil {
			t.Fatal(err)
		}
		if _, err := decodeGuarded(k.id, b); err == nil {
			t.Errorf("cut to %d bytes before decoding: decoded", cut)
		}
		if err := c.Put(k, built); err != nil {
			t.Fatal(err)
		}

		// Cut after decoding, while the query and the lines are read.
		e, ok := c.Get(k)
		if !ok {
			t.Fatal("no entry")
		}
		if err := os.Truncate(p, cut); err != nil {
			t.Fatal(err)
		}
		err = Guard(func() {
			for _, q := range []string{"lefevre", "meta", ""} {
				find(t, e, "en", q)
			}
		})
		if cut <= fi.Size()/2 && err != ErrChanged {
			t.Errorf("cut to %d bytes while reading: %v, want %v", cut, err, ErrChanged)
		}
		if _, ok := c.Get(k); ok {
			t.Errorf("cut to %d bytes: Get returns the entry", cut)
		}
		if err := c.Put(k, built); err != nil {
			t.Fatal(err)
		}
	}
}
