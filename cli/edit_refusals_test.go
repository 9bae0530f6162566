package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCLIEditRefusals: each bad input to add, edit or rm is refused with
// one line naming the field or flag, in English and in French, exit 2 for
// what the command line alone shows wrong and 1 for what the file does,
// and leaves the file byte for byte as it was, with no temporary file.
func TestCLIEditRefusals(t *testing.T) {
	path := notebook(t, nil)
	dir := filepath.Dir(path)
	before := checksum(t, path)
	add := func(more ...string) []string { return addArgs(path, more...) }
	without := func(args []string, flag string) []string {
		for i, a := range args {
			if a == flag {
				return append(append([]string{}, args[:i]...), args[i+2:]...)
			}
		}
		return args
	}
	for _, c := range []struct {
		name string
		args []string
		code int
		says string // in the first line, in both languages
	}{
		{"impossible date", add("--date", "2025-13-45"), ExitUsage, "--date"},
		{"30 February", add("--date", "2025-02-30"), ExitUsage, "--date"},
		{"unknown kind", add("--kind", "sacking"), ExitUsage, "--kind"},
		{"unknown status", add("--status", "rumour"), ExitUsage, "--status"},
		{"no source", without(add(), "--source-outlet"), ExitUsage, "--source-outlet"},
		{"no title", without(add(), "--title"), ExitUsage, "--title"},
		{"a title of escapes only", add("--title", "\x1b[2J"), ExitUsage, "--title"},
		{"no date", without(add(), "--date"), ExitUsage, "--date"},
		{"no kind", without(add(), "--kind"), ExitUsage, "--kind"},
		{"unknown person id", add("--person", "nobody-here"), ExitData, "nobody-here"},
		{"unknown organisation id", add("--org", "acme"), ExitData, `"acme"`},
		{"unknown source id", add("--source", "nope"), ExitData, `"nope"`},
		{"bad publication date", add("--published", "yesterday"), ExitUsage, "--published"},
		{"a headline without a source", append(without(add(), "--source-outlet"), "--source", "usine-digitale", "--source-title", "H"), ExitUsage, "--source-title"},
		{"a new address without an outlet", append(without(add(), "--source-outlet"), "--source-url", "https://new.example/x"), ExitData, "--source-outlet"},
		{"a flag add does not take", add("-o", "x.json"), ExitUsage, "-o"},
		{"an argument", add("extra"), ExitUsage, "extra"},
		{"a URL to edit", []string{"add", "--data", "https://example.com/t.json", "--date", "2025", "--kind", "hire", "--title", "T", "--source-outlet", "W"}, ExitUsage, "https://example.com/t.json"},
		{"a missing file", []string{"add", "--data", filepath.Join(dir, "missing.json"), "--date", "2025", "--kind", "hire", "--title", "T", "--source-outlet", "W"}, ExitData, "missing.json"},
		{"edit: impossible date", []string{"edit", cliAgarwalID, "--data", path, "--date", "2025-13-45"}, ExitUsage, "--date"},
		{"edit: nothing to change", []string{"edit", cliAgarwalID, "--data", path}, ExitUsage, "edit"},
		{"edit: unknown event", []string{"edit", "no-such-event", "--data", path, "--status", "confirmed"}, ExitData, "no-such-event"},
		{"edit: no title left", []string{"edit", cliAgarwalID, "--data", path, "--title", "", "--title-fr", ""}, ExitData, "--title"},
		{"edit: no source left", []string{"edit", cliAgarwalID, "--data", path, "--source", ""}, ExitData, "--source"},
		{"edit: unknown person id", []string{"edit", cliAgarwalID, "--data", path, "--person", "nobody-here"}, ExitData, "nobody-here"},
		{"edit: two ids", []string{"edit", cliAgarwalID, cliFirstID, "--data", path, "--status", "confirmed"}, ExitUsage, "edit"},
		{"rm: unknown event", []string{"rm", "no-such-event", "--data", path}, ExitData, "no-such-event"},
		{"rm: no id", []string{"rm", "--data", path}, ExitUsage, "rm"},
		{"rm: a flag it does not take", []string{"rm", cliAgarwalID, "--data", path, "--title", "x"}, ExitUsage, "--title"},
		{"rm: no file", []string{"rm", cliAgarwalID}, ExitUsage, "--data"},
	} {
		var said [2]string
		for i, lang := range []string{"en", "fr"} {
			args := append(append([]string{}, c.args...), "--lang", lang)
			code, out, errs := cliRun(t, args...)
			first, _, _ := strings.Cut(errs, "\n")
			if code != c.code || out != "" || !strings.HasPrefix(first, "timeline: ") || !strings.Contains(first, c.says) {
				t.Errorf("%s (%s): exit %d, stdout %q, stderr %q; want exit %d and a line naming %s", c.name, lang, code, out, errs, c.code, c.says)
			}
			if c.code == ExitData {
				cliWantOneLine(t, errs)
			}
			said[i] = first
		}
		if said[0] == said[1] {
			t.Errorf("%s: the same message in English and French: %q", c.name, said[0])
		}
		if checksum(t, path) != before {
			t.Fatalf("%s: the file changed", c.name)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if n := e.Name(); n != "notebook.json" && n != ".notebook.json.lock" {
			t.Errorf("left behind: %s", n)
		}
	}
}

// TestCLIEditNeedsAFile: add, edit and rm without --data say to name a
// file: the bundled dataset is read-only.
func TestCLIEditNeedsAFile(t *testing.T) {
	for _, args := range [][]string{
		{"add", "--date", "2025", "--kind", "hire", "--title", "T", "--source-outlet", "W"},
		{"edit", cliAgarwalID, "--status", "confirmed"},
		{"rm", cliAgarwalID},
	} {
		code, out, errs := cliRun(t, args...)
		if code != ExitUsage || out != "" || !strings.Contains(errs, "--data FILE") || !strings.Contains(errs, "read-only") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
}
