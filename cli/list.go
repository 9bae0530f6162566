package cli

import (
	"bufio"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"timeline/data"
	"timeline/model"
	"timeline/present"
	"timeline/search"
)

// newListCmd is "timeline list [QUERY...]": the events that match the
// query its arguments form, all of them joined with spaces, or every
// event, one a line.
func newListCmd(e *env) *cobra.Command {
	var a args
	c := &cobra.Command{
		Use:   "list " + e.cat.T("cli.list.args"),
		Short: e.cat.T("cli.list.short"),
		Long:  e.cat.T("cli.list.long"),
		Args:  cobra.ArbitraryArgs,
		RunE: func(c *cobra.Command, pos []string) error {
			return runList(e.args(a), pos, e.stdout, e.stderr)
		},
	}
	e.formatFlag(c, &a.format, false, "text", "json")
	e.dataFlag(c, &a.data)
	return c
}

// runList prints the events that match the query. A malformed query is a
// bad command line.
func runList(a args, pos []string, stdout, stderr io.Writer) error {
	q, err := search.ParseQuery(strings.Join(pos, " "))
	if err != nil {
		return usageError{err.Error()}
	}
	if done, err := cachedList(a, q, stdout, stderr); done {
		return err
	}
	ds, err := load(a, stderr)
	if err != nil {
		return err
	}
	var cols present.ListColumns
	if a.format == "" || a.format == "text" {
		cols = present.Columns(ds.Events, a.cat) // of the whole file, as its index has them
	}
	if !q.Empty() {
		ds = ds.Subset(q.Filter(ds))
	}
	return printListIn(ds, a, cols, stdout)
}

// printList prints every event of ds, as lines of text or as JSON.
func printList(ds *model.Dataset, a args, stdout io.Writer) error {
	return printListIn(ds, a, present.Columns(ds.Events, a.cat), stdout)
}

// printListIn is printList with the columns of the lines given: those of
// the whole file, so that a query's answer lines up as the index's does.
func printListIn(ds *model.Dataset, a args, cols present.ListColumns, stdout io.Writer) error {
	// A line or an event at a time: a million events' lines are over a
	// hundred megabytes, their JSON values several times that.
	switch a.format {
	case "", "text":
		w := bufio.NewWriterSize(stdout, 64<<10)
		for i := range ds.Events {
			w.WriteString(present.ListLine(&ds.Events[i], a.cat, cols))
			w.WriteByte('\n')
		}
		return w.Flush()
	case "json":
		return writeJSONList(stdout, len(ds.Events), func(i int) any { return data.EventJSON(&ds.Events[i]) })
	}
	return usageError{a.cat.T("cli.badformat", a.format, "list", "text, json")}
}
