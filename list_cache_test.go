package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"timeline/cache"
)

// TestMain keeps every test's cache entries in a directory of its own,
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

// cachedFile writes a generated dataset big enough to be cached, with one
// summary too long to keep (so that loading it warns), last modified a
// minute ago.
func cachedFile(t *testing.T) string {
	t.Helper()
	code, out, stderr := cliRun(t, "generate", "--events", "1200", "--seed", "7")
	if code != 0 {
		t.Fatalf("generate: %d %s", code, stderr)
	}
	long := strings.Repeat("x", 70<<10)
	out = strings.Replace(out, `"summary":{"en":"`, `"summary":{"en":"`+long, 1)
	if len(out) < cache.MinFileBytes {
		t.Fatalf("the file is %d bytes, under the cache's minimum", len(out))
	}
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

// TestListCache: "list" answers the same with the cache off, on a miss and
// on a hit, in both languages, warnings included; a hit really comes from
// the cache, and a changed file is read again.
func TestListCache(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	p := cachedFile(t)
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
	for pass := range 2 { // a miss, then a hit
		for i, args := range runs {
			code, out, stderr := cliRun(t, args...)
			if code != 0 || out != want[i][0] || stderr != want[i][1] {
				t.Errorf("pass %d, %q: exit %d, %d lines, stderr %q; want what the uncached run gave (%d lines, %q)",
					pass, args, code, len(cliLines(out)), stderr, len(cliLines(want[i][0])), want[i][1])
			}
		}
	}

	// An entry put there by hand is what a hit prints.
	k, ok := cache.KeyFor(p)
	if !ok {
		t.Fatal("no key")
	}
	c := cache.Default()
	e, ok := c.Get(k)
	if !ok {
		t.Fatal("list left no cache entry")
	}
	e.Lines["en"] = cache.BuildLines(e.Index.Len(), func(i int) string { return "from the cache" })
	if err := c.Put(k, e); err != nil {
		t.Fatal(err)
	}
	if _, out, _ := cliRun(t, "list", "lefevre", "--data", p); !strings.HasPrefix(out, "from the cache\n") {
		t.Errorf("a hit printed %.60q, not the cached lines", out)
	}
	// Rewriting the file, even with the same size, time and content, is
	// a miss: the change time moved.
	b, _ := os.ReadFile(p)
	os.WriteFile(p, append(b[:len(b)-1], '\n'), 0o644)
	settle(t, p)
	if _, out, _ := cliRun(t, "list", "lefevre", "--data", p); out != want[1][0] {
		t.Errorf("after a change the list is %.60q, want the file's own", out)
	}
}

// TestListCacheBadFile: a file that does not load is never cached, and
// says why every time.
func TestListCacheBadFile(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir)
	p := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(p, []byte(`{"events":[`+strings.Repeat(" ", cache.MinFileBytes)), 0o644)
	settle(t, p)
	for range 2 {
		code, out, stderr := cliRun(t, "list", "x", "--data", p)
		if code != 1 || out != "" {
			t.Errorf("exit %d, output %q; want 1 and nothing", code, out)
		}
		cliWantOneLine(t, stderr)
	}
	if des, _ := os.ReadDir(filepath.Join(dir, "timeline")); len(des) != 0 {
		t.Errorf("a bad file left %d cache files", len(des))
	}
}

// TestListCacheUnwritable: when the cache cannot be written, list answers
// all the same, with nothing on stderr.
func TestListCacheUnwritable(t *testing.T) {
	notDir := filepath.Join(t.TempDir(), "file")
	os.WriteFile(notDir, nil, 0o600)
	t.Setenv("XDG_CACHE_HOME", notDir)
	p := cachedFile(t)
	t.Setenv(cache.Env, "off")
	_, want, wantErr := cliRun(t, "list", "lefevre", "--data", p)
	t.Setenv(cache.Env, "")
	for range 2 {
		if code, out, stderr := cliRun(t, "list", "lefevre", "--data", p); code != 0 || out != want || stderr != wantErr {
			t.Errorf("exit %d, %d lines, stderr %q; want 0, %d lines, %q", code, len(cliLines(out)), stderr, len(cliLines(want)), wantErr)
		}
	}
}
