// Package cli is timeline's command line: a cobra command per file, each
// declaring the flags it takes, with every text, help included, from i18n.
// Run is all that main needs.
package cli

import (
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// Exit statuses: a data problem is 1, a bad command line is 2.
const (
	ExitOK    = 0
	ExitData  = 1
	ExitUsage = 2
)

// Options are what main passes beside the command line.
type Options struct {
	// Version is what "timeline version" prints after the program's name.
	Version string
	// WrapModel, when set, wraps the explorer's model before it runs. It
	// is nil in the shipped binary: the end-to-end tests set it from an
	// entry point of their own, to make the interface panic and check
	// that the terminal is restored.
	WrapModel func(tea.Model) tea.Model
	// Stdin is what "timeline add -" reads; nil is os.Stdin. Tests set it.
	Stdin io.Reader
}

// Run executes one command line and returns the exit status. Data goes
// to stdout, messages to stderr.
func Run(argv []string, stdout, stderr io.Writer, opt Options) int {
	keepMarks()
	e := newEnv(argv, stdout, stderr, opt)
	root := newRoot(e)
	if argv == nil {
		// cobra reads os.Args when given nil.
		argv = []string{}
	}
	root.SetArgs(commandFirst(root, argv))
	cmd, err := root.ExecuteC()
	if err == nil {
		return ExitOK
	}
	return e.fail(cmd, err)
}

// env is what the commands of one run share.
type env struct {
	stdout, stderr io.Writer
	// lang is the language of the data printed, set by --lang.
	lang locale.Lang
	// cat is the catalog of the help and of the messages about the
	// command line itself, chosen before the flags are parsed (see
	// langFromArgs).
	cat i18n.Catalog
	opt Options
	// completing is set when the shell asks for completions.
	completing bool
	// commands are the root's commands, in the order the help lists them.
	commands []*cobra.Command
}

// newEnv picks the language from --lang on the line, else from the
// environment, so that the command tree is built in it.
func newEnv(argv []string, stdout, stderr io.Writer, opt Options) *env {
	lang := langFromArgs(argv, i18n.FromEnv(os.Getenv))
	return &env{
		stdout:     stdout,
		stderr:     stderr,
		lang:       lang,
		cat:        i18n.For(lang),
		opt:        opt,
		completing: len(argv) > 0 && isCompletionRequest(argv[0]),
	}
}

// args returns the values a dataset command shares, with the language
// and catalog of the data.
func (e *env) args(a args) args {
	a.lang = e.lang
	a.cat = i18n.For(e.lang)
	return a
}

// say writes one message to stderr after "timeline: ", cleaned as data
// is: a message may echo a file name, a query or an id, and none of their
// bytes may reach the terminal as a control.
func say(w io.Writer, msg string) {
	fmt.Fprintln(w, "timeline: "+clean(msg))
}

// clean makes one line of msg, free of controls and escape sequences.
func clean(msg string) string {
	s, _ := model.SanitizeLine(msg)
	return s
}

// wrap returns the explorer's model as Options asks.
func (e *env) wrap(m tea.Model) tea.Model {
	if e.opt.WrapModel == nil {
		return m
	}
	return e.opt.WrapModel(m)
}
