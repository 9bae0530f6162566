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
		fmt.Fprintln(stderr, "Run 'timeline help' for usage.")
		return exitUsage
	}
	return exitData
}

// dispatch runs the subcommand.
func dispatch(a args, stdout, stderr io.Writer) error {
	if a.help {
		_, err := io.WriteString(stdout, usage)
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
	case "generate":
		return cmdGenerate(a, stdout, stderr)
	case "version":
		_, err := fmt.Fprintln(stdout, "timeline "+version)
		return err
	case "help":
		_, err := io.WriteString(stdout, usage)
		return err
	}
	return usageError{fmt.Sprintf("unknown command %q", a.cmd)}
}

const usage = `timeline — a terminal timeline explorer for reporters

Usage:
  timeline [--data FILE]                 explore a timeline (the bundled summer of 2025 by default)
  timeline list [QUERY...] [--format text|json]
                                         print the events matching QUERY (all by default), one per line;
                                         QUERY: words, "phrases", kind: person: org: outlet: status: tag:
                                         from:DATE to:DATE, !term to exclude
  timeline show ID [--format text|json|citation|md]   print one event (or its citation)
  timeline validate FILE                 list every problem in a dataset file; exit 1 if any
  timeline export --format json|timelinejs|md|csv|ics [-o FILE] [--force]   write the dataset in a format
  timeline people [--format text|json]   every person, their role, events, first and last dates
  timeline orgs [--format text|json]     every organisation and the events that name it
  timeline orgchart --at DATE [--format text|json]
                                         who reports to whom on DATE (YYYY-MM-DD, or YYYY-MM for the 1st)
  timeline stats [--format text|json]    events per kind per week, the busiest week
  timeline generate --events N [--seed S]
                                         write a synthetic dataset of N events (native JSON) to stdout
  timeline version                       print the version
  timeline help                          this text

Flags (before or after the arguments):
  --data FILE         the dataset to open (native JSON, TimelineJS JSON or sheet CSV, told by content)
  --format FORMAT     output format for list, show and export
  -o, --output FILE   export to FILE (written atomically; never replaces a file without --force)
  --force             let -o replace an existing file
  --lang en|fr        content language (default from LC_ALL, LC_MESSAGES, LANG; else en)
  --no-mouse          do not capture the mouse (keeps the terminal's own selection)
  -h, --help          this text

Exit status: 0 success, 1 a data problem, 2 a bad command line.
`
