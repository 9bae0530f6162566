package cli

import (
	"errors"
	"io/fs"
	"os"

	"timeline/data"
	"timeline/model"
)

// editTarget checks, before anything is read, that the line names a file
// that add, edit or rm (cmd) may change: one named with --data, on this
// computer, that exists. The bundled dataset is read-only.
func editTarget(a args, cmd string) error {
	switch {
	case a.data == "":
		return usageError{a.cat.T("cli.needsdata", cmd)}
	case data.IsURL(a.data):
		return usageError{a.cat.T("cli.editaddress", a.data, cmd)}
	}
	if _, err := os.Stat(a.data); errors.Is(err, fs.ErrNotExist) {
		return errors.New(a.cat.T("cli.nofile", a.data))
	}
	return nil
}

// update changes the file a.data as build says, on a draft of the file as
// it is once locked (data.UpdateDraft: lock beside the file, fresh read,
// check, atomic save, again if another program changed the file
// meanwhile), and says a refusal in the catalog's words where it can; the
// file is then as it was. build may run more than once, each time on a
// fresh draft.
func update(a args, build func(d *model.Draft) error) (data.Saved, error) {
	defer lighterGC()()
	saved, err := data.UpdateDraft(a.data, build)
	var (
		ps model.Problems
		se *data.SaveError
		ie *data.InterruptedError
	)
	switch {
	case err == nil:
		return saved, nil
	case errors.As(err, &ps):
		return saved, errors.New(a.cat.T("cli.notsaved", a.data, ps))
	case errors.As(err, &se), errors.As(err, &ie):
		return saved, saveError(a.cat, a.data, err, "cli.editnotregular")
	}
	return saved, err
}
