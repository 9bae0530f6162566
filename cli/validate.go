package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"timeline/data"
)

// newValidateCmd is "timeline validate FILE": every problem in a file,
// one a line, and exit status 1 if there is any.
func newValidateCmd(e *env) *cobra.Command {
	var a args
	c := &cobra.Command{
		Use:   "validate " + e.cat.T("cli.validate.args"),
		Short: e.cat.T("cli.validate.short"),
		Long:  e.cat.T("cli.validate.long"),
		Args: func(_ *cobra.Command, pos []string) error {
			if len(pos) != 1 && (len(pos) != 0 || a.data == "") {
				return usageError{e.cat.T("cli.validateneedsfile")}
			}
			return nil
		},
		RunE: func(c *cobra.Command, pos []string) error {
			a := e.args(a)
			if len(pos) == 1 {
				a.data = pos[0]
			}
			return runValidate(a, e.stdout, e.stderr)
		},
	}
	// The file may also be named by --data, as for the other commands;
	// the help names it once, as the argument.
	e.dataFlag(c, &a.data)
	c.Flags().Lookup("data").Hidden = true
	return c
}

// runValidate lists every problem in the file a.data.
func runValidate(a args, stdout, stderr io.Writer) error {
	path := a.data
	ds, warnings, err := data.Check(path)
	issues := warnings
	if le, ok := err.(*data.LoadError); ok {
		issues = le.Issues
	} else if err != nil {
		return err
	}
	for _, is := range issues {
		fmt.Fprintln(stdout, clean(is.String()))
	}
	if err != nil {
		return errors.New(problemCount(a, path, len(issues)))
	}
	fmt.Fprintln(stderr, clean(a.cat.T("cli.valid", path, len(ds.Events), len(ds.People), len(ds.Sources))))
	return nil
}

// problemCount says how many problems validate found, "1 problem" or "3 problems".
func problemCount(a args, path string, n int) string {
	if n == 1 {
		return a.cat.T("cli.problem", path)
	}
	return a.cat.T("cli.problems", path, n)
}
