package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"timeline/cache"
	"timeline/search"
)

// TestMain keeps every test's index entries in a directory of its own,
// never in the user's cache.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "timeline-test-cache-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// indexFile writes a generated dataset with one summary too long to keep
// (so that loading it warns), last modified a minute ago.
func indexFile(t *testing.T) string {
	t.Helper()
	code, out, stderr := cliRun(t, "generate", "--events", "1200", "--seed", "7")
	if code != 0 {
		t.Fatalf("generate: %d %s", code, stderr)
	}
	long := strings.Repeat("x", 70<<10)
	out = strings.Replace(out, `"summary":{"en":"`, `"summary":{"en":"`+long, 1)
	p := filepath.Join(t.TempDir(), "events.json")
	if err := os.WriteFile(p, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	settle(t, p)
	return p
}

func settle(t *testing.T, p string) {
	old := time.Now().Add(-time.Minute)
	if err := os.Chtimes(p, old, old); err != nil {
		t.Fatal(err)
	}
}

// entries returns the names of the files in the cache directory.
func entries(dir string) []string {
	des, _ := os.ReadDir(filepath.Join(dir, "timeline"))
	var names []string
	for _, de := range des {
		names = append(names, de.Name())
	}
	return names
}

// TestListIndex: list answers the same with indexes off, before "index",
// from the index and after the file changed, in both languages, warnings
// included; nothing is written before "index"; a hit really comes from the
// index; a changed file is read again and its index brought up to date.
func TestListIndex(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir)
	p := indexFile(t)
	runs := [][]string{{"list", "--data", p}, {"list", "lefevre", "--data", p},
		{"list", "kind:departure", "!status:disputed", "--data", p, "--lang", "fr"}, {"list", "zzzq", "--data", p}}
	want := make([][2]string, len(runs))
	t.Setenv(cache.Env, "off")
	for i, args := range runs {
		code, out, stderr := cliRun(t, args...)
		if code != 0 || !strings.Contains(stderr, "clipped") {
			t.Fatalf("%q: exit %d, stderr %q; want 0 and a warning", args, code, stderr)
		}
		want[i] = [2]string{out, stderr}
	}
	t.Setenv(cache.Env, "")
	same := func(when string) {
		t.Helper()
		for i, args := range runs {
			code, out, stderr := cliRun(t, args...)
			if code != 0 || out != want[i][0] || stderr != want[i][1] {
				t.Errorf("%s, %q: exit %d, %d lines, stderr %q; want what the plain run gave (%d lines, %q)",
					when, args, code, len(cliLines(out)), stderr, len(cliLines(want[i][0])), want[i][1])
			}
		}
	}
	same("before index")
	if names := entries(dir); len(names) != 0 {
		t.Fatalf("list wrote %q before any index was asked for", names)
	}
	code, out, stderr := cliRun(t, "index", p)
	if lines := cliLines(stderr); code != 0 || out != "" || len(lines) != 2 || lines[0]+"\n" != want[0][1] ||
		!strings.HasPrefix(lines[1], "timeline: "+p+": 1200 events indexed in "+dir) {
		t.Fatalf("index: exit %d, stdout %q, stderr %q; want the warning, then what was indexed where", code, out, stderr)
	}
	if names := entries(dir); len(names) != 1 {
		t.Fatalf("index left %q, want one entry", names)
	}
	same("from the index")

	// An entry put there by hand is what a hit prints.
	k, ok := cache.KeyFor(p)
	c := cache.Default()
	e, found := c.Get(k)
	if !ok || !found {
		t.Fatal("no entry for the indexed file")
	}
	e.Lines["en"] = cache.BuildLines(e.Index.Len(), func(i int) string { return "from the index" })
	if err := c.Put(k, e); err != nil {
		t.Fatal(err)
	}
	if _, out, _ := cliRun(t, "list", "lefevre", "--data", p); !strings.HasPrefix(out, "from the index\n") {
		t.Errorf("a hit printed %.60q, not the index's lines", out)
	}
	// Rewriting the file, even with the same size, time and content, is a
	// miss (the change time moved), and brings the index up to date.
	b, _ := os.ReadFile(p)
	os.WriteFile(p, b, 0o644)
	settle(t, p)
	same("after a change")
	k, _ = cache.KeyFor(p)
	if e, ok := c.Get(k); !ok || e.Lines["en"].Line(0) == "from the index" {
		t.Error("list did not bring the index up to date")
	}
}

