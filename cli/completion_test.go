package cli

import (
	"slices"
	"strings"
	"testing"
)

// complete asks for the completions of a command line as a shell's
// script does, through the hidden __complete command, and returns them
// without their descriptions, with the descriptions, and cobra's
// directive.
func complete(t *testing.T, line ...string) (words, described []string, directive string) {
	t.Helper()
	code, out, errs := cliRun(t, append([]string{"__complete"}, line...)...)
	if code != ExitOK {
		t.Fatalf("__complete %q: exit %d, stderr %q", line, code, errs)
	}
	lines := cliLines(out)
	if len(lines) == 0 || !strings.HasPrefix(lines[len(lines)-1], ":") {
		t.Fatalf("__complete %q: no directive in %q", line, out)
	}
	for _, l := range lines[:len(lines)-1] {
		words = append(words, strings.SplitN(l, "\t", 2)[0])
		described = append(described, l)
	}
	return words, described, lines[len(lines)-1]
}

// TestCompletion: the shell completes command names, flag names, each
// command's formats, the languages and show's event ids, with
// descriptions in the chosen language; nothing a command does not take.
func TestCompletion(t *testing.T) {
	words, described, _ := complete(t, "")
	for _, name := range commandNames() {
		if !slices.Contains(words, name) {
			t.Errorf("command %s not completed: %q", name, words)
		}
	}
	if !slices.Contains(described, "list\tprint the events matching QUERY (all by default), one per line") {
		t.Errorf("list's description: %q", described)
	}
	if _, fr, _ := complete(t, "--lang", "fr", "li"); !slices.Equal(fr, []string{"list\tafficher les événements qui répondent à REQUÊTE (tous par défaut), un par ligne"}) {
		t.Errorf("French: %q", fr)
	}
	for _, c := range []struct {
		line []string
		want []string
	}{
		{[]string{"list", "--format", ""}, []string{"text", "json"}},
		{[]string{"show", "x", "--format", ""}, []string{"text", "json", "citation", "md"}},
		{[]string{"export", "--format", ""}, []string{"json", "timelinejs", "md", "csv", "ics"}},
		{[]string{"stats", "--format="}, []string{"text", "json"}},
		{[]string{"stats", ""}, nil},
		{[]string{"generate", "--events", ""}, nil},
		{[]string{"--lang", ""}, []string{"en", "fr"}},
		{[]string{"list", "--lang", ""}, []string{"en", "fr"}},
		{[]string{"completion", ""}, []string{"bash", "zsh", "fish"}},
		{[]string{"show", "rishabh"}, []string{cliAgarwalID}},
		{[]string{"show", cliAgarwalID, ""}, nil},
		{[]string{"help", "ver"}, []string{"version"}},
	} {
		words, _, directive := complete(t, c.line...)
		if c.want != nil && !slices.Equal(words, c.want) {
			t.Errorf("%q: %q, want %q", c.line, words, c.want)
		}
		if directive != ":4" { // no file names
			t.Errorf("%q: directive %s, want :4 (no file names)", c.line, directive)
		}
	}
	flags, _, _ := complete(t, "export", "-")
	for _, f := range []string{"--format", "--output", "--force", "--data", "--lang", "--help"} {
		if !slices.Contains(flags, f) {
			t.Errorf("export's flags %q lack %s", flags, f)
		}
	}
	flags, _, _ = complete(t, "list", "--")
	for _, f := range []string{"--output", "--force", "--seed", "--at", "--no-mouse"} {
		if slices.Contains(flags, f) {
			t.Errorf("list's flags %q offer %s, which list does not take", flags, f)
		}
	}
	if _, _, d := complete(t, "list", "--data", ""); d != ":0" {
		t.Errorf("--data completes with directive %s, want :0 (file names)", d)
	}
}

// TestCompletionScripts: each shell's script, and a bad command line for
// anything else.
func TestCompletionScripts(t *testing.T) {
	for shell, want := range map[string]string{"bash": "__start_timeline", "zsh": "#compdef timeline", "fish": "complete -c timeline"} {
		code, out, errs := cliRun(t, "completion", shell)
		if code != ExitOK || errs != "" || !strings.Contains(out, want) || !strings.Contains(out, "__complete") {
			t.Errorf("completion %s: exit %d, stderr %q, script lacks %q or __complete", shell, code, errs, want)
		}
	}
	for _, args := range [][]string{{"completion"}, {"completion", "tcsh"}, {"completion", "bash", "zsh"}} {
		if code, out, _ := cliRun(t, args...); code != ExitUsage || out != "" {
			t.Errorf("%q: exit %d, stdout %.40q", args, code, out)
		}
	}
}
