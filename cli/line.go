package cli

import (
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"timeline/locale"
)

// commandFirst moves the command's name to the front of the line, so
// that flags may come before it as well as after (timeline --lang fr
// list, timeline --format json show ID), as the command line always
// allowed. The name is the first argument that is neither a flag nor a
// flag's value; which flags take a value is read from the tree, so that
// no table here can go stale. A line for the shell's completion is left
// as it is.
func commandFirst(root *cobra.Command, argv []string) []string {
	if len(argv) == 0 || isCompletionRequest(argv[0]) {
		return argv
	}
	takesValue := flagsTakingValues(root)
	for i := 0; i < len(argv); i++ {
		s := argv[i]
		switch {
		case s == "--":
			if i+1 < len(argv) && isCommand(root, argv[i+1]) {
				return moveToFront(argv, i+1)
			}
			return argv
		case strings.HasPrefix(s, "--") && !strings.Contains(s, "="), len(s) == 2 && s[0] == '-':
			if takesValue[s] {
				i++
			}
		case strings.HasPrefix(s, "-") && s != "-":
			// --flag=value, or a cluster of short flags.
		default:
			if isCommand(root, s) {
				return moveToFront(argv, i)
			}
			return argv
		}
	}
	return argv
}

// moveToFront returns argv with argv[i] first.
func moveToFront(argv []string, i int) []string {
	out := make([]string, 0, len(argv))
	out = append(out, argv[i])
	out = append(out, argv[:i]...)
	return append(out, argv[i+1:]...)
}

// isCommand reports whether name names one of root's commands.
func isCommand(root *cobra.Command, name string) bool {
	for _, c := range root.Commands() {
		if c.Name() == name || c.HasAlias(name) {
			return true
		}
	}
	return false
}

// flagsTakingValues returns, for every flag of the tree ("--data", "-o"),
// whether it takes a value.
func flagsTakingValues(root *cobra.Command) map[string]bool {
	m := map[string]bool{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, fs := range []*pflag.FlagSet{c.Flags(), c.PersistentFlags()} {
			fs.VisitAll(func(f *pflag.Flag) {
				takes := f.NoOptDefVal == ""
				m["--"+f.Name] = takes
				if f.Shorthand != "" {
					m["-"+f.Shorthand] = takes
				}
			})
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	return m
}

// langFromArgs returns the language that --lang asks for on the line (the
// last one before "--"), or def. It is read before the flags are parsed,
// so that the help and the messages about the line itself are in that
// language; a value other than en or fr is left for the parser to refuse.
func langFromArgs(argv []string, def locale.Lang) locale.Lang {
	lang := def
	for i, s := range argv {
		v, ok := "", false
		switch {
		case s == "--":
			return lang
		case s == "--lang" && i+1 < len(argv):
			v, ok = argv[i+1], true
		case strings.HasPrefix(s, "--lang="):
			v, ok = strings.TrimPrefix(s, "--lang="), true
		}
		if ok && (v == string(locale.English) || v == string(locale.French)) {
			lang = locale.Lang(v)
		}
	}
	return lang
}

// isCompletionRequest reports whether name is the hidden command with
// which a shell's completion script asks for completions.
func isCompletionRequest(name string) bool {
	return name == cobra.ShellCompRequestCmd || name == cobra.ShellCompNoDescRequestCmd
}
