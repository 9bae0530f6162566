package cli

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"timeline/model"
)

// newAddCmd is "timeline add --data FILE ...": one event added to a
// file, described by flags or, with "-", as JSON on stdin; its new id is
// printed.
func newAddCmd(e *env) *cobra.Command {
	var (
		a args
		f eventFlags
	)
	c := &cobra.Command{
		Use:         "add " + e.cat.T("cli.add.args"),
		Short:       e.cat.T("cli.add.short"),
		Annotations: map[string]string{annBrief: "true"},
		Long:        e.cat.T("cli.add.long"),
		Args: func(_ *cobra.Command, pos []string) error {
			if len(pos) > 1 || len(pos) == 1 && pos[0] != "-" {
				return usageError{e.cat.T("cli.addargs", pos[len(pos)-1])}
			}
			return nil
		},
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(_ *cobra.Command, pos []string) error {
			a := e.args(a)
			if len(pos) == 1 {
				return runAddJSON(e, a, &f)
			}
			return runAdd(a, &f, e.stdout, e.stderr)
		},
	}
	e.fileToChangeFlag(c, &a.data)
	e.eventFlagSet(c, &f, true)
	return c
}

// runAdd adds the event the flags describe. What the line alone can tell
// (a missing title, a date that is none, an unknown kind) is checked
// before the file is read, as a bad command line; what needs the file
// (people, organisations and sources by id or name) is resolved on it
// once locked.
func runAdd(a args, f *eventFlags, stdout, stderr io.Writer) error {
	if err := editTarget(a, "add"); err != nil {
		return err
	}
	for _, name := range []string{"date", "kind"} {
		if !f.given(name) {
			return usageError{a.cat.T("cli.addneeds", "--"+name)}
		}
	}
	fields := model.Event{Status: model.Reported}
	if err := f.setFields(a.cat, &fields); err != nil {
		return err
	}
	if !hasTitle(&fields) {
		return usageError{a.cat.T("cli.addneedstitle")}
	}
	src, err := f.newSource(a.cat)
	if err != nil {
		return err
	}
	if src == nil && len(f.sources) == 0 {
		return usageError{a.cat.T("cli.addneedssource")}
	}
	var (
		id string
		r  refs
	)
	_, err = update(a, func(d *model.Draft) error {
		r = refs{cat: a.cat, path: a.data, d: d}
		ev := fields.Clone()
		if err := r.people(ev, f.people); err != nil {
			return err
		}
		if err := r.orgs(ev, f.orgs); err != nil {
			return err
		}
		tags(ev, f.tags)
		if err := r.sources(ev, f.sources, src); err != nil {
			return err
		}
		if len(ev.Sources()) == 0 {
			return usageError{a.cat.T("cli.addneedssource")}
		}
		id, err = d.AddEvent(*ev)
		return err
	})
	if err != nil {
		return err
	}
	sayCreated(a, stderr, r.created)
	_, err = fmt.Fprintln(stdout, id)
	return err
}

// sayCreated says on stderr which people and organisations an edit added
// to the file, so that a reporter sees at once a name that was meant to
// be someone already there.
func sayCreated(a args, stderr io.Writer, created [][3]string) {
	for _, c := range created {
		say(stderr, a.cat.T("cli.new"+c[0], c[1], c[2], a.data))
	}
}
