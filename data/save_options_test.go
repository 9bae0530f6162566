package data_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"timeline/data"
)

// TestWriteAtomicWithRefusals: what each option refuses, before writing
// and when the name is taken while the file is written, with an error
// that says why (errors.Is), on one line, the name as it was and no
// temporary file left.
func TestWriteAtomicWithRefusals(t *testing.T) {
	cases := []struct {
		name  string
		opt   data.WriteOptions
		setup func(path string) error // before the save
		while func(path string) error // while the file is written
		want  error
	}{
		{"new over a file", data.WriteOptions{New: true}, writeOld, nil, data.ErrExists},
		{"new, name taken meanwhile", data.WriteOptions{New: true}, nil, writeOld, data.ErrExists},
		{"no-follow over a link", data.WriteOptions{NoFollow: true}, linkToOld, nil, data.ErrSymlink},
		{"new over a link", data.WriteOptions{New: true}, linkToOld, nil, data.ErrExists},
		{"no-follow, link put there meanwhile", data.WriteOptions{NoFollow: true}, nil, linkToOld, data.ErrSymlink},
		{"FIFO put there meanwhile", data.WriteOptions{}, writeOld, mkfifoOver, data.ErrNotRegular},
		{"directory", data.WriteOptions{NoFollow: true}, func(p string) error { return os.Mkdir(p, 0o755) }, nil, data.ErrIsDir},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.json")
			if c.setup != nil {
				if err := c.setup(path); err != nil {
					t.Fatal(err)
				}
			}
			before, _ := os.Lstat(path)
			err := data.WriteAtomicWith(path, c.opt, func(w io.Writer) error {
				io.WriteString(w, "new")
				if c.while == nil {
					return nil
				}
				err := c.while(path)
				before, _ = os.Lstat(path) // what the save must leave
				return err
			})
			var se *data.SaveError
			if !errors.Is(err, c.want) || !errors.As(err, &se) {
				t.Fatalf("err = %v, want a *SaveError wrapping %v", err, c.want)
			}
			if strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), path+": ") {
				t.Errorf("message %q", err)
			}
			after, _ := os.Lstat(path)
			if before != nil && (after == nil || after.Mode() != before.Mode()) {
				t.Errorf("the name changed from %v to %v", before.Mode(), after)
			}
			if after != nil && after.Mode().IsRegular() {
				if b, _ := os.ReadFile(path); string(b) == "new" {
					t.Error("the name holds the new content")
				}
			}
			for _, n := range dirNames(t, dir) {
				if strings.HasSuffix(n, ".tmp") {
					t.Errorf("left behind: %s", n)
				}
			}
		})
	}
}

// TestWriteAtomicWithNewAndNoFollow: a free name gets the file, whole,
// with 0666 less the umask; NoFollow replaces a regular file keeping its
// mode.
func TestWriteAtomicWithNewAndNoFollow(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	if err := data.WriteAtomicWith(path, data.WriteOptions{New: true, NoFollow: true}, func(w io.Writer) error {
		_, err := io.WriteString(w, "first")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	os.Chmod(path, 0o604)
	if err := data.WriteAtomicWith(path, data.WriteOptions{NoFollow: true}, func(w io.Writer) error {
		_, err := io.WriteString(w, "second")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	st, _ := os.Stat(path)
	if string(b) != "second" || st.Mode().Perm() != 0o604 {
		t.Errorf("file %q, mode %v", b, st.Mode())
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}
}

func writeOld(path string) error { return os.WriteFile(path, []byte("old"), 0o644) }

func linkToOld(path string) error {
	old := path + ".target"
	if err := writeOld(old); err != nil {
		return err
	}
	return os.Symlink(old, path)
}

func mkfifoOver(path string) error {
	if err := os.Remove(path); err != nil {
		return err
	}
	return syscall.Mkfifo(path, 0o644)
}
