package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// End-to-end tests of the real binary in tmux, as a person would use it:
// keys go in with send-keys, the screen comes back with capture-pane.
// They skip where tmux is missing; CI installs it.

const (
	e2eTimeout = 5 * time.Second
	e2ePoll    = 50 * time.Millisecond
)

// e2eBuild builds the binary into dir and returns its path.
func e2eBuild(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "timeline")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// tmuxSession is one private tmux server running one program.
type tmuxSession struct {
	t      *testing.T
	socket string // path of the server's socket
	exit   string // file the wrapper shell writes "EXIT=<status>" to
}

// shQuote quotes s for sh.
func shQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// e2eStart runs bin with args in a detached tmux session of w×h cells on a
// private server, in an English UTF-8 locale with TERM=xterm-256color. The
// server is killed when the test ends.
func e2eStart(t *testing.T, bin string, w, h int, args ...string) *tmuxSession {
	t.Helper()
	// A socket of our own in a short-named directory (a socket path is
	// limited to about 100 bytes), removed with the server.
	sockDir, err := os.MkdirTemp("", "tl-e2e-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(sockDir) })
	s := &tmuxSession{
		t:      t,
		socket: filepath.Join(sockDir, "tmux"),
		exit:   filepath.Join(sockDir, "exit"),
	}
	t.Cleanup(func() {
		// The server is gone already when the program has quit; that is fine.
		_ = s.tmux("kill-server")
	})
	line := shQuote(bin)
	for _, a := range args {
		line += " " + shQuote(a)
	}
	inner := line + "; echo EXIT=$? > " + shQuote(s.exit)
	cmd := "env -u LC_ALL -u LC_MESSAGES LANG=en_US.UTF-8 TERM=xterm-256color sh -c " + shQuote(inner)
	if err := s.tmux("new-session", "-d", "-s", "e2e", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), cmd); err != nil {
		t.Fatalf("tmux new-session: %v", err)
	}
	return s
}

// tmux runs one tmux command against the session's server.
func (s *tmuxSession) tmux(args ...string) error {
	_, err := s.tmuxOutput(args...)
	return err
}

func (s *tmuxSession) tmuxOutput(args ...string) (string, error) {
	full := append([]string{"-u", "-S", s.socket, "-f", "/dev/null"}, args...)
	cmd := exec.Command("tmux", full...)
	cmd.Env = append(e2eEnviron(), "LANG=en_US.UTF-8")
	out, err := cmd.CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("tmux %s: %v: %s", strings.Join(args, " "), err, out)
	}
	return string(out), nil
}

// e2eEnviron is the test's environment without what would leak into or
// confuse tmux: an enclosing tmux and the locale variables.
func e2eEnviron() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "TMUX", "TMUX_PANE", "LC_ALL", "LC_MESSAGES", "LANG":
			continue
		}
		env = append(env, kv)
	}
	return env
}

// keys sends keys as tmux names them ("j", "Escape", "?").
func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	if err := s.tmux(append([]string{"send-keys", "-t", "e2e"}, keys...)...); err != nil {
		s.t.Fatalf("send-keys: %v", err)
	}
}

// screen returns the visible pane as plain text, one string per row.
// joined asks tmux to join lines that it wrapped, so that a line drawn
// wider than the pane shows its full width.
func (s *tmuxSession) screen(joined bool) []string {
	s.t.Helper()
	args := []string{"capture-pane", "-p", "-t", "e2e"}
	if joined {
		args = append(args, "-J")
	}
	out, err := s.tmuxOutput(args...)
	if err != nil {
		s.t.Fatalf("capture-pane: %v", err)
	}
	return strings.Split(strings.TrimSuffix(out, "\n"), "\n")
}

// waitFor polls the screen until ok accepts it, and fails the test with
// the last screen after e2eTimeout.
func (s *tmuxSession) waitFor(what string, ok func(rows []string) bool) []string {
	s.t.Helper()
	deadline := time.Now().Add(e2eTimeout)
	var rows []string
	for {
		rows = s.screen(false)
		if ok(rows) {
			return rows
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out after %s waiting for %s; screen:\n%s", e2eTimeout, what, strings.Join(rows, "\n"))
		}
		time.Sleep(e2ePoll)
	}
}

// waitText waits until every one of texts is on screen.
func (s *tmuxSession) waitText(texts ...string) []string {
	s.t.Helper()
	return s.waitFor(fmt.Sprintf("%q", texts), func(rows []string) bool {
		all := strings.Join(rows, "\n")
		for _, x := range texts {
			if !strings.Contains(all, x) {
				return false
			}
		}
		return true
	})
}

