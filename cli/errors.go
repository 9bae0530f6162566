package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// usageError is a bad command line: exit status 2, and a pointer to the
// help.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// fail reports err, which cmd returned, and returns the exit status.
func (e *env) fail(cmd *cobra.Command, err error) int {
	var ue usageError
	if !errors.As(err, &ue) {
		say(e.stderr, err.Error())
		return ExitData
	}
	say(e.stderr, ue.msg)
	if cmd == nil || !cmd.HasParent() || cmd.Name() == "help" {
		fmt.Fprintln(e.stderr, e.cat.T("cli.seehelp"))
	} else {
		fmt.Fprintln(e.stderr, e.cat.T("cli.seehelpcmd", cmd.Name()))
	}
	return ExitUsage
}

// flagError turns the flag parser's errors, which are in English, into
// usage errors in the catalog's language. A flag that another command
// takes is named as such: "list -o x.json" says that list does not take
// -o, rather than that there is no -o.
func (e *env) flagError(c *cobra.Command, err error) error {
	var (
		ue  usageError
		nee *pflag.NotExistError
		vre *pflag.ValueRequiredError
		ive *pflag.InvalidValueError
		ise *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &ue):
		return ue
	case errors.As(err, &nee):
		if sh := nee.GetSpecifiedShortnames(); sh != "" {
			return e.unknownFlag(c, "-"+nee.GetSpecifiedName(), "-"+sh)
		}
		return e.unknownFlag(c, "--"+nee.GetSpecifiedName(), "--"+nee.GetSpecifiedName())
	case errors.As(err, &vre):
		name := "--" + vre.GetSpecifiedName()
		if vre.GetSpecifiedShortnames() != "" {
			name = "-" + vre.GetSpecifiedName()
		}
		return usageError{e.cat.T("cli.needsvalue", name)}
	case errors.As(err, &ive):
		return usageError{e.cat.T("cli.badflagvalue", ive.GetValue(), "--"+ive.GetFlag().Name)}
	case errors.As(err, &ise):
		return usageError{e.cat.T("cli.badsyntax", ise.GetSpecifiedFlag())}
	}
	return usageError{err.Error()}
}

// unknownFlag is the error for a flag that c does not take: key is the
// flag's name ("--seed", "-o"), shown what the line had ("-kind:vendor").
func (e *env) unknownFlag(c *cobra.Command, key, shown string) error {
	if _, known := flagsTakingValues(c.Root())[key]; known {
		return usageError{e.cat.T("cli.flagnotfor", c.Name(), key)}
	}
	if c.Name() == "list" && !strings.HasPrefix(shown, "--") {
		// A query term to exclude, written -term before "--".
		return usageError{e.cat.T("cli.dashterm", shown, shown[1:])}
	}
	return usageError{e.cat.T("cli.unknownflag", shown)}
}

// unknownCommand is the error for a word that names no command, with the
// commands it might be a typo of.
func (e *env) unknownCommand(root *cobra.Command, name string) error {
	msg := e.cat.T("cli.unknowncmd", name)
	if s := root.SuggestionsFor(name); len(s) > 0 {
		msg += e.cat.T("cli.didyoumean", strings.Join(s, ", "))
	}
	return usageError{msg}
}
