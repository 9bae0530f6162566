package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// End-to-end tests of docs/HOSTILE_INPUT.md's terminal line: TERM=dumb,
// NO_COLOR, the hostile dataset browsed in a real terminal, signals,
// ctrl+z/fg and a panic. They reuse the tmux helpers of e2e_test.go.

// e2eStartShell starts a tmux session of w×h cells running shell, a line
// for sh, with env (NAME=value pairs) added to an English UTF-8 locale and
// TERM=xterm-256color. s.exit is a file the line may write to.
func e2eStartShell(t *testing.T, w, h int, env []string, shell func(s *tmuxSession) string) *tmuxSession {
	t.Helper()
	sockDir, err := os.MkdirTemp("", "tl-e2e-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(sockDir) })
	s := &tmuxSession{t: t, socket: filepath.Join(sockDir, "tmux"), exit: filepath.Join(sockDir, "exit")}
	t.Cleanup(func() { _ = s.tmux("kill-server") })
	cmd := "env -u LC_ALL -u LC_MESSAGES LANG=en_US.UTF-8 TERM=xterm-256color"
	for _, kv := range env {
		cmd += " " + shQuote(kv)
	}
	cmd += " " + shell(s)
	if err := s.tmux("new-session", "-d", "-s", "e2e", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), cmd); err != nil {
		t.Fatalf("tmux new-session: %v", err)
	}
	return s
}

// e2eStartKept runs bin with args like e2eStart, but stderr goes to the
// returned file and, once the program has ended, the pane stays open on
// the shell's normal screen with "after-exit" on it, so that what the
// program left behind can be inspected.
func e2eStartKept(t *testing.T, bin string, w, h int, env []string, args ...string) (*tmuxSession, string) {
	t.Helper()
	var errFile string
	s := e2eStartShell(t, w, h, env, func(s *tmuxSession) string {
		errFile = filepath.Join(filepath.Dir(s.exit), "stderr")
		line := shQuote(bin)
		for _, a := range args {
			line += " " + shQuote(a)
		}
		line += " 2>" + shQuote(errFile) + "; echo EXIT=$? > " + shQuote(s.exit) + "; echo after-exit; exec sleep 60"
		return "sh -c " + shQuote(line)
	})
	return s, errFile
}

// format asks tmux for a format of the pane, such as #{alternate_on}.
func (s *tmuxSession) format(f string) string {
	s.t.Helper()
	out, err := s.tmuxOutput("display", "-p", "-t", "e2e", f)
	if err != nil {
		s.t.Fatalf("display %s: %v", f, err)
	}
	return strings.TrimSuffix(out, "\n")
}

// wantRestored checks that the program left the terminal as it found it:
// the alternate screen left (the shell's screen shows), the cursor shown,
// the mouse released.
func (s *tmuxSession) wantRestored() {
	s.t.Helper()
	s.waitFor("the shell's screen after the program", func(rows []string) bool {
		all := strings.Join(rows, "\n")
		return strings.Contains(all, "after-exit") && !strings.Contains(all, "Timeline")
	})
	for f, want := range map[string]string{"#{alternate_on}": "0", "#{cursor_flag}": "1", "#{mouse_any_flag}": "0", "#{mouse_button_flag}": "0"} {
		if got := s.format(f); got != want {
			s.t.Errorf("%s = %q after the program ended, want %q", f, got, want)
		}
	}
}

// programPid returns the pid of the timeline binary running in the pane:
// the pane's process is the sh -c wrapper, the binary its child.
func (s *tmuxSession) programPid(bin string) int {
	s.t.Helper()
	// The link names the program; the process's executable is the file
	// it points to.
	if real, err := filepath.EvalSymlinks(bin); err == nil {
		bin = real
	}
	pane, err := strconv.Atoi(s.format("#{pane_pid}"))
	if err != nil {
		s.t.Fatalf("pane_pid: %v", err)
	}
	deadline := time.Now().Add(e2eTimeout)
	for {
		pids := []int{pane}
		for len(pids) > 0 {
			pid := pids[0]
			pids = pids[1:]
			if exe, err := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid)); err == nil && exe == bin {
				return pid
			}
			out, _ := exec.Command("pgrep", "-P", strconv.Itoa(pid)).Output()
			for _, f := range strings.Fields(string(out)) {
				if n, err := strconv.Atoi(f); err == nil {
					pids = append(pids, n)
				}
			}
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("no process of %s under the pane's pid %d", bin, pane)
		}
		time.Sleep(e2ePoll)
	}
}

