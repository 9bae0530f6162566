package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"timeline/data"
	"timeline/model"
)

// End-to-end tests of the notebook in the explorer: the form adds an event
// that lands in the list and in the file; another process's change shows
// within a second; both changing one event shows both versions.

// notebookFile writes the bundled dataset as a native file of the test's
// own, and points $XDG_DATA_HOME (notes, copies) at a directory of its own.
func notebookFile(t *testing.T) string {
	t.Helper()
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "events.json")
	if err := data.SaveNew(path, ds); err != nil {
		t.Fatal(err)
	}
	return path
}

// fileSays reports whether the file at path comes to hold every one of
// want within a few seconds: a save runs as a command, after the screen
// has shown the edit.
func fileSays(t *testing.T, path string, want ...string) bool {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		text := readFile(t, path)
		all := true
		for _, w := range want {
			all = all && strings.Contains(text, w)
		}
		if all || time.Now().After(deadline) {
			return all
		}
	}
}

// readFile returns the file's text.
func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestE2ENotebook(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not on PATH")
	}
	bin := e2eProgram(t)

	t.Run("FormAddsAnEvent", func(t *testing.T) {
		path := notebookFile(t)
		s := e2eStart(t, bin, 120, 40, "--data", path)
		s.waitText("36 events")
		s.keys("a")
		s.waitText("New event", "Title (en)")
		// Date, then five fields down the kind (l: layoff), two more the title.
		s.keys("C-u", "2025-10-22", "Tab", "Tab", "Tab", "Tab", "Tab", "l", "Tab", "Tab")
		s.keys("Meta cuts 600 jobs in its AI unit")
		s.keys("Tab", "Tab", "Tab", "Tab", "Alexandr")
		s.waitText("Alexandr Wang") // the suggestion
		s.keys("Right", "Tab", "Tab", "Tab", "TechCrunch", "C-s")
		rows := s.waitText("added “Meta cuts 600 jobs in its AI unit”", "37 events")
		if !strings.Contains(selectedRow(rows), "Meta cuts 600 jobs") {
			t.Errorf("the new event is not selected:\n%s", strings.Join(rows, "\n"))
		}
		// The screen says "added" once the edit is applied; the save
		// runs as a command and may end a moment later.
		if !fileSays(t, path, `"id": "meta-cuts-600-jobs-in-its-ai-unit"`, `"alexandr-wang"`) {
			t.Error("the new event is not in the file")
		}
		s.keys("q")
		s.waitExit()
	})

	t.Run("LiveReload", func(t *testing.T) {
		path := notebookFile(t)
		s := e2eStart(t, bin, 120, 40, "--data", path)
		s.waitText("36 events")
		s.keys("j")
		s.waitFor("the second event selected", func(rows []string) bool { return strings.Contains(selectedRow(rows), "Google") })
		changed := time.Now()
		if _, err := data.UpdateDraft(path, func(d *model.Draft) error {
			_, err := d.AddEvent(model.Event{Date: model.MustDate("2025-06-12"), Kind: model.Report, Status: model.Reported,
				Title: model.Plain("A colleague adds this")}.WithRefs(nil, []string{"reuters-google-split"}, nil))
			return err
		}); err != nil {
			t.Fatal(err)
		}
		rows := s.waitText("A colleague adds this", "37 events")
		seen := time.Since(changed)
		t.Logf("another process's change on screen after %v", seen)
		if seen > 2*time.Second { // a second, and room for a busy machine's polling
			t.Errorf("the change took %v to show", seen)
		}
		if !strings.Contains(selectedRow(rows), "Google") {
			t.Errorf("the reload lost the selection:\n%s", strings.Join(rows, "\n"))
		}
		s.keys("q")
		s.waitExit()
	})

	t.Run("Conflict", func(t *testing.T) {
		path := notebookFile(t)
		s := e2eStart(t, bin, 120, 40, "--data", path)
		s.waitText("36 events")
		s.keys("e")
		s.waitText("Edit: Meta buys")
		s.keys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "C-u", "Mine: Meta takes half of Scale AI")
		s.waitText("Mine: Meta takes half")
		if _, err := data.Update(path, func(ds *model.Dataset) error {
			ds.Events[0].Title.En = "Theirs: Meta buys 49% of Scale AI"
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		time.Sleep(data.WatchLatest) // the reload, then the save
		s.keys("C-s")
		s.waitText("You and someone else both changed", "Theirs: Meta buys 49%", "Mine: Meta takes half")
		s.keys("m")
		s.waitText("Kept your version")
		if !fileSays(t, path, "Mine: Meta takes half") || strings.Contains(readFile(t, path), "Theirs: Meta") {
			t.Error("the file does not hold the version kept")
		}
		s.keys("q")
		s.waitExit()
	})
}
