package data_test

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"timeline/data"
)

// dirNames lists the names in dir, to find temporary files left behind.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

func TestWriteAtomicReplacesKeepingMode(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "events.json")
	if err := os.WriteFile(path, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	os.Chmod(path, 0o640)
	before, _ := os.Stat(path)
	if err := data.WriteAtomic(path, []byte("new content")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	st, _ := os.Stat(path)
	if string(got) != "new content" || st.Mode().Perm() != 0o640 {
		t.Errorf("file %q, mode %v", got, st.Mode())
	}
	if os.SameFile(before, st) {
		t.Error("the file was written in place, not replaced")
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}
}

func TestWriteAtomicNewFileFollowsUmask(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	path := filepath.Join(t.TempDir(), "new.json")
	if err := data.WriteAtomic(path, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640 under umask 027", st.Mode())
	}
}

func TestWriteAtomicFollowsSymlinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "shared", "events.json")
	os.Mkdir(filepath.Dir(real), 0o755)
	os.WriteFile(real, []byte("old"), 0o600)
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	if err := data.WriteAtomic(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Lstat(link); st.Mode()&fs.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if got, _ := os.ReadFile(real); string(got) != "new" {
		t.Errorf("target holds %q", got)
	}
	if st, _ := os.Stat(real); st.Mode().Perm() != 0o600 {
		t.Errorf("target mode %v", st.Mode())
	}
	if names := dirNames(t, filepath.Dir(real)); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}
}

func TestWriteAtomicRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	dangling := filepath.Join(dir, "dangling")
	os.Symlink(filepath.Join(dir, "missing"), dangling)
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	for name, path := range map[string]string{"a FIFO": fifo, "a directory": sub, "a device": "/dev/null", "a dangling link": dangling} {
		err := data.WriteAtomic(path, []byte("x"))
		if err == nil {
			t.Errorf("%s: replaced", name)
			continue
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: a message on several lines: %q", name, err)
		}
	}
	if names := dirNames(t, dir); len(names) != 3 {
		t.Errorf("left behind: %v", names)
	}
}

func TestWriteAtomicCleansUpOnError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "events.json")
	os.WriteFile(path, []byte("old"), 0o644)
	boom := errors.New("boom")
	err := data.WriteAtomicFunc(path, func(w io.Writer) error {
		w.Write([]byte("half a fi"))
		return boom
	})
	if err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("error %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("file now %q", got)
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}
	if os.Geteuid() != 0 { // root writes anywhere
		os.Chmod(dir, 0o555)
		defer os.Chmod(dir, 0o755)
		if err := data.WriteAtomic(path, []byte("x")); err == nil {
			t.Error("saved into a read-only directory")
		}
	}
}

func TestSaveNewNeverReplaces(t *testing.T) {
	ds, _ := data.Bundled()
	dir := t.TempDir()
	path := filepath.Join(dir, "copy.json")
	if err := data.SaveNew(path, ds); err != nil {
		t.Fatal(err)
	}
	back, _, err := data.Load(path)
	if err != nil || len(back.Events) != len(ds.Events) {
		t.Fatalf("the copy does not load back: %v", err)
	}
	before, _ := os.ReadFile(path)
	if err := data.SaveNew(path, ds); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("second SaveNew: %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("the copy was overwritten")
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}
}

// TestWriteAtomicSIGTERM sends SIGTERM to a process in the middle of a
// large save: the save must stop, remove its temporary file, leave the
// file as it was, and tell its caller.
func TestWriteAtomicSIGTERM(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			if signal.Ignored(sig) {
				t.Skipf("%v is ignored here (nohup?), and so in the helper", sig)
			}
			dir := t.TempDir()
			path := filepath.Join(dir, "events.json")
			os.WriteFile(path, []byte("the old content"), 0o644)
			cmd := helper("slowwrite", path)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, err := bufio.NewReader(out).ReadString('\n')
			if err != nil || line != "writing\n" {
				cmd.Process.Kill()
				t.Fatalf("helper said %q, %v", line, err)
			}
			if names := dirNames(t, dir); len(names) != 2 {
				t.Errorf("while writing, the directory holds %v, want the file and a temporary file", names)
			}
			cmd.Process.Signal(sig)
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err = <-done:
			case <-time.After(20 * time.Second):
				cmd.Process.Kill()
				t.Fatal("the helper did not stop")
			}
			var exit *os.ProcessState
			if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
				exit = ee.ProcessState
			}
			if exit == nil || exit.ExitCode() != helperInterrupted {
				t.Errorf("helper ended with %v, want exit status 3 (interrupted)", err)
			}
			if names := dirNames(t, dir); len(names) != 1 || names[0] != "events.json" {
				t.Errorf("left behind: %v", names)
			}
			if got, _ := os.ReadFile(path); string(got) != "the old content" {
				t.Errorf("the file now holds %d bytes", len(got))
			}
		})
	}
}

func TestWriteAtomicKeepsOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root can give a file to someone else")
	}
	path := filepath.Join(t.TempDir(), "events.json")
	os.WriteFile(path, []byte("old"), 0o644)
	if err := os.Chown(path, 1234, 5678); err != nil {
		t.Skip(err)
	}
	if err := data.WriteAtomic(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(path)
	if sys := st.Sys().(*syscall.Stat_t); sys.Uid != 1234 || sys.Gid != 5678 {
		t.Errorf("owner %d:%d, want 1234:5678", sys.Uid, sys.Gid)
	}
}

// TestWriteAtomicKeepsNohup: a process started with SIGHUP ignored (under
// nohup) must not have its save stopped by a hangup.
func TestWriteAtomicKeepsNohup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "events.json")
	os.WriteFile(path, []byte("old"), 0o644)
	cmd := helper("slowwrite-nohup", path)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	if line, _ := bufio.NewReader(out).ReadString('\n'); line != "writing\n" {
		t.Fatalf("helper said %q", line)
	}
	cmd.Process.Signal(syscall.SIGHUP)
	time.Sleep(300 * time.Millisecond)
	if names := dirNames(t, dir); len(names) != 2 {
		t.Errorf("after SIGHUP the directory holds %v: the save stopped", names)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	err := cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != helperInterrupted {
		t.Errorf("helper ended with %v, want the exit status of an interrupted save", err)
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}
}
