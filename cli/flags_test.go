package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCLIFlagNotTaken: a flag that a command does not take is a bad
// command line, named in the message, and nothing is done; before, list
// printed the list and ignored -o, --seed and --force.
func TestCLIFlagNotTaken(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.json")
	for _, c := range []struct {
		args []string
		flag string
	}{
		{[]string{"list", "-o", out, "--seed", "3", "--force"}, "-o"},
		{[]string{"list", "--force"}, "--force"},
		{[]string{"list", "--at", "2025-08-01"}, "--at"},
		{[]string{"show", cliAgarwalID, "--output", out}, "--output"},
		{[]string{"people", "--no-mouse"}, "--no-mouse"},
		{[]string{"orgs", "--events", "3"}, "--events"},
		{[]string{"stats", "--seed=3"}, "--seed"},
		{[]string{"orgchart", "--at", "2025-08-01", "-o", out}, "-o"},
		{[]string{"export", "--format", "json", "--at", "2025-08-01"}, "--at"},
		{[]string{"generate", "--events", "3", "--data", out}, "--data"},
		{[]string{"version", "--format", "json"}, "--format"},
		{[]string{"--format", "json"}, "--format"},
		{[]string{"list", "--bogus"}, "--bogus"},
	} {
		code, stdout, errs := cliRun(t, c.args...)
		if code != ExitUsage || stdout != "" {
			t.Errorf("%q: exit %d, stdout %.60q; want exit 2 and nothing", c.args, code, stdout)
		}
		if first := strings.SplitN(errs, "\n", 2)[0]; !strings.HasPrefix(first, "timeline: ") || !strings.Contains(first, c.flag) {
			t.Errorf("%q: stderr %q, want a message naming %s", c.args, errs, c.flag)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("a command that refused its flags wrote %s", out)
	}
	_, _, errs := cliRun(t, "list", "--seed", "3")
	if !strings.HasPrefix(errs, "timeline: list does not take --seed\nRun 'timeline help list' for its usage.\n") {
		t.Errorf("stderr %q", errs)
	}
	_, _, errs = cliRun(t, "list", "--lang", "fr", "-o", out)
	if !strings.HasPrefix(errs, "timeline: list ne prend pas l'option -o\nLancez « timeline help list » pour son aide.\n") {
		t.Errorf("French: stderr %q", errs)
	}
}

// TestCLIFlagsAnywhere: flags come before the command as well as after
// its arguments, as with git, and "--" ends them.
func TestCLIFlagsAnywhere(t *testing.T) {
	dir := t.TempDir()
	same := [][2][]string{
		{{"list", "--lang", "fr"}, {"--lang", "fr", "list"}},
		{{"list", "--lang=fr", "kind:vendor"}, {"--lang=fr", "list", "kind:vendor"}},
		{{"show", cliAgarwalID, "--format", "md"}, {"--format", "md", "show", cliAgarwalID}},
		{{"show", cliAgarwalID, "--format", "md"}, {"show", "--format=md", cliAgarwalID}},
		{{"list", "agarwal"}, {"--", "list", "agarwal"}},
		{{"orgchart", "--at", "2025-08-20"}, {"--at", "2025-08-20", "orgchart"}},
		{{"list", "--data", "../data/summer2025.json"}, {"--data", "../data/summer2025.json", "list"}},
	}
	for _, s := range same {
		code1, out1, _ := cliRun(t, s[0]...)
		code2, out2, errs := cliRun(t, s[1]...)
		if code1 != ExitOK || code2 != ExitOK || out1 != out2 || out1 == "" {
			t.Errorf("%q and %q differ: exit %d and %d, stderr %q", s[0], s[1], code1, code2, errs)
		}
	}
	// A flag without a value before the command, and a query word that
	// names a command.
	out := filepath.Join(dir, "x.json")
	os.WriteFile(out, nil, 0o644)
	if code, _, errs := cliRun(t, "--force", "export", "--format", "json", "-o", out); code != ExitOK {
		t.Errorf("--force before export: exit %d, %q", code, errs)
	}
	if code, _, errs := cliRun(t, "list", "show"); code != ExitOK {
		t.Errorf("list show: exit %d, %q", code, errs)
	}
}
