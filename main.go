// Command timeline is a terminal timeline explorer for reporters. It opens
// on a bundled, sourced dataset of the summer 2025 turmoil at Meta
// Superintelligence Labs, and on the reporter's own timelines.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"timeline/model"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit statuses: a data or usage problem is 1, a bad command line is 2.
const (
	exitOK    = 0
	exitData  = 1
	exitUsage = 2
)

// usageError is a bad command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command line and returns the exit status. Data goes to
// stdout, messages to stderr.
func run(args []string, stdout, stderr io.Writer) int {
	a, err := parseArgs(args)
	if err == nil {
		err = dispatch(a, stdout, stderr)
	}
	if err == nil {
		return exitOK
	}
	msg, _ := model.SanitizeLine(err.Error())
	fmt.Fprintln(stderr, "timeline: "+msg)
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(stderr, a.cat.T("cli.seehelp"))
		return exitUsage
	}
	return exitData
}

// dispatch runs the subcommand.
func dispatch(a args, stdout, stderr io.Writer) error {
	if a.help {
		_, err := io.WriteString(stdout, a.cat.T("cli.usage"))
		return err
	}
	switch a.cmd {
	case "":
		return cmdExplore(a, stdout, stderr)
	case "list":
		return cmdList(a, stdout, stderr)
	case "show":
		return cmdShow(a, stdout, stderr)
	case "validate":
		return cmdValidate(a, stdout, stderr)
	case "export":
		return cmdExport(a, stdout, stderr)
	case "people":
		return cmdPeople(a, stdout, stderr)
	case "orgs":
		return cmdOrgs(a, stdout, stderr)
	case "orgchart":
		return cmdOrgChart(a, stdout, stderr)
	case "stats":
		return cmdStats(a, stdout, stderr)
	case "index":
		return cmdIndex(a, stdout, stderr)
	case "generate":
		return cmdGenerate(a, stdout, stderr)
	case "version":
		_, err := fmt.Fprintln(stdout, "timeline "+version)
		return err
	case "help":
		_, err := io.WriteString(stdout, a.cat.T("cli.usage"))
		return err
	}
	return usageError{a.cat.T("cli.unknowncmd", a.cmd)}
}
