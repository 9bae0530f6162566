package cli

import (
	"strings"
	"testing"
)

// cobraWords are texts of cobra's own templates and commands, in
// English; none may show in timeline's help, in either language.
var cobraWords = []string{"Available Commands", "Global Flags", "Additional help topics", "help for ",
	"[flags]", "[command]", "Use \"", "Help about any command", "Generate the autocompletion"}

// commandNames are every command, as the help lists them.
func commandNames() []string {
	return []string{"list", "show", "validate", "export", "add", "edit", "rm", "people", "orgs", "orgchart", "stats", "index",
		"generate", "completion", "version", "help"}
}

// TestCLIHelp: timeline's help and every command's, however asked for,
// in English and French, with every text from the catalog: its headings,
// each command's usage line and description, the flags of the command
// and of every command; nothing of cobra's templates, no key left
// untranslated.
func TestCLIHelp(t *testing.T) {
	for _, lang := range []struct {
		code, usage, flags, commands string
		foreign                      []string
	}{
		{"en", "Usage:", "Flags:", "Commands:", []string{"Utilisation", "Options :"}},
		{"fr", "Utilisation :", "Options :", "Commandes :", []string{"Usage:", "Flags:", "Commands:", "print the", "show this help"}},
	} {
		type ask struct {
			args []string
			name string // the command whose help it is, "" for timeline's
		}
		var asked []ask
		for _, a := range [][]string{{"help"}, {"--help"}, {"-h"}} {
			asked = append(asked, ask{append(a, "--lang", lang.code), ""})
		}
		for _, name := range commandNames() {
			asked = append(asked, ask{[]string{"help", name, "--lang", lang.code}, name},
				ask{[]string{name, "--help", "--lang", lang.code}, name}, ask{[]string{"--lang", lang.code, name, "-h"}, name})
		}
		for _, a := range asked {
			args := a.args
			code, out, errs := cliRun(t, args...)
			if code != ExitOK || errs != "" {
				t.Errorf("%q: exit %d, stderr %q", args, code, errs)
				continue
			}
			want := []string{lang.usage + "\n", "\n" + lang.flags + "\n", "\n  --lang en|fr ", "\n  -h, --help "}
			if a.name == "" {
				want = append(want, "\n"+lang.commands+"\n", "\nTIMELINE_CACHE=off")
				for _, name := range commandNames() {
					want = append(want, "\n  timeline "+name+" ")
				}
			} else {
				want = append(want, "timeline "+a.name+" — ", "\n  timeline "+a.name)
			}
			for _, w := range want {
				if !strings.Contains(out, w) {
					t.Errorf("%q lacks %q:\n%s", args, w, out)
				}
			}
			for _, bad := range append(cobraWords, lang.foreign...) {
				if strings.Contains(out, bad) {
					t.Errorf("%q shows %q:\n%s", args, bad, out)
				}
			}
			if strings.Contains(out, "cli.") {
				t.Errorf("%q shows a catalog key:\n%s", args, out)
			}
		}
	}
}

// TestCLIHelpCommand: a command's help gives its usage line with its own
// flags (a required one bare) and its description; help of a word that is
// no command is a bad command line.
func TestCLIHelpCommand(t *testing.T) {
	_, out, _ := cliRun(t, "help", "export")
	for _, want := range []string{
		"timeline export — write the dataset in a format",
		"\n  timeline export --format json|timelinejs|md|csv|ics [-o FILE] [--force] [--data FILE]\n",
		"\n  -o, --output FILE ", "\n  --force ", "replaced only with --force",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("help export lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = cliRun(t, "help", "validate")
	if strings.Contains(out, "\n  --data") || strings.Contains(out, "[--data") {
		t.Errorf("validate's help lists --data, which it takes only as another way to name FILE:\n%s", out)
	}
	for _, args := range [][]string{{"help", "bogus"}, {"help", "list", "show"}} {
		code, out, errs := cliRun(t, args...)
		if code != ExitUsage || out != "" || !strings.HasSuffix(errs, "Run 'timeline help' for usage.\n") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	_, _, errs := cliRun(t, "lsit")
	// "edit" is as near to "lsit" as "list" is: two letters changed.
	if !strings.Contains(errs, `unknown command "lsit" (did you mean edit, list?)`) {
		t.Errorf("lsit: %q", errs)
	}
}
