package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCLIMessagesClean: a message that echoes an argument (a file name,
// a query, an id, a command or a flag) is cleaned as data is, so that no
// byte of it reaches the terminal as a control, whether the command
// succeeds or not.
func TestCLIMessagesClean(t *testing.T) {
	dir := t.TempDir()
	const evil = "\x1b]0;T\x07\x1b[2J\u202e\u009b6n"
	b, err := os.ReadFile(filepath.Join("..", "data", "summer2025.json"))
	if err != nil {
		t.Fatal(err)
	}
	valid := filepath.Join(dir, "v"+evil+".json")
	if err := os.WriteFile(valid, b, 0o644); err != nil {
		t.Fatal(err)
	}
	settle(t, valid) // else index waits for the file to settle
	out := filepath.Join(dir, "out"+evil+"x")
	missing := filepath.Join(dir, "missing"+evil)
	for _, args := range [][]string{
		{"export", "--format", "json", "-o", out},
		{"export", "--format", "json", "-o", out},
		{"export", "--format", "json", "-o", filepath.Join(missing, "x")},
		{"validate", valid},
		{"index", valid},
		{"list", "--data", missing},
		{"list", "kind:" + evil},
		{"show", "no" + evil},
		{"bogus" + evil},
		{"list", "--x" + evil},
		{"list", "--lang", evil},
		{"help", "x" + evil},
		{"generate", "--events", evil},
		{"add", "--data", valid, "--date", evil, "--kind", "hire", "--title", "T", "--source-outlet", "W"},
		{"add", "--data", valid, "--date", "2025", "--kind", "hire", "--title", "T", "--source-outlet", "W", "--person", "x" + evil, "--org", evil},
		{"add", "--data", missing, "--date", "2025", "--kind", "hire", "--title", "T", "--source-outlet", "W"},
		{"edit", "no" + evil, "--data", valid, "--status", "confirmed"},
		{"rm", "no" + evil, "--data", valid},
	} {
		_, _, errs := cliRun(t, args...)
		if errs == "" {
			t.Errorf("%q said nothing on stderr", args)
		}
		for _, l := range cliLines(errs) {
			if !cleanLine(l) {
				t.Errorf("%q: stderr carries a control character: %q", args, l)
			}
		}
	}
	if _, err := os.Stat(out); err != nil {
		t.Errorf("the export to a name with controls was not written: %v", err)
	}
	if !strings.Contains(out, "\x1b") {
		t.Fatal("the test's file name lost its escape")
	}
}
