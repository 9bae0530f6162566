package cli

import (
	"errors"
	"fmt"
	"io"
	"os"

	"timeline/data"
	"timeline/model"
)

// maxEventBytes bounds what "timeline add -" reads from stdin: one event,
// every field at most model.MaxFieldBytes, is far smaller, and a stream
// that never ends must not fill the memory.
const maxEventBytes = 16 << 20

// runAddJSON adds the event read as JSON from stdin (data.ParseEvent):
// the native format's event, whose sources may be ids of the file or
// sources written out, found by URL or added. People and organisations
// are named by id; the event's id, if it gives one, must be free, else one
// is made from its title. The event's flags cannot be given too.
func runAddJSON(e *env, a args, f *eventFlags) error {
	if name := f.anyGiven(fieldFlags...); name != "" {
		return usageError{a.cat.T("cli.addstdinflags", "--"+name)}
	}
	if err := editTarget(a, "add"); err != nil {
		return err
	}
	stdin := e.opt.Stdin
	if stdin == nil {
		stdin = os.Stdin
		if st, err := os.Stdin.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			say(e.stderr, a.cat.T("cli.stdinprompt"))
		}
	}
	b, err := io.ReadAll(io.LimitReader(stdin, maxEventBytes+1))
	if err != nil {
		return errors.New(a.cat.T("cli.cannotread", "stdin", err))
	}
	if len(b) > maxEventBytes {
		return errors.New(a.cat.T("cli.stdintoobig", maxEventBytes>>20))
	}
	in, err := data.ParseEvent("stdin", b)
	if err != nil {
		return err
	}
	var id string
	_, err = update(a, func(d *model.Draft) error {
		ev := in.Event.Clone()
		for _, s := range in.Sources {
			sid, _, err := d.Source(s)
			if err != nil {
				return err
			}
			ev.SetSources(appendNew(ev.Sources(), sid))
		}
		id, err = d.AddEvent(*ev)
		return err
	})
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(e.stdout, id)
	return err
}
