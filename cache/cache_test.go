package cache

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"timeline/model"
	"timeline/search"
)

// testEntry is an entry for a dataset of three events.
func testEntry(t testing.TB) *Entry {
	ds := &model.Dataset{Events: []model.Event{
		{ID: "a", Date: model.NewDate(2025, 6, 12), Title: model.Text{En: "Meta invests in Scale AI"}},
		{ID: "b", Date: model.NewDate(2025, 7, 0), Title: model.Text{En: "Zoé Lefèvre leaves"}},
		{ID: "c", Date: model.NewDate(2025, 8, 19), Title: model.Text{En: "The lab splits in four"}},
	}}
	ds.Index()
	line := func(lang string) *Lines {
		return BuildLines(len(ds.Events), func(i int) string { return lang + " " + ds.Events[i].ID })
	}
	return &Entry{Index: search.NewIndex(ds, nil), Warnings: []string{"a warning"},
		Lines: map[string]*Lines{"en": line("en"), "fr": line("fr")}}
}

func encoded(t testing.TB, id string, e *Entry) []byte {
	var b bytes.Buffer
	if err := encode(&b, id, e); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// find returns the lines of the events q matches in e, in language lang.
func find(t testing.TB, e *Entry, lang, q string) []string {
	query, err := search.ParseQuery(q)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, i := range e.Index.Filter(query) {
		out = append(out, e.Lines[lang].Line(int(i)))
	}
	return out
}

func TestEntryRoundTrip(t *testing.T) {
	e, err := decode("id", encoded(t, "id", testEntry(t)))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(e.Warnings, []string{"a warning"}) {
		t.Errorf("warnings = %q", e.Warnings)
	}
	if got := find(t, e, "fr", "lefevre"); !slices.Equal(got, []string{"fr b"}) {
		t.Errorf("lefevre finds %q, want [fr b]", got)
	}
	if got := find(t, e, "en", ""); !slices.Equal(got, []string{"en a", "en b", "en c"}) {
		t.Errorf("everything is %q", got)
	}
}

// TestDecodeRefusesDamage: another key, a cut, or any changed byte is an
// error, never an entry.
func TestDecodeRefusesDamage(t *testing.T) {
	b := encoded(t, "id", testEntry(t))
	if _, err := decode("other", b); err == nil {
		t.Error("an entry decoded under another key")
	}
	for n := 0; n < len(b); n++ {
		if _, err := decode("id", b[:n]); err == nil {
			t.Fatalf("a cut after %d of %d bytes decoded", n, len(b))
		}
	}
	for i := range b {
		c := slices.Clone(b)
		c[i] ^= 0x10
		if _, err := decode("id", c); err == nil {
			t.Fatalf("a changed byte %d decoded", i)
		}
	}
}

// FuzzDecode feeds any bytes to decode: it must not panic, and what it
// accepts must answer a query.
func FuzzDecode(f *testing.F) {
	b := encoded(f, "id", testEntry(f))
	f.Add(b)
	f.Add(b[:len(b)-9])
	f.Fuzz(func(t *testing.T, in []byte) {
		if e, err := decode("id", in); err == nil {
			for lang := range e.Lines {
				find(t, e, lang, "lefevre")
			}
		}
	})
}

// testFileBytes is the size of the test's data files: more than the
// samples KeyFor hashes at each end.
const testFileBytes = 3 * sampleBytes

// dataFile writes a file of size bytes starting with text, last modified a
// minute ago, and returns its path.
func dataFile(t *testing.T, text string, size int) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "events.json")
	if err := os.WriteFile(p, []byte(text+strings.Repeat(" ", size-len(text))), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Minute)
	if err := os.Chtimes(p, old, old); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestKeyFor(t *testing.T) {
	p := dataFile(t, "{}", testFileBytes)
	k, ok := KeyFor(p)
	if !ok {
		t.Fatal("no key for a settled file")
	}
	if k2, _ := KeyFor(p); k2 != k {
		t.Error("the key of an unchanged file changed")
	}
	if _, ok := KeyFor(t.TempDir()); ok {
		t.Error("a directory has a key")
	}
	// The same size and modification time, other content: the change time
	// and the sampled bytes tell them apart.
	fi, _ := os.Stat(p)
	if err := os.WriteFile(p, []byte("[]"+strings.Repeat(" ", testFileBytes-2)), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(p, fi.ModTime(), fi.ModTime())
	if k2, ok := KeyFor(p); ok && k2 == k {
		t.Error("a rewritten file kept its key")
	}
	// Just modified: not to be trusted yet, until WaitSettled.
	now := time.Now()
	os.Chtimes(p, now, now)
	if _, ok := KeyFor(p); ok {
		t.Error("a file modified just now has a key")
	}
	WaitSettled(p)
	if _, ok := KeyFor(p); !ok {
		t.Error("no key after WaitSettled")
	}
}

func TestPutGetPrune(t *testing.T) {
	c := &Cache{dir: filepath.Join(t.TempDir(), "timeline")}
	var keys []Key
	for i := 0; i < keep+2; i++ {
		k, ok := KeyFor(dataFile(t, "{}", testFileBytes))
		if !ok {
			t.Fatal("no key")
		}
		if err := c.Put(k, testEntry(t)); err != nil {
			t.Fatal(err)
		}
		old := time.Now().Add(time.Duration(i-100) * time.Second) // oldest first
		os.Chtimes(filepath.Join(c.dir, k.fileName()), old, old)
		keys = append(keys, k)
	}
	for i, k := range keys {
		e, ok := c.Get(k)
		if want := i >= 2; ok != want {
			t.Errorf("entry %d: found %v, want %v (the %d newest are kept)", i, ok, want, keep)
		}
		if ok && !slices.Equal(find(t, e, "en", "scale"), []string{"en a"}) {
			t.Errorf("entry %d answers %q", i, find(t, e, "en", "scale"))
		}
	}
	des, _ := os.ReadDir(c.dir)
	for _, de := range des {
		if !strings.HasSuffix(de.Name(), entrySuffix) {
			t.Errorf("left behind: %s", de.Name())
		}
		if fi, _ := de.Info(); fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", de.Name(), fi.Mode().Perm())
		}
	}
	if fi, _ := os.Stat(c.dir); fi.Mode().Perm() != 0o700 {
		t.Errorf("the directory has mode %v, want 0700", fi.Mode().Perm())
	}
	// A damaged entry is a miss.
	p := filepath.Join(c.dir, keys[keep+1].fileName())
	b, _ := os.ReadFile(p)
	b[len(b)/2] ^= 1
	os.WriteFile(p, b, 0o600)
	if _, ok := c.Get(keys[keep+1]); ok {
		t.Error("a damaged entry was returned")
	}
	// A FIFO in an entry's place is a miss, at once.
	os.Remove(p)
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan bool)
	go func() { _, ok := c.Get(keys[keep+1]); done <- ok }()
	select {
	case ok := <-done:
		if ok {
			t.Error("a FIFO was read as an entry")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Get hangs on a FIFO")
	}
}

func TestDefault(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/somewhere")
	if c := Default(); c == nil || c.dir != "/somewhere/timeline" {
		t.Errorf("Default() = %+v, want /somewhere/timeline", c)
	}
	for _, v := range []string{"off", "0"} {
		t.Setenv(Env, v)
		if c := Default(); c != nil {
			t.Errorf("%s=%s: Default() = %+v, want nil", Env, v, c)
		}
	}
	var c *Cache
	if _, ok := c.Get(Key{id: "x"}); ok || c.Put(Key{id: "x"}, nil) != nil {
		t.Error("a nil cache is not empty")
	}
}
