package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"timeline/model"
)

// newEditCmd is "timeline edit ID --data FILE ...": the fields of one
// event that the line gives are changed, the others left as they are.
func newEditCmd(e *env) *cobra.Command {
	var (
		a args
		f eventFlags
	)
	c := &cobra.Command{
		Use:               "edit " + e.cat.T("cli.edit.args"),
		Short:             e.cat.T("cli.edit.short"),
		Annotations:       map[string]string{annBrief: "true"},
		Long:              e.cat.T("cli.edit.long"),
		Args:              oneID(e.cat.T("cli.needsid", "edit")),
		ValidArgsFunction: e.completeID(&a, true),
		RunE: func(_ *cobra.Command, pos []string) error {
			return runEdit(e.args(a), pos[0], &f, e.stdout, e.stderr)
		},
	}
	e.fileToChangeFlag(c, &a.data)
	e.eventFlagSet(c, &f, false)
	return c
}

// runEdit changes the fields of event id that the flags give, on the
// event as the file has it once locked, so that a colleague's change to
// another field meanwhile is kept. Lists (people, organisations, tags,
// sources) are added to; an empty value first empties one.
func runEdit(a args, id string, f *eventFlags, stdout, stderr io.Writer) error {
	if err := editTarget(a, "edit"); err != nil {
		return err
	}
	if f.anyGiven(fieldFlags...) == "" {
		return usageError{a.cat.T("cli.editnothing")}
	}
	// A date, kind or status that is none is a bad command line, said
	// before the file is read.
	var probe model.Event
	if err := f.setFields(a.cat, &probe); err != nil {
		return err
	}
	src, err := f.newSource(a.cat)
	if err != nil {
		return err
	}
	var r refs
	saved, err := update(a, func(d *model.Draft) error {
		r = refs{cat: a.cat, path: a.data, d: d}
		ev := d.Event(id)
		if ev == nil {
			return errors.New(a.cat.T("cli.noeventin", id, a.data))
		}
		before := ev.Clone()
		if err := f.setFields(a.cat, ev); err != nil {
			return err
		}
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
		switch {
		case !hasTitle(ev):
			return errors.New(a.cat.T("cli.notitle", id))
		case len(ev.Sources()) == 0:
			return errors.New(a.cat.T("cli.nosource", id))
		}
		if ev.Equal(before) {
			return nil // nothing to write: the file already says so
		}
		return d.ChangeEvent(*ev)
	})
	if err != nil {
		return err
	}
	sayCreated(a, stderr, r.created)
	if saved.Unchanged {
		say(stderr, a.cat.T("cli.unchanged", id))
	} else {
		say(stderr, a.cat.T("cli.changed", id, a.data))
	}
	_, err = fmt.Fprintln(stdout, id)
	return err
}
