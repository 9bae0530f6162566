package cli

import (
	"bytes"
	"crypto/sha256"
	"io"
	"os"
	"path/filepath"
	"testing"

	"timeline/data"
	"timeline/model"
)

// notebook writes the bundled dataset as a native file in a new
// directory, with change applied to it first when not nil, and returns
// its path: a reporter's file for add, edit and rm to change.
func notebook(t *testing.T, change func(ds *model.Dataset)) string {
	t.Helper()
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	if change != nil {
		change(ds)
		ds.Index()
	}
	path := filepath.Join(t.TempDir(), "notebook.json")
	if err := data.SaveNew(path, ds); err != nil {
		t.Fatal(err)
	}
	return path
}

// cliRunIn is cliRun with stdin.
func cliRunIn(t *testing.T, stdin io.Reader, args ...string) (int, string, string) {
	t.Helper()
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_US.UTF-8")
	var out, errb bytes.Buffer
	code := Run(args, &out, &errb, Options{Version: "test", Stdin: stdin})
	return code, out.String(), errb.String()
}

// reload loads the file at path, failing the test if it does not load.
func reload(t *testing.T, path string) *model.Dataset {
	t.Helper()
	ds, _, err := data.Load(path)
	if err != nil {
		t.Fatalf("%s does not load: %v", path, err)
	}
	return ds
}

// checksum is the SHA-256 of the file at path.
func checksum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// mustEvent returns the event id of ds, failing the test if there is none.
func mustEvent(t *testing.T, ds *model.Dataset, id string) *model.Event {
	t.Helper()
	e := ds.Event(id)
	if e == nil {
		t.Fatalf("no event %q", id)
	}
	return e
}
