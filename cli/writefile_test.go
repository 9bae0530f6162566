package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"timeline/i18n"
	"timeline/locale"
)

// slowExportEnv names the file TestHelperSlowExport writes; set, the test
// binary is the helper.
const slowExportEnv = "TIMELINE_TEST_SLOW_EXPORT"

// TestHelperSlowExport is not a test: started by TestExportSignal, it
// writes a file as export -o does (writeFile), slowly: it says "ready" on
// stdout once it has begun, then goes on writing until a signal stops it.
func TestHelperSlowExport(t *testing.T) {
	path := os.Getenv(slowExportEnv)
	if path == "" {
		t.Skip("the helper process of TestExportSignal")
	}
	err := writeFile(i18n.For(locale.English), path, false, func(w io.Writer) error {
		if _, err := io.WriteString(w, `{"events": [`); err != nil {
			return err
		}
		fmt.Println("ready")
		for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); {
			if _, err := io.WriteString(w, `{"id": "x"}, `); err != nil {
				return err
			}
			time.Sleep(5 * time.Millisecond)
		}
		return errors.New("no signal came")
	})
	t.Fatalf("writeFile returned %v, want the process killed by the signal", err)
}

// TestExportSignal: SIGINT, SIGTERM or SIGHUP while an export is being
// written removes the temporary file, and the process still ends by the
// signal, as the shell expects.
func TestExportSignal(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			t.Parallel()
			if signal.Ignored(sig) {
				t.Skipf("%v is ignored here, so it would be in the helper too", sig)
			}
			dir := t.TempDir()
			cmd := exec.Command(os.Args[0], "-test.run=^TestHelperSlowExport$")
			cmd.Env = append(os.Environ(), slowExportEnv+"="+filepath.Join(dir, "big.json"))
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			ready := make(chan string, 1)
			go func() {
				line, _ := bufio.NewReader(out).ReadString('\n')
				ready <- line
			}()
			select {
			case line := <-ready:
				if line != "ready\n" {
					cmd.Process.Kill()
					t.Fatalf("the helper said %q", line)
				}
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				t.Fatal("the helper did not start writing")
			}
			if n := tempFiles(t, dir); n != 1 {
				t.Fatalf("%d temporary files while writing, want 1", n)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			cmd.Wait()
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != sig {
				t.Errorf("the helper ended with %v, want killed by %v", cmd.ProcessState, sig)
			}
			if n := tempFiles(t, dir); n != 0 {
				t.Errorf("%d temporary files left after %v", n, sig)
			}
		})
	}
}

// TestWriteFileErrors: a write that fails, a name taken meanwhile
// (without --force, or by a FIFO with it) and a panic each leave no
// temporary file, and the name as it was.
func TestWriteFileErrors(t *testing.T) {
	cat := i18n.For(locale.English)
	cases := map[string]struct {
		force bool
		write func(path string, w io.Writer) error
	}{
		"write fails": {false, func(_ string, w io.Writer) error {
			io.WriteString(w, "half")
			return errors.New("disk full")
		}},
		"name taken meanwhile": {false, func(path string, w io.Writer) error {
			io.WriteString(w, "new")
			return os.WriteFile(path, []byte("theirs"), 0o644)
		}},
		"FIFO put there meanwhile": {true, func(path string, w io.Writer) error {
			io.WriteString(w, "new")
			return syscall.Mkfifo(path, 0o644)
		}},
		"panic": {false, func(_ string, w io.Writer) error {
			io.WriteString(w, "half")
			panic("a bug while writing")
		}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.json")
			err := func() (err error) {
				defer func() {
					if r := recover(); r != nil {
						err = fmt.Errorf("panic: %v", r)
					}
				}()
				return writeFile(cat, path, c.force, func(w io.Writer) error { return c.write(path, w) })
			}()
			if err == nil {
				t.Fatal("no error")
			}
			if n := tempFiles(t, dir); n != 0 {
				t.Errorf("%d temporary files left after %v", n, err)
			}
			if st, err := os.Lstat(path); err == nil && st.Mode().IsRegular() {
				if b, _ := os.ReadFile(path); strings.Contains(string(b), "new") || strings.Contains(string(b), "half") {
					t.Errorf("the name holds what was being written: %q", b)
				}
			}
		})
	}
}

// tempFiles counts the temporary files of writeFile (data's atomic
// writer: ".NAME.RANDOM.tmp") in dir.
func tempFiles(t *testing.T, dir string) int {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			n++
		}
	}
	return n
}
