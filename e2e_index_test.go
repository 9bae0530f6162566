package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// e2eBigFile is the size from which a file is big: list hints at an
// index on a terminal, and the explorer starts on a loading screen.
const e2eBigFile = 20 << 20

// e2eIndexHint: "timeline list" on a big file with no index says once, on
// the terminal, that "timeline index" would make it quick; after "timeline
// index" the same list answers from the index, without the hint.
func e2eIndexHint(t *testing.T, bin string) {
	dir := t.TempDir()
	p := filepath.Join(dir, "big.json")
	out, err := exec.Command(bin, "generate", "--events", "20000", "--seed", "3").Output()
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < e2eBigFile {
		t.Fatalf("the file is %d bytes, under the %d that make it big", len(out), e2eBigFile)
	}
	if err := os.WriteFile(p, out, 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Minute)
	os.Chtimes(p, old, old)

	const hint = `"timeline index" on it makes list answer at once`
	// The pane stays after list ends, so that its last words can be read.
	list := shQuote(bin) + " list zzzq --data " + shQuote(p) + "; echo LIST-EXIT=$?; sleep 60"
	s := e2eStart(t, "/bin/sh", 200, 10, "-c", list)
	s.waitText(hint, "LIST-EXIT=0")

	if msg, err := exec.Command(bin, "index", p).CombinedOutput(); err != nil {
		t.Fatalf("index: %v: %s", err, msg)
	}
	s = e2eStart(t, "/bin/sh", 200, 10, "-c", list)
	rows := s.waitText("LIST-EXIT=0")
	if screen := strings.Join(rows, "\n"); strings.Contains(screen, hint) {
		t.Errorf("the hint is still shown after timeline index:\n%s", screen)
	}
}