// TestIndexErrors: a file that does not load, an unwritable cache, indexes
// turned off and a missing argument are each one clear line, and leave no
// entry; list answers all the same.
func TestIndexErrors(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir)
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"events":[`), 0o644)
	settle(t, bad)
	if code, _, stderr := cliRun(t, "index", bad); code != 1 || !strings.Contains(stderr, "bad.json") {
		t.Errorf("index of a bad file: exit %d, %q", code, stderr)
	} else {
		cliWantOneLine(t, stderr)
	}
	if names := entries(dir); len(names) != 0 {
		t.Errorf("a bad file left %q", names)
	}
	if code, _, stderr := cliRun(t, "index"); code != 2 || !strings.Contains(stderr, "index needs one file") {
		t.Errorf("index alone: exit %d, %q", code, stderr)
	}

	p := indexFile(t)
	_, want, wantErr := cliRun(t, "list", "lefevre", "--data", p)
	t.Setenv(cache.Env, "off")
	if code, _, stderr := cliRun(t, "index", p); code != 1 || !strings.Contains(stderr, "TIMELINE_CACHE=off") {
		t.Errorf("index with the cache off: exit %d, %q", code, stderr)
	}
	t.Setenv(cache.Env, "")
	notDir := filepath.Join(t.TempDir(), "file")
	os.WriteFile(notDir, nil, 0o600)
	t.Setenv("XDG_CACHE_HOME", notDir)
	code, _, stderr := cliRun(t, "index", p)
	if code != 1 || !strings.Contains(stderr, "cannot write in") {
		t.Errorf("index into an unwritable cache: exit %d, %q", code, stderr)
	}
	if code, out, stderr := cliRun(t, "list", "lefevre", "--data", p); code != 0 || out != want || stderr != wantErr {
		t.Errorf("list with an unwritable cache: exit %d, %d lines, %q", code, len(cliLines(out)), stderr)
	}
}

// TestIndexFreshFile: a file written just now is indexed once it has
// settled, without an error.
func TestIndexFreshFile(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir)
	p := indexFile(t)
	now := time.Now()
	os.Chtimes(p, now, now)
	if code, _, stderr := cliRun(t, "index", p); code != 0 || len(entries(dir)) != 1 {
		t.Errorf("index of a fresh file: exit %d, %q, entries %q", code, stderr, entries(dir))
	}
}

// TestListIndexTampered: an entry whose lines hold control sequences (a
// file anything could have written) prints them harmless.
func TestListIndexTampered(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir)
	p := indexFile(t)
	if code, _, stderr := cliRun(t, "index", p); code != 0 {
		t.Fatalf("index: %d %s", code, stderr)
	}
	k, _ := cache.KeyFor(p)
	c := cache.Default()
	e, ok := c.Get(k)
	if !ok {
		t.Fatal("no entry")
	}
	e.Lines["en"] = cache.BuildLines(e.Index.Len(), func(i int) string { return "x\x1b]52;c;aGk=\x07\x1b[2Jy\u202e" })
	e.Warnings = []string{"w\x1b[31m"}
	if err := c.Put(k, e); err != nil {
		t.Fatal(err)
	}
	_, out, stderr := cliRun(t, "list", "lefevre", "--data", p)
	if out == "" || strings.ContainsAny(out+stderr, "\x1b\x07\u202e") {
		t.Errorf("a tampered entry reached the terminal: %.80q, %q", out, stderr)
	}
}

// TestListIndexTruncated: an entry cut short after list found it (by
// another "timeline index", or a tool that cleans the disk) is not a crash
// (SIGBUS, the entry is a memory map) but a miss: nothing of it is printed,
// and list answers from the data file.
func TestListIndexTruncated(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir)
	p := indexFile(t)
	t.Setenv(cache.Env, "off")
	_, want, wantErr := cliRun(t, "list", "lefevre", "--data", p)
	t.Setenv(cache.Env, "")
	if code, _, stderr := cliRun(t, "index", p); code != 0 || len(entries(dir)) != 1 {
		t.Fatalf("index: %d %s", code, stderr)
	}
	k, _ := cache.KeyFor(p)
	e, ok := cache.Default().Get(k)
	if !ok {
		t.Fatal("no entry")
	}
	if err := os.Truncate(filepath.Join(dir, "timeline", entries(dir)[0]), 0); err != nil {
		t.Fatal(err)
	}
	q, _ := search.ParseQuery("lefevre")
	var out, stderr strings.Builder
	if answered, err := answerFromEntry(e, "en", q, &out, &stderr); answered || err != nil || out.Len()+stderr.Len() != 0 {
		t.Errorf("a truncated entry answered %v, %v, %d bytes out, stderr %q; want a miss that prints nothing",
			answered, err, out.Len(), stderr.String())
	}
	if code, out, stderr := cliRun(t, "list", "lefevre", "--data", p); code != 0 || out != want || stderr != wantErr {
		t.Errorf("list over a truncated entry: exit %d, %d lines, %q; want the plain answer", code, len(cliLines(out)), stderr)
	}
}
