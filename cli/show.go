package cli

import (
	"errors"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"timeline/data"
	"timeline/present"
)

// newShowCmd is "timeline show ID": one event in full, as JSON, or as a
// citation to paste into a draft.
func newShowCmd(e *env) *cobra.Command {
	var a args
	c := &cobra.Command{
		Use:               "show " + e.cat.T("cli.show.args"),
		Short:             e.cat.T("cli.show.short"),
		Long:              e.cat.T("cli.show.long"),
		Args:              oneID(e.cat.T("cli.showneedsid")),
		ValidArgsFunction: e.completeID(&a, false),
		RunE: func(c *cobra.Command, pos []string) error {
			return runShow(e.args(a), pos[0], e.stdout, e.stderr)
		},
	}
	e.formatFlag(c, &a.format, false, "text", "json", "citation", "md")
	e.dataFlag(c, &a.data)
	return c
}

// runShow prints the event id.
func runShow(a args, id string, stdout, stderr io.Writer) error {
	ds, err := load(a, stderr)
	if err != nil {
		return err
	}
	e := ds.Event(id)
	if e == nil {
		return errors.New(a.cat.T("cli.noevent", id))
	}
	switch a.format {
	case "", "text":
		_, err := io.WriteString(stdout, present.DetailText(ds, e, 80, a.lang)+"\n")
		return err
	case "json":
		return writeJSON(stdout, data.EventJSON(e))
	case "citation":
		_, err := io.WriteString(stdout, present.Citation(ds, e, a.lang)+"\n")
		return err
	case "md":
		_, err := io.WriteString(stdout, present.CitationMarkdown(ds, e, a.lang))
		return err
	}
	return usageError{a.cat.T("cli.badformat", a.format, "show", "text, json, citation, md")}
}

// oneID is the argument check of a command that takes one event id:
// msg says what is missing or too much.
func oneID(msg string) cobra.PositionalArgs {
	return func(_ *cobra.Command, pos []string) error {
		if len(pos) != 1 {
			return usageError{msg}
		}
		return nil
	}
}

// completeID completes the one event id a command takes, from the dataset
// a names; when needFile is set (a command that changes a file), only
// once --data names one.
func (e *env) completeID(a *args, needFile bool) cobra.CompletionFunc {
	return func(_ *cobra.Command, pos []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(pos) > 0 || needFile && a.data == "" {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return eventIDs(e.args(*a), prefix), cobra.ShellCompDirectiveNoFileComp
	}
}

// eventIDs completes an event id: the ids that start with prefix, each
// with its title. Only a dataset that loads in a moment is read: the
// bundled one, or a file below the size that gets a loading screen.
func eventIDs(a args, prefix string) []cobra.Completion {
	if a.data != "" {
		if st, err := os.Stat(a.data); err != nil || bigFile(a.data) || !st.Mode().IsRegular() {
			return nil
		}
	}
	ds, _, err := data.Load(a.data)
	if err != nil {
		return nil
	}
	var ids []cobra.Completion
	for i := range ds.Events {
		ev := &ds.Events[i]
		if strings.HasPrefix(ev.ID, prefix) {
			ids = append(ids, cobra.CompletionWithDesc(ev.ID, ev.Title.String(a.lang)))
		}
	}
	return ids
}