// colourSGR matches an SGR sequence as capture-pane -e writes it.
var colourSGR = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// colourParam reports whether an SGR parameter list sets a colour (the
// defaults 39 and 49 are not colours).
func colourParam(params string) bool {
	for _, p := range strings.FieldsFunc(params, func(r rune) bool { return r == ';' || r == ':' }) {
		n, _ := strconv.Atoi(p)
		if n >= 30 && n <= 38 || n >= 40 && n <= 48 || n >= 90 && n <= 97 || n >= 100 && n <= 107 {
			return true
		}
	}
	return false
}

// hostileEventCount reads how many events testdata/hostile.json holds.
func hostileEventCount(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "hostile.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f struct{ Events []json.RawMessage }
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	return len(f.Events)
}

func TestE2EHostile(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not on PATH")
	}
	bin := e2eProgram(t)
	const title = "Meta Superintelligence Labs"

	t.Run("TermDumb", func(t *testing.T) {
		t.Parallel()
		s, _ := e2eStartKept(t, bin, 100, 30, []string{"TERM=dumb"})
		s.waitText(title, "Timeline")
		s.keys("j")
		s.waitText("Google")
		s.keys("q")
		if got := s.waitExit(); got != "EXIT=0" {
			t.Errorf("exit after q: %s, want EXIT=0", got)
		}
		s.wantRestored()
	})

	t.Run("NoColor", func(t *testing.T) {
		t.Parallel()
		s, _ := e2eStartKept(t, bin, 120, 40, []string{"NO_COLOR=1"})
		s.waitText(title, "Timeline")
		s.keys("?")
		s.waitText("Help")
		out, err := s.tmuxOutput("capture-pane", "-e", "-p", "-t", "e2e")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "\x1b[") {
			t.Fatalf("capture-pane -e shows no styling at all; the check would pass vacuously:\n%s", out)
		}
		for _, m := range colourSGR.FindAllStringSubmatch(out, -1) {
			if colourParam(m[1]) {
				t.Fatalf("NO_COLOR=1 but the screen has colour %q", m[0])
			}
		}
		s.keys("Escape")
		s.waitFor("the help to close", func(rows []string) bool {
			return !strings.Contains(strings.Join(rows, "\n"), "Help")
		})
		s.keys("q")
		if got := s.waitExit(); got != "EXIT=0" {
			t.Errorf("exit after q: %s, want EXIT=0", got)
		}
	})

	t.Run("HostileDataset", func(t *testing.T) {
		t.Parallel()
		s, _ := e2eStartKept(t, bin, 120, 40, nil, "--data", filepath.Join("testdata", "hostile.json"))
		// With set-clipboard on, an OSC 52 that leaked would land in tmux's
		// paste buffers.
		if err := s.tmux("set", "-g", "set-clipboard", "on"); err != nil {
			t.Fatal(err)
		}
		s.waitText("Hostile payloads", "Clipboard grab")
		titleBefore := s.format("#{pane_title}")
		if buf, _ := s.tmuxOutput("list-buffers"); buf != "" {
			t.Fatalf("paste buffers before browsing: %q", buf)
		}
		leaked := func(rows []string) {
			all := strings.Join(rows, "\n")
			for _, p := range []string{"pwned", "aGFja2Vk", "evil.example", "AAAA", "$qm"} {
				if strings.Contains(all, p) {
					t.Fatalf("the hidden part %q of a payload is on screen:\n%s", p, all)
				}
			}
		}
		prev := selectedRow(s.screen(false))
		n := hostileEventCount(t)
		for i := 1; i < n; i++ {
			s.keys("j")
			rows := s.waitFor(fmt.Sprintf("event %d selected", i+1), func(rows []string) bool {
				r := selectedRow(rows)
				return r != "" && r != prev
			})
			prev = selectedRow(rows)
			leaked(rows)
			// -J joins what tmux wrapped, so a line drawn too wide shows whole.
			for row, r := range s.screen(true) {
				if w := ansi.StringWidth(r); w > 120 {
					t.Errorf("row %d is %d columns wide, want at most 120: %q", row, w, r)
				}
			}
			if i%4 == 0 || i > n-3 {
				s.keys("Enter")
				rows = s.waitFor("the zoomed detail", func(rows []string) bool {
					return !strings.Contains(strings.Join(rows, "\n"), "╭ Timeline")
				})
				leaked(rows)
				// Wait for each ESC to take effect: one followed at once by
				// another key reads as alt+key.
				s.keys("Escape")
				s.waitText("╭ Timeline")
			}
		}
		if got := s.format("#{pane_title}"); got != titleBefore || strings.Contains(got, "pwned") {
			t.Errorf("pane title %q after browsing, was %q", got, titleBefore)
		}
		if buf, _ := s.tmuxOutput("list-buffers"); buf != "" {
			t.Errorf("a paste buffer appeared while browsing: %q", buf)
		}
		s.keys("q")
		if got := s.waitExit(); got != "EXIT=0" {
			t.Errorf("exit after q: %s, want EXIT=0", got)
		}
		s.wantRestored()
	})

	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			t.Parallel()
			s, _ := e2eStartKept(t, bin, 100, 30, nil)
			s.waitText(title, "Timeline")
			if err := syscall.Kill(s.programPid(bin), sig); err != nil {
				t.Fatal(err)
			}
			s.waitExit()
			s.wantRestored()
		})
	}

	t.Run("SuspendResume", func(t *testing.T) {
		t.Parallel()
		// An interactive shell, for job control: the program is its job.
		s := e2eStartShell(t, 100, 30, []string{"PS1=tl$ "}, func(*tmuxSession) string { return "sh -i" })
		s.waitText("tl$")
		s.keys(shQuote(bin), "Enter")
		s.waitText(title, "Timeline")
		s.keys("C-z")
		s.waitFor("the shell after ctrl+z", func(rows []string) bool {
			all := strings.Join(rows, "\n")
			return strings.Contains(all, "Stopped") && !strings.Contains(all, "Timeline")
		})
		if got := s.format("#{alternate_on}"); got != "0" {
			t.Errorf("alternate screen still on while suspended")
		}
		s.keys("fg", "Enter")
		s.waitText(title, "Timeline")
		s.keys("j")
		s.waitText("Google")
		s.keys("q")
		s.waitFor("the prompt after q", func(rows []string) bool {
			return !strings.Contains(strings.Join(rows, "\n"), "Timeline")
		})
		s.keys("echo EXIT=$?", "Enter")
		s.waitText("EXIT=0")
		if got := s.format("#{alternate_on}"); got != "0" {
			t.Errorf("alternate screen still on after q")
		}
	})

	t.Run("PanicInUpdate", func(t *testing.T) {
		t.Parallel()
		s, errFile := e2eStartKept(t, bin, 100, 30, []string{testPanicEnv + "=update"})
		s.waitText(title, "Timeline")
		s.keys("j")
		if got := s.waitExit(); got == "EXIT=0" || !strings.HasPrefix(got, "EXIT=") {
			t.Errorf("exit after a panic: %s, want a non-zero status", got)
		}
		s.wantRestored()
		b, err := os.ReadFile(errFile)
		if err != nil {
			t.Fatal(err)
		}
		msg := strings.TrimSpace(strings.ReplaceAll(string(b), "\r", ""))
		lines := strings.Split(msg, "\n")
		if !strings.Contains(msg, "panic") || !strings.HasPrefix(lines[len(lines)-1], "timeline: ") {
			t.Errorf("stderr after a panic does not end with our one-line message:\n%s", msg)
		}
	})

	t.Run("StdinDevNull", func(t *testing.T) {
		t.Parallel()
		s := e2eStartShell(t, 100, 30, nil, func(s *tmuxSession) string {
			return "sh -c " + shQuote(shQuote(bin)+" </dev/null; echo EXIT=$? > "+shQuote(s.exit))
		})
		s.waitText(title, "Timeline")
		s.keys("q")
		if got := s.waitExit(); got != "EXIT=0" {
			t.Errorf("exit after q: %s, want EXIT=0", got)
		}
	})
}