// waitExit waits for the program to end and returns its exit status line.
func (s *tmuxSession) waitExit() string {
	s.t.Helper()
	deadline := time.Now().Add(e2eTimeout)
	for {
		b, err := os.ReadFile(s.exit)
		if err == nil && strings.HasSuffix(string(b), "\n") {
			return strings.TrimSpace(string(b))
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("program did not exit within %s", e2eTimeout)
		}
		time.Sleep(e2ePoll)
	}
}

// selectedRow returns the row with the selection marker, or "".
func selectedRow(rows []string) string {
	for _, r := range rows {
		if strings.Contains(r, "▶") {
			return r
		}
	}
	return ""
}

// rightOf returns the columns from col on of every row: at 120 columns the
// detail pane sits right of the list.
func rightOf(rows []string, col int) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(ansi.Cut(r, col, 1<<16))
		b.WriteByte('\n')
	}
	return b.String()
}

func TestE2E(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not on PATH")
	}
	bin := e2eBuild(t, t.TempDir())

	t.Run("Explore120x40", func(t *testing.T) {
		t.Parallel()
		s := e2eStart(t, bin, 120, 40)

		// Start: the dataset's title in the header, the first event selected
		// and shown in the detail pane (right of the 48-column list).
		const detailCol = 48
		rows := s.waitText("Meta Superintelligence Labs: the summer of 2025", "Timeline")
		rows = s.waitFor("the first event in the detail pane", func(rows []string) bool {
			return strings.Contains(rightOf(rows, detailCol), "Meta buys 49% of Scale AI")
		})
		first := selectedRow(rows)
		if !strings.Contains(first, "Meta buys 49%") {
			t.Fatalf("selected row at start = %q, want the first event", first)
		}

		// j: the marker moves down one event and the detail follows.
		s.keys("j")
		rows = s.waitFor("the second event in the detail pane", func(rows []string) bool {
			return strings.Contains(rightOf(rows, detailCol), "Google, Scale AI's biggest customer")
		})
		second := selectedRow(rows)
		if second == "" || second == first || !strings.Contains(second, "Google") {
			t.Fatalf("selected row after j = %q (was %q), want the second event", second, first)
		}
		if strings.Contains(rightOf(rows, detailCol), "Meta buys 49% of Scale AI") {
			t.Errorf("detail still shows the first event after j:\n%s", strings.Join(rows, "\n"))
		}

		// ?: the help, with every binding; esc closes it.
		s.keys("?")
		s.waitText("previous month", "quit", "Help")
		s.keys("Escape")
		s.waitFor("the help to close", func(rows []string) bool {
			all := strings.Join(rows, "\n")
			return !strings.Contains(all, "previous month") && strings.Contains(all, "Timeline")
		})

		// q: quits with status 0.
		s.keys("q")
		if got := s.waitExit(); got != "EXIT=0" {
			t.Errorf("exit after q: %s, want EXIT=0", got)
		}
	})

	t.Run("Small60x20", func(t *testing.T) {
		t.Parallel()
		s := e2eStart(t, bin, 60, 20)
		rows := s.waitText("Timeline", "Meta buys 49%")
		if len(rows) != 20 {
			t.Errorf("screen has %d rows, want 20", len(rows))
		}
		// -J joins what tmux wrapped, so a line drawn too wide shows whole.
		for i, r := range s.screen(true) {
			if w := ansi.StringWidth(r); w > 60 {
				t.Errorf("row %d is %d columns wide, want at most 60: %q", i, w, r)
			}
		}
		s.keys("q")
		if got := s.waitExit(); got != "EXIT=0" {
			t.Errorf("exit after q: %s, want EXIT=0", got)
		}
	})

	t.Run("FindFast", func(t *testing.T) {
		t.Parallel()
		s := e2eStart(t, bin, 120, 40)
		const detailCol = 48
		s.waitText("Timeline", "Meta buys 49%")

		// /agarwal: the first match is selected and shown in the detail.
		s.keys("/", "agarwal")
		s.waitFor("Agarwal in the detail", func(rows []string) bool {
			return strings.Contains(rightOf(rows, detailCol), "Rishabh Agarwal") &&
				strings.Contains(strings.Join(rows, "\n"), "match 1/")
		})
		s.keys("Enter")
		s.waitFor("the search prompt to close", func(rows []string) bool {
			return !strings.Contains(rows[len(rows)-1], "/agarwal")
		})
		// An ESC followed at once by another key reads as alt+key, as in
		// any terminal: wait for each ESC to take effect.
		s.keys("Escape")
		s.waitFor("the search to clear", func(rows []string) bool {
			return !strings.Contains(rows[len(rows)-1], "match")
		})

		// f kind:vendor: only vendor events remain in the list.
		s.keys("f", "kind:vendor")
		rows := s.waitText("of 36 events")
		s.keys("Enter")
		rows = s.waitFor("the filter to close", func(rows []string) bool {
			return !strings.Contains(rows[len(rows)-1], "filter:")
		})
		for _, r := range rows[4:] {
			list := ansi.Cut(r, 0, detailCol)
			for _, k := range []string{"depart", "invest", "reorg", "layoff", "policy", "report", "appoint"} {
				if strings.Contains(list, " "+k+" ") {
					t.Fatalf("a %s event is still listed under kind:vendor: %q", k, list)
				}
			}
		}
		s.keys("Escape")
		s.waitText("36 events ·")

		// @2025-07: a July event is selected.
		s.keys("@", "2025-07")
		s.keys("Enter")
		s.waitFor("a July event in the detail", func(rows []string) bool {
			return strings.Contains(rightOf(rows, detailCol), "Jul 2025")
		})
		s.keys("q")
		if got := s.waitExit(); got != "EXIT=0" {
			t.Errorf("exit after q: %s, want EXIT=0", got)
		}
	})

	t.Run("French", func(t *testing.T) {
		t.Parallel()
		s := e2eStart(t, bin, 120, 40, "--lang", "fr")
		s.waitText("Chronologie")
		s.keys("?")
		s.waitText("quitter")
		s.keys("Escape")
		s.waitFor("the help to close", func(rows []string) bool {
			return !strings.Contains(strings.Join(rows, "\n"), "quitter")
		})
		s.keys("L")
		s.keys("?")
		s.waitText("quit", "Help")
		s.keys("Escape")
		s.waitFor("the help to close", func(rows []string) bool {
			return !strings.Contains(strings.Join(rows, "\n"), "Help —")
		})
		s.keys("q")
		if got := s.waitExit(); got != "EXIT=0" {
			t.Errorf("exit after q: %s, want EXIT=0", got)
		}
	})

	t.Run("IndexHint", func(t *testing.T) {
		t.Parallel()
		e2eIndexHint(t, bin)
	})

	t.Run("Screens", func(t *testing.T) {
		t.Parallel()
		s := e2eStart(t, bin, 120, 40)
		s.waitText("Timeline", "Meta buys 49%")
		back := func(what string) {
			s.keys("Escape")
			s.waitFor(what+" to close", func(rows []string) bool {
				return strings.Contains(strings.Join(rows, "\n"), "╭ Timeline")
			})
		}

		// y: the copy menu, with the citation previewed.
		s.keys("y")
		s.waitText("Copy —", "Citation", "Markdown", "Event id", "Will copy", "(Observer, June 13, 2025")
		back("the copy menu")

		// p: people, organisations, outlets; typing narrows.
		s.keys("p")
		s.waitText("People (", "Organisations (", "Outlets (")
		s.keys("w", "a", "n", "g")
		s.waitText("narrow: wang", "Alexandr Wang")
		s.keys("Enter")
		s.waitText("person:alexandr-wang", "of 36 events")
		s.keys("Escape")
		s.waitText("36 events ·")

		// O on 20 August: LeCun under Wang.
		s.keys("@", "2025-08-20")
		s.keys("Enter")
		s.waitFor("the jump", func(rows []string) bool { return strings.Contains(strings.Join(rows, "\n"), "Wed 20 Aug 2025") })
		s.keys("O")
		rows := s.waitText("Org chart on Wed 20 Aug 2025", "Yann LeCun")
		all := strings.Join(rows, "\n")
		if !strings.Contains(all, "    └── Yann LeCun") {
			t.Errorf("LeCun is not drawn under Wang:\n%s", all)
		}
		back("the org chart")

		// s: the stats, with the busiest week named.
		s.keys("s")
		s.waitText("Busiest week: 25 Aug 2025")
		back("the stats")
		s.keys("q")
		if got := s.waitExit(); got != "EXIT=0" {
			t.Errorf("exit after q: %s, want EXIT=0", got)
		}
	})
}
