package cli

import (
	"errors"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"timeline/model"
)

// newRmCmd is "timeline rm ID --data FILE": one event removed from a
// file.
func newRmCmd(e *env) *cobra.Command {
	var a args
	c := &cobra.Command{
		Use:               "rm " + e.cat.T("cli.rm.args"),
		Short:             e.cat.T("cli.rm.short"),
		Long:              e.cat.T("cli.rm.long"),
		Args:              oneID(e.cat.T("cli.needsid", "rm")),
		ValidArgsFunction: e.completeID(&a, true),
		RunE: func(_ *cobra.Command, pos []string) error {
			return runRm(e.args(a), pos[0], e.stderr)
		},
	}
	e.fileToChangeFlag(c, &a.data)
	return c
}

// runRm removes event id. The events that still related to it lose that
// link (model.Draft.RemoveEvent: a file where an event relates to one
// that is gone does not load), and the message on stderr names them, so
// that the reporter can look at them again. The people, organisations and
// sources the event named stay in the file.
func runRm(a args, id string, stderr io.Writer) error {
	if err := editTarget(a, "rm"); err != nil {
		return err
	}
	var related []string
	_, err := update(a, func(d *model.Draft) error {
		if d.Event(id) == nil {
			return errors.New(a.cat.T("cli.noeventin", id, a.data))
		}
		var err error
		related, err = d.RemoveEvent(id)
		return err
	})
	if err != nil {
		return err
	}
	if len(related) > 0 {
		say(stderr, a.cat.T("cli.removedrelated", id, a.data, strings.Join(related, ", ")))
	} else {
		say(stderr, a.cat.T("cli.removed", id, a.data))
	}
	return nil
}
