package cli

import (
	"path/filepath"
	"testing"
)

// TestAddKeepsAMark checks that add leaves a mark of the file it saved in
// the cache directory, for the next change to trust, and none when the
// cache is turned off.
func TestAddKeepsAMark(t *testing.T) {
	for _, off := range []bool{false, true} {
		cache := t.TempDir()
		t.Setenv("XDG_CACHE_HOME", cache)
		if off {
			t.Setenv("TIMELINE_CACHE", "off")
		}
		path := notebook(t, nil)
		add(t, addArgs(path)...)
		add(t, addArgs(path, "--title", "Acme cuts 700 jobs")...)
		marks, _ := filepath.Glob(filepath.Join(cache, "timeline", "*.mark"))
		if want := map[bool]int{false: 1, true: 0}[off]; len(marks) != want {
			t.Errorf("cache off %v: %d marks, want %d", off, len(marks), want)
		}
	}
}
