package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"timeline/data"
)

// TestE2EAddTwoShellLoops: two shell loops run timeline add 12 times each
// on one file at the same time, as two reporters (or two scripts) would:
// all 24 events are there at the end, none lost to the other's save. Both
// add the same titles citing the same addresses, so that their ids clash
// and each must find the source the other added: under the lock, every
// add reads the file as the other left it.
func TestE2EAddTwoShellLoops(t *testing.T) {
	bin := e2eProgram(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "notebook.json")
	if out, err := exec.Command(bin, "export", "--format", "json", "-o", path).CombinedOutput(); err != nil {
		t.Fatalf("export: %v: %s", err, out)
	}
	before, _, err := data.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	const loop = `for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
  "$0" add --data "$1" --date 2025-10-22 --kind layoff --title "Breaking $i" --person "$2" \
    --source-outlet Wire --source-url "https://wire.example/breaking/$i" >/dev/null || exit 1
done`
	var wg sync.WaitGroup
	outs := make([][]byte, 2)
	errs := make([]error, 2)
	for w, who := range []string{"Jane Doe", "John Roe"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[w], errs[w] = exec.Command("/bin/sh", "-c", loop, bin, path, who).CombinedOutput()
		}()
	}
	wg.Wait()
	for w := range errs {
		if errs[w] != nil {
			t.Fatalf("loop %d: %v\n%s", w, errs[w], outs[w])
		}
	}
	after, _, err := data.Load(path)
	if err != nil {
		t.Fatalf("the file does not load after the loops: %v", err)
	}
	if got := len(after.Events) - len(before.Events); got != 24 {
		t.Fatalf("%d events added, want 24", got)
	}
	for i := 1; i <= 12; i++ {
		title := fmt.Sprintf("Breaking %d", i)
		var ids, sources, people []string
		for _, e := range after.Events {
			if e.Title.En == title {
				ids = append(ids, e.ID)
				sources = append(sources, e.Sources()...)
				people = append(people, e.People[0].ID())
			}
		}
		slices.Sort(people)
		if len(ids) != 2 || ids[0] == ids[1] || len(sources) != 2 || sources[0] != sources[1] ||
			!slices.Equal(people, []string{"jane-doe", "john-roe"}) {
			t.Errorf("%q: events %q citing %q with %q, want two events citing one source, one by each loop", title, ids, sources, people)
		}
	}
	if n := len(after.People) - len(before.People); n != 2 {
		t.Errorf("%d people added, want Jane Doe and John Roe once each", n)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if n := e.Name(); n != "notebook.json" && n != ".notebook.json.lock" {
			t.Errorf("left behind: %s", n)
		}
	}
}
