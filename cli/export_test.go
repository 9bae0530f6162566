package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"timeline/data"
)

func TestCLIExportFormatsToStdout(t *testing.T) {
	for _, format := range data.ExportFormats() {
		code, out, errs := cliRun(t, "export", "--format", format)
		if code != ExitOK {
			t.Errorf("export --format %s: exit %d, stderr %q", format, code, errs)
			continue
		}
		want, err := os.ReadFile(filepath.Join("..", "data", "testdata", "export", "summer2025-en."+format))
		if err != nil {
			t.Fatal(err)
		}
		if out != string(want) {
			t.Errorf("export --format %s differs from data/testdata/export/summer2025-en.%s", format, format)
		}
		if errs != "" {
			t.Errorf("export to stdout wrote to stderr: %q", errs)
		}
	}
}

func TestCLIExportUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"export"},
		{"export", "--format", "pdf"},
		{"export", "--format", "json", "extra"},
	} {
		code, out, errs := cliRun(t, args...)
		if code != ExitUsage || out != "" || !strings.HasPrefix(errs, "timeline: ") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and a message", args, code, out, errs)
		}
	}
}

// TestCLIExportToFile: a new file gets 0666 less the umask, as a file the
// shell's > creates (a private umask keeps exports private).
func TestCLIExportToFile(t *testing.T) {
	defer syscall.Umask(syscall.Umask(0o027))
	dir := t.TempDir()
	path := filepath.Join(dir, "out.ics")
	code, out, errs := cliRun(t, "export", "--format", "ics", "-o", path)
	if code != ExitOK || out != "" {
		t.Fatalf("export -o: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	b, err := os.ReadFile(path)
	if err != nil || !strings.HasPrefix(string(b), "BEGIN:VCALENDAR\r\n") {
		t.Fatalf("the file holds %q (%v)", b, err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640 under umask 027", st.Mode().Perm())
	}
	onlyFile(t, dir, "out.ics")
}

func TestCLIExportRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "draft.md")
	if err := os.WriteFile(path, []byte("my draft"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := cliRun(t, "export", "--format", "md", "-o", path)
	if code != ExitData || out != "" || !strings.Contains(errs, "already exists") || !strings.Contains(errs, "--force") {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 naming --force", code, out, errs)
	}
	cliWantOneLine(t, errs)
	if b, _ := os.ReadFile(path); string(b) != "my draft" {
		t.Errorf("the file was changed to %q", b)
	}
	onlyFile(t, dir, "draft.md")
}

func TestCLIExportForceReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tl.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := cliRun(t, "export", "--format", "json", "-o", path, "--force")
	if code != ExitOK {
		t.Fatalf("export --force: exit %d, stderr %q", code, errs)
	}
	b, _ := os.ReadFile(path)
	if _, _, err := data.ParseNative(path, b); err != nil {
		t.Errorf("the replaced file does not load: %v", err)
	}
	onlyFile(t, dir, "tl.json")
}

func TestCLIExportImportedFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "women.json")
	src := filepath.Join("..", "data", "testdata", "timelinejs", "women_in_computing.csv")
	if code, _, errs := cliRun(t, "export", "--data", src, "--format", "json", "-o", path); code != ExitOK {
		t.Fatalf("export of a TimelineJS sheet: exit %d, stderr %q", code, errs)
	}
	code, _, errs := cliRun(t, "validate", path)
	if code != ExitOK || !strings.Contains(errs, "valid, 10 events") {
		t.Errorf("validate of the export: exit %d, stderr %q", code, errs)
	}
}

func TestCLIExportIntoMissingDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "dir", "x.csv")
	code, _, errs := cliRun(t, "export", "--format", "csv", "-o", path)
	if code != ExitData {
		t.Errorf("exit %d, stderr %q; want 1", code, errs)
	}
	cliWantOneLine(t, errs)
}

