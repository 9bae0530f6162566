package cli

import (
	"errors"
	"io"

	"github.com/spf13/cobra"

	"timeline/cache"
)

// newIndexCmd is "timeline index FILE": it makes, or brings up to date,
// the index of a dataset file that "timeline list" then answers from (see
// package cache). It is the only command that writes to the cache.
func newIndexCmd(e *env) *cobra.Command {
	var a args
	c := &cobra.Command{
		Use:   "index " + e.cat.T("cli.index.args"),
		Short: e.cat.T("cli.index.short"),
		Long:  e.cat.T("cli.index.long"),
		Args: func(_ *cobra.Command, pos []string) error {
			if len(pos) > 1 || len(pos) == 0 && a.data == "" {
				return usageError{e.cat.T("cli.indexneedsfile")}
			}
			return nil
		},
		RunE: func(c *cobra.Command, pos []string) error {
			a := e.args(a)
			if len(pos) == 1 {
				a.data = pos[0]
			}
			return runIndex(a, e.stderr)
		},
	}
	// The file may also be named by --data, as for the other commands;
	// the help names it once, as the argument.
	e.dataFlag(c, &a.data)
	c.Flags().Lookup("data").Hidden = true
	return c
}

// runIndex indexes the file a.data.
func runIndex(a args, stderr io.Writer) error {
	c := cache.Default()
	if c == nil {
		return errors.New(a.cat.T("cli.indexoff", cache.Env))
	}
	cache.WaitSettled(a.data)
	k, _ := cache.KeyFor(a.data)
	l, warnings, err := loadWarned(a, stderr)
	if err != nil {
		return err
	}
	ds := l.Dataset
	stored, err := storeEntry(c, k, a.data, newEntry(l, warnings))
	switch {
	case err != nil:
		return errors.New(a.cat.T("cli.cannotwritein", c.Dir(), err))
	case !stored:
		return errors.New(a.cat.T("cli.indexchanged", a.data))
	}
	say(stderr, a.cat.T("cli.indexed", a.data, len(ds.Events), c.Dir()))
	return nil
}
