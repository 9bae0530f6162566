package notebook

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"timeline/data"
)

// home points DataDir at a new directory for the test.
func home(t *testing.T) string {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	return filepath.Join(dir, "timeline")
}

func TestDataDir(t *testing.T) {
	t.Setenv("HOME", "/home/reporter")
	for xdg, want := range map[string]string{
		"/data":     "/data/timeline",
		"":          "/home/reporter/.local/share/timeline",
		"relative/": "/home/reporter/.local/share/timeline",
	} {
		t.Setenv("XDG_DATA_HOME", xdg)
		if got, err := DataDir(); err != nil || got != want {
			t.Errorf("XDG_DATA_HOME=%q: %q, %v; want %q", xdg, got, err, want)
		}
	}
}

func TestStoreKeepsStarsAndNotesPrivately(t *testing.T) {
	dir := home(t)
	file := filepath.Join(t.TempDir(), "events.json")
	s, err := Open(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(s.Path(), filepath.Join(dir, "notes", "events-")) {
		t.Errorf("sidecar at %s", s.Path())
	}
	if n, err := s.Load(); err != nil || len(n.Events) != 0 {
		t.Fatalf("a dataset without notes: %v, %v", n, err)
	}
	_, err = s.Update(func(n *Notes) error {
		n.ToggleStar("cuts")
		n.SetNote("cuts", "source wants to stay anonymous\x1b]52;c;aGk=\x07; call back Tuesday")
		n.ToggleStar("hire")
		n.ToggleStar("hire") // unstarred: gone
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	if a := n.Get("cuts"); !a.Starred || a.Note != "source wants to stay anonymous; call back Tuesday" {
		t.Errorf("cuts: %+v", a)
	}
	if len(n.IDs()) != 1 || len(n.Starred()) != 1 || n.File != file {
		t.Errorf("notes %+v", n)
	}
	if st, _ := os.Stat(s.Path()); st.Mode().Perm() != 0o600 {
		t.Errorf("sidecar mode %v, want 0600", st.Mode())
	}
	if st, _ := os.Stat(filepath.Dir(s.Path())); st.Mode().Perm() != 0o700 {
		t.Errorf("notes directory mode %v, want 0700", st.Mode())
	}
	if _, err := os.Stat(file); err == nil {
		t.Error("annotating created the data file")
	}
}

func TestStoreNamesDatasetsApart(t *testing.T) {
	home(t)
	a, b := filepath.Join(t.TempDir(), "events.json"), filepath.Join(t.TempDir(), "events.json")
	os.WriteFile(a, []byte("{}"), 0o644)
	link := filepath.Join(t.TempDir(), "link.json")
	os.Symlink(a, link)
	sa, _ := Open(a)
	sb, _ := Open(b)
	sl, _ := Open(link)
	bundled, _ := Open("")
	if sa.Path() == sb.Path() {
		t.Error("two files of the same name share notes")
	}
	if sa.Path() != sl.Path() {
		t.Error("a link and its file have different notes")
	}
	if b2, _ := Open(data.BundledName); !strings.Contains(bundled.Path(), "summer2025-") || b2.Path() != bundled.Path() {
		t.Errorf("bundled notes at %s", bundled.Path())
	}
}

func TestStoreConcurrentUpdates(t *testing.T) {
	home(t)
	s, _ := Open(filepath.Join(t.TempDir(), "events.json"))
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			other, _ := Open(filepath.Join(filepath.Dir(s.key), "events.json"))
			if _, err := other.Update(func(n *Notes) error { n.ToggleStar(fmt.Sprint("e", i)); return nil }); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if n, _ := s.Load(); len(n.Starred()) != 8 {
		t.Errorf("%d stars of 8", len(n.Starred()))
	}
}

func TestStoreSurvivesAnEmptySidecar(t *testing.T) {
	home(t)
	s, _ := Open("x.json")
	os.MkdirAll(filepath.Dir(s.Path()), 0o700)
	os.WriteFile(s.Path(), nil, 0o600)
	if n, err := s.Load(); err != nil || len(n.Events) != 0 {
		t.Errorf("empty sidecar: %v, %v", n, err)
	}
	os.WriteFile(s.Path(), []byte("{not json"), 0o600)
	if _, err := s.Load(); err == nil {
		t.Error("a broken sidecar loaded")
	}
}

func TestBundledCopy(t *testing.T) {
	dir := home(t)
	path, err := BundledCopyPath()
	if err != nil || path != filepath.Join(dir, "summer2025.json") {
		t.Fatalf("BundledCopyPath = %q, %v", path, err)
	}
	ds, _ := data.Bundled()
	if err := SaveCopy(ds, path); err != nil {
		t.Fatal(err)
	}
	if err := SaveCopy(ds, path); err == nil {
		t.Error("a second copy replaced the first")
	}
	if next, _ := BundledCopyPath(); next != filepath.Join(dir, "summer2025-2.json") {
		t.Errorf("next copy at %s", next)
	}
	if back, _, err := data.Load(path); err != nil || len(back.Events) != len(ds.Events) {
		t.Errorf("the copy does not load: %v", err)
	}
}
