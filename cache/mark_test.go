package cache

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestMarks checks that a mark is given back for its file only, only to
// the build of the program that kept it, and that the cache keeps the
// most recent markKeep.
func TestMarks(t *testing.T) {
	c := &Cache{dir: t.TempDir()}
	c.SetMark("a.json", []byte("one"))
	if got := string(c.Mark("a.json")); got != "one" {
		t.Errorf("mark of a.json: %q, want \"one\"", got)
	}
	if got := c.Mark("b.json"); got != nil {
		t.Errorf("mark of b.json, never kept: %q", got)
	}
	name, _, _ := c.markFile("a.json")
	if err := os.WriteFile(name, []byte("another build's\none"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := c.Mark("a.json"); got != nil {
		t.Errorf("a mark another build kept was given back: %q", got)
	}
	for i := range markKeep + 5 {
		c.SetMark(fmt.Sprintf("f%d.json", i), []byte("x"))
	}
	marks, _ := filepath.Glob(filepath.Join(c.dir, "*"+markSuffix))
	if len(marks) != markKeep {
		t.Errorf("%d marks kept, want %d", len(marks), markKeep)
	}
	var none *Cache
	none.SetMark("a.json", []byte("one"))
	if none.Mark("a.json") != nil {
		t.Error("the cache turned off gave a mark back")
	}
}