func TestCLIShowCitation(t *testing.T) {
	code, out, errs := cliRun(t, "show", cliAgarwalID, "--format", "citation")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, "Aug. 25, 2025: Researcher Rishabh Agarwal says he is leaving Meta instead of joining TBD Lab (India Today, Aug. 27, 2025; ") ||
		!strings.HasSuffix(out, ").\n") {
		t.Errorf("citation = %q", out)
	}
	code, out, _ = cliRun(t, "show", cliAgarwalID, "--format", "citation", "--lang", "fr")
	if code != ExitOK || !strings.Contains(out, "(India Today, 27 août 2025 ; ") {
		t.Errorf("French citation = %q", out)
	}
	code, out, _ = cliRun(t, "show", cliAgarwalID, "--format", "md")
	if code != ExitOK || !strings.HasPrefix(out, "**Researcher Rishabh Agarwal") || !strings.Contains(out, "\n- [India Today, ") {
		t.Errorf("markdown = %q", out)
	}
	// A source read through a relay names the relay as the copy read, as
	// the detail pane does, and is not linked as the outlet's own page.
	code, out, _ = cliRun(t, "show", "meta-clarifies-tbd-lab-departures-verge", "--format", "md")
	if code != ExitOK || !strings.Contains(out, "\n- The Verge, “What's really happening") || !strings.Contains(out, " (via [worldofsoftware.org](https://worldofsoftware.org/") {
		t.Errorf("markdown of a source read via a relay = %q", out)
	}
}

// onlyFile checks that dir holds exactly the file name: no temporary file
// is left behind.
func onlyFile(t *testing.T, dir, name string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != 1 || names[0] != name {
		t.Errorf("directory holds %q, want only %q", names, name)
	}
}

// TestCLIExportForceKeepsMode: -o --force over a regular file gives the
// new file the mode of the one it replaces.
func TestCLIExportForceKeepsMode(t *testing.T) {
	for _, mode := range []fs.FileMode{0o600, 0o640, 0o755} {
		dir := t.TempDir()
		path := filepath.Join(dir, "tl.json")
		if err := os.WriteFile(path, []byte("old"), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil { // whatever the umask
			t.Fatal(err)
		}
		if code, _, errs := cliRun(t, "export", "--format", "json", "-o", path, "--force"); code != ExitOK {
			t.Fatalf("export --force over a %v file: exit %d, stderr %q", mode, code, errs)
		}
		st, err := os.Stat(path)
		if err != nil || st.Mode().Perm() != mode {
			t.Errorf("after export --force over a %v file: %v, %v", mode, st.Mode(), err)
		}
		onlyFile(t, dir, "tl.json")
	}
}

// TestCLIExportForceOnlyRegular: -o, even with --force, never replaces
// what is not a regular file (a FIFO, a device, a symbolic link, a
// directory): renaming over it would put a file where the user had
// something else, /dev/null for root.
func TestCLIExportForceOnlyRegular(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target.json")
	if err := os.WriteFile(target, []byte("kept"), 0o644); err != nil {
		t.Fatal(err)
	}
	things := map[string]func(p string) error{
		"fifo":      func(p string) error { return syscall.Mkfifo(p, 0o644) },
		"directory": func(p string) error { return os.Mkdir(p, 0o755) },
		"symlink":   func(p string) error { return os.Symlink(target, p) },
		// The null device's numbers, 1 and 3, as makedev packs them.
		"device": func(p string) error { return syscall.Mknod(p, syscall.S_IFCHR|0o666, 1<<8|3) },
	}
	for name, make := range things {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			if err := make(p); err != nil {
				t.Skipf("cannot make a %s here: %v", name, err)
			}
			before, err := os.Lstat(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, force := range []bool{false, true} {
				args := []string{"export", "--format", "json", "-o", p}
				if force {
					args = append(args, "--force")
				}
				code, out, errs := cliRun(t, args...)
				if code != ExitData || out != "" {
					t.Errorf("%q: exit %d, stdout %.40q; want 1 and nothing", args, code, out)
				}
				cliWantOneLine(t, errs)
				after, err := os.Lstat(p)
				if err != nil || after.Mode() != before.Mode() {
					t.Errorf("%q: the %s became %v (%v)", args, name, after.Mode(), err)
				}
			}
			if b, _ := os.ReadFile(target); string(b) != "kept" {
				t.Errorf("the file a link points to was changed to %.40q", b)
			}
		})
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("a temporary file was left behind: %s", e.Name())
		}
	}
}
