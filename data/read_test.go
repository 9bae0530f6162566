package data

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// checkReadError asserts a one-line error that names path.
func checkReadError(t *testing.T, path string, err error, fragment string) {
	t.Helper()
	if err == nil {
		t.Fatalf("ReadFile(%q) succeeded, want an error", path)
	}
	msg := err.Error()
	if strings.ContainsAny(msg, "\n\r") {
		t.Errorf("error spans lines: %q", msg)
	}
	if !strings.HasPrefix(msg, path) {
		t.Errorf("error %q does not start with the path %q", msg, path)
	}
	if !strings.Contains(msg, fragment) {
		t.Errorf("error %q does not contain %q", msg, fragment)
	}
	var le *LoadError
	if !errors.As(err, &le) {
		t.Errorf("error %T is not a *LoadError", err)
	}
}

// readWithin runs ReadFile(path) and reports whether it returned within d.
// unblock, when not nil, is called on timeout to free the stuck call, so
// that the test neither hangs nor leaks a blocked thread; the result is then
// the one returned once unblocked.
func readWithin(t *testing.T, path string, d time.Duration, unblock func()) (b []byte, inTime bool, err error) {
	t.Helper()
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := ReadFile(path)
		done <- result{b, err}
	}()
	select {
	case r := <-done:
		return r.b, true, r.err
	case <-time.After(d):
	}
	if unblock != nil {
		unblock()
	}
	select {
	case r := <-done:
		return r.b, false, r.err
	case <-time.After(5 * time.Second):
		t.Fatalf("ReadFile(%q) blocked for over %v and could not be released", path, d+5*time.Second)
	}
	return nil, false, nil
}

func TestReadFileGood(t *testing.T) {
	path := filepath.Join("testdata", "good", "minimal.json")
	b, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(path)
	if string(b) != string(want) {
		t.Error("ReadFile returned different bytes from os.ReadFile")
	}
	// An empty regular file reads as empty, and is refused by the parser.
	empty := filepath.Join(t.TempDir(), "empty.json")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := ReadFile(empty); err != nil || len(b) != 0 {
		t.Errorf("ReadFile(empty) = %d bytes, %v", len(b), err)
	}
}

func TestReadFileDirectory(t *testing.T) {
	dir := t.TempDir()
	_, err := ReadFile(dir)
	checkReadError(t, dir, err, "directory")
	_, _, err = Load(dir)
	checkReadError(t, dir, err, "directory")
}

func TestReadFileMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nope.json")
	_, err := ReadFile(path)
	checkReadError(t, path, err, "no such file")
	_, _, err = Load(path)
	checkReadError(t, path, err, "no such file")
	// A path through a regular file.
	file := filepath.Join("testdata", "good", "minimal.json", "x.json")
	_, err = ReadFile(file)
	checkReadError(t, file, err, "")
}

func TestReadFileNoPermission(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, which can read a mode 000 file")
	}
	path := filepath.Join(t.TempDir(), "secret.json")
	if err := os.WriteFile(path, []byte("{}"), 0o000); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(path)
	checkReadError(t, path, err, "permission denied")
}

func TestReadFileFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fifo.json")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	// Opening the FIFO for writing, without blocking, releases a reader
	// stuck in open.
	unblock := func() {
		if f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
	}
	_, inTime, err := readWithin(t, path, 2*time.Second, unblock)
	checkReadError(t, path, err, "not a regular file")
	if !inTime {
		t.Fatal("ReadFile blocked on a FIFO with no writer")
	}
}

func TestReadFileDevZero(t *testing.T) {
	const path = "/dev/zero"
	if _, err := os.Stat(path); err != nil {
		t.Skip("no /dev/zero")
	}
	_, inTime, err := readWithin(t, path, 2*time.Second, nil)
	if !inTime {
		t.Errorf("ReadFile(/dev/zero) blocked")
	}
	checkReadError(t, path, err, "not a regular file")
}

func TestReadFileSymlinkToDirectory(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(dir, link); err != nil {
		t.Skipf("symlink: %v", err)
	}
	_, err := ReadFile(link)
	checkReadError(t, link, err, "directory")
}

func TestReadFileSizeLimit(t *testing.T) {
	// A sparse file just over the limit: refused by size, not read.
	path := filepath.Join(t.TempDir(), "huge.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFileBytes + 1); err != nil {
		f.Close()
		t.Skipf("truncate: %v", err)
	}
	f.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err = ReadFile(path)
	runtime.ReadMemStats(&after)
	checkReadError(t, path, err, "limit")
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("refusing a huge file allocated %d bytes; it should be refused by its size, unread", n)
	}
}
