package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"timeline/data"
)

// The bad files of docs/HOSTILE_INPUT.md through the command line: each
// ends in exit status 1 and one clean line on stderr, within two seconds.

// badFile is a file the loaders must refuse.
type badFile struct {
	name string
	path string
}

// hostileBadFiles writes the bad files that are not under
// data/testdata/bad into dir and returns them with those that are.
func hostileBadFiles(t *testing.T, dir string) []badFile {
	t.Helper()
	var files []badFile
	write := func(name, body string) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, badFile{name, p})
	}
	const deep = 20000
	write("nested-native.json", `{"events": [{"id": "x", "tags": `+strings.Repeat("[", deep)+strings.Repeat("]", deep)+`}]}`)
	write("nested-timelinejs.json", `{"events": [{"start_date": {"year": 2012}, "text": {"headline": `+strings.Repeat(`{"a": `, deep)+"1"+strings.Repeat("}", deep)+`}}]}`)
	write("bom-only.json", "\xef\xbb\xbf")
	write("invalid-utf8-garbage.json", "\xff\xfe\x00{\"events\": \x80]")
	write("escape-in-error.json", "{\"events\": [{\"id\": \"\x1b]0;pwned\x07\"")
	write("csv-bad-quote.csv", "Year,Headline\n2012,\"unterminated\n")
	write("csv-only-header.csv", "Year,Headline\n")

	sparse := filepath.Join(dir, "over-the-limit.json")
	f, err := os.Create(sparse)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(data.MaxFileBytes + 1); err == nil {
		files = append(files, badFile{"over-the-limit.json", sparse})
	}
	f.Close()

	fifo := filepath.Join(dir, "fifo.json")
	if err := syscall.Mkfifo(fifo, 0o600); err == nil {
		files = append(files, badFile{"fifo.json", fifo})
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		files = append(files, badFile{"/dev/zero", "/dev/zero"})
	}
	files = append(files, badFile{"a directory", dir}, badFile{"a missing file", filepath.Join(dir, "missing.json")})
	if os.Geteuid() != 0 {
		write("no-permission.json", "{}")
		os.Chmod(files[len(files)-1].path, 0o000)
	}

	bad, err := filepath.Glob(filepath.Join("..", "data", "testdata", "bad", "*.json"))
	if err != nil || len(bad) < 20 {
		t.Fatalf("bad files under data/testdata/bad: %d, %v", len(bad), err)
	}
	for _, p := range bad {
		files = append(files, badFile{filepath.Base(p), p})
	}
	return files
}

// runWithin runs a command line in a goroutine and fails the test when it
// has not returned within d.
func runWithin(t *testing.T, d time.Duration, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code     int
		out, err string
	}
	done := make(chan result, 1)
	go func() {
		code, out, errs := runEnv(args...)
		done <- result{code, out, errs}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.err
	case <-time.After(d):
		t.Fatalf("%q did not return within %v", args, d)
	}
	return 0, "", ""
}

// cleanLine reports whether s is one line free of control characters.
func cleanLine(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool {
		return r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
	})
}

func TestCLIHostileFiles(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_US.UTF-8")
	for _, f := range hostileBadFiles(t, t.TempDir()) {
		for _, args := range [][]string{{"validate", f.path}, {"list", "--data", f.path}} {
			t.Run(f.name+"/"+args[0], func(t *testing.T) {
				code, out, errs := runWithin(t, 2*time.Second, args...)
				if code != ExitData {
					t.Errorf("exit %d, want %d; stderr %q", code, ExitData, errs)
				}
				lines := cliLines(errs)
				if len(lines) != 1 || !strings.HasPrefix(lines[0], "timeline: ") || !cleanLine(lines[0]) {
					t.Errorf("stderr = %q, want one clean line starting with \"timeline: \"", errs)
				}
				if args[0] == "list" && out != "" {
					t.Errorf("list of a bad file printed %q", out)
				}
				for _, l := range cliLines(out) {
					if !cleanLine(l) {
						t.Errorf("validate printed a control character: %q", l)
					}
				}
			})
		}
	}
}

// TestCLIValidateListsEveryProblem: a file with faults in three events
// gets a line for each on stdout, not only the first.
func TestCLIValidateListsEveryProblem(t *testing.T) {
	path := filepath.Join(t.TempDir(), "faults.json")
	body := `{"events": [
  {"id": "a", "date": "2025-13-01", "kind": "hire", "title": "T", "status": "confirmed", "sources": ["s1"]},
  {"id": "b", "date": "2025-08-01", "kind": "firing", "title": "T", "status": "confirmed", "sources": ["s1"]},
  {"id": "c", "date": "2025-08-02", "kind": "hire", "title": "", "status": "confirmed", "sources": ["ghost"]}
], "sources": [{"id": "s1", "outlet": "Example", "title": "A story"}]}`
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := cliRun(t, "validate", path)
	if code != ExitData {
		t.Errorf("exit %d, want %d", code, ExitData)
	}
	cliWantOneLine(t, errs)
	lines := cliLines(out)
	if len(lines) < 4 {
		t.Fatalf("validate printed %d problems, want at least 4:\n%s", len(lines), out)
	}
	for _, want := range []string{`event "a"`, `event "b"`, `unknown kind "firing"`, `event "c"`, "missing title", `unknown source "ghost"`} {
		if !strings.Contains(out, want) {
			t.Errorf("validate output does not mention %s:\n%s", want, out)
		}
	}
}

// TestCLIHostileOutput: list, show and every export of the hostile
// dataset carry no control character from data to stdout (a CR only as
// part of the CRLF that iCalendar requires).
func TestCLIHostileOutput(t *testing.T) {
	path := filepath.Join("..", "testdata", "hostile.json")
	commands := [][]string{{"list", "--data", path}, {"list", "--data", path, "--format", "json"}}
	for _, id := range []string{"osc52-title", "osc8-link", "c1-utf8", "unterminated-osc", "bidi", "c0-controls", "tabs", "newlines"} {
		for _, format := range []string{"text", "json", "citation", "md"} {
			commands = append(commands, []string{"show", id, "--data", path, "--format", format})
		}
	}
	for _, format := range []string{"json", "timelinejs", "md", "csv", "ics"} {
		commands = append(commands, []string{"export", "--data", path, "--format", format})
	}
	for _, args := range commands {
		code, out, errs := cliRun(t, args...)
		if code != ExitOK {
			t.Errorf("%q: exit %d, stderr %q", args, code, errs)
			continue
		}
		if len(out) < 20 {
			t.Errorf("%q printed only %q", args, out)
		}
		out = strings.ReplaceAll(out, "\r\n", "\n")
		for _, l := range strings.Split(out, "\n") {
			if !cleanLine(l) {
				t.Errorf("%q printed a control character: %q", args, l)
				break
			}
		}
		for _, payload := range []string{"pwned", "aGFja2Vk", "evil.example", "$qm"} {
			if strings.Contains(out, payload) {
				t.Errorf("%q printed the hidden part %q of a payload", args, payload)
			}
		}
	}
}
