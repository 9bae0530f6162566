package data_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"timeline/data"
)

// waitChange waits up to within for a report from w.
func waitChange(w *data.Watcher, within time.Duration) bool {
	select {
	case _, ok := <-w.Changes():
		return ok
	case <-time.After(within):
		return false
	}
}

func TestWatchReportsEveryKindOfChange(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "events.json")
	os.WriteFile(path, []byte("v1"), 0o644)
	w, err := data.Watch(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for _, change := range []struct {
		name string
		do   func() error
	}{
		{"an atomic save", func() error { return data.WriteAtomic(path, []byte("v2")) }},
		{"a write in place", func() error { return os.WriteFile(path, []byte("v3"), 0o644) }},
		{"a rename over it", func() error {
			other := filepath.Join(dir, "other.json")
			os.WriteFile(other, []byte("v4"), 0o644)
			return os.Rename(other, path)
		}},
		{"a removal", func() error { return os.Remove(path) }},
		{"a new file", func() error { return os.WriteFile(path, []byte("v5"), 0o644) }},
	} {
		if err := change.do(); err != nil {
			t.Fatal(err)
		}
		if !waitChange(w, time.Second) {
			t.Errorf("%s was not reported within a second", change.name)
		}
		waitChange(w, 2*data.WatchQuiet) // the tail of the same burst
	}
}

func TestWatchIgnoresOtherFilesAndModes(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "events.json")
	os.WriteFile(path, []byte("v1"), 0o644)
	w, err := data.Watch(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "events.json.bak"), []byte("x"), 0o644)
	os.Chmod(path, 0o600)
	l, _ := data.LockFile(path, time.Second)
	l.Unlock()
	if waitChange(w, 3*data.WatchQuiet) {
		t.Error("a change to another file, a lock or a mode was reported")
	}
}

func TestWatchDebounces(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.json")
	os.WriteFile(path, []byte("v"), 0o644)
	w, err := data.Watch(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	start := time.Now()
	for i := 0; i < 30; i++ {
		data.WriteAtomic(path, []byte{byte('a' + i%26)})
		time.Sleep(10 * time.Millisecond)
	}
	if !waitChange(w, time.Second) {
		t.Fatal("nothing reported")
	}
	reports := 1
	for waitChange(w, 3*data.WatchQuiet) {
		reports++
	}
	// About one report per WatchLatest while the burst lasts, not thirty.
	if most := int(time.Since(start)/data.WatchLatest) + 2; reports > most {
		t.Errorf("%d reports for a burst of 30 saves, want at most %d", reports, most)
	}
}

func TestWatchFollowsSymlinkTarget(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real", "events.json")
	os.Mkdir(filepath.Dir(real), 0o755)
	os.WriteFile(real, []byte("v1"), 0o644)
	link := filepath.Join(dir, "events.json")
	os.Symlink(real, link)
	w, err := data.Watch(link)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	data.WriteAtomic(link, []byte("v2"))
	if !waitChange(w, time.Second) {
		t.Error("a save through the link was not reported")
	}
}

func TestWatchClose(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.json")
	w, err := data.Watch(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	select {
	case _, ok := <-w.Changes():
		if ok {
			t.Error("a report after Close")
		}
	case <-time.After(time.Second):
		t.Error("Changes not closed")
	}
	if _, err := data.Watch(filepath.Join(t.TempDir(), "missing-dir", "events.json")); err == nil {
		t.Error("watched a file in a directory that does not exist")
	}
}
