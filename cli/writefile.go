package cli

import (
	"errors"
	"io"
	"io/fs"
	"os"

	"timeline/data"
	"timeline/i18n"
)

// checkTarget checks that path may be written by export -o: a name that
// is free, or, with force, a regular file. A directory, a device, a FIFO,
// a socket or a symbolic link is never replaced: renaming over it would
// put a file where the user had something else (as root, /dev/null). It
// runs before the dataset is loaded, which may take a while, so that a
// refusal comes at once; the writer checks again as it puts the file in
// place.
func checkTarget(cat i18n.Catalog, path string, force bool) error {
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return errors.New(cat.T("cli.cannotwrite", path, unwrapPathErr(err)))
	case st.IsDir():
		return errors.New(cat.T("cli.isdir", path))
	case !st.Mode().IsRegular():
		return errors.New(cat.T("cli.notregular", path))
	case !force:
		return errors.New(cat.T("cli.exists", path))
	}
	return nil
}

// writeFile writes the file export -o names with write, through data's
// atomic writer, the one that saves datasets too: a temporary file in the
// same directory, synced, then put in place, so that a reader never sees
// half a file, and removed on every way out but success, a signal to stop
// included (the process then ends by that signal, see exitBySignal).
// Without force an existing file is never replaced, even one created a
// moment ago; with force only a regular file is, and the new file keeps
// its mode. A symbolic link is refused, never followed.
func writeFile(cat i18n.Catalog, path string, force bool, write func(io.Writer) error) error {
	if err := checkTarget(cat, path, force); err != nil {
		return err
	}
	err := data.WriteAtomicWith(path, data.WriteOptions{New: !force, NoFollow: true}, write)
	return saveError(cat, path, err, "cli.notregular")
}

// saveError says why the file at path was not written, in the catalog's
// words; notRegular is the key of the message for a name that is not a
// regular file, which depends on the command. A save that a signal
// stopped ends the process by that signal.
func saveError(cat i18n.Catalog, path string, err error, notRegular string) error {
	var (
		ie *data.InterruptedError
		se *data.SaveError
	)
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ie):
		exitBySignal(ie.Signal)
	case errors.Is(err, data.ErrExists):
		return errors.New(cat.T("cli.exists", path))
	case errors.Is(err, data.ErrIsDir):
		return errors.New(cat.T("cli.isdir", path))
	case errors.Is(err, data.ErrNotRegular), errors.Is(err, data.ErrSymlink):
		return errors.New(cat.T(notRegular, path))
	case errors.As(err, &se):
		return errors.New(cat.T("cli.cannotwrite", path, se.Err))
	}
	return err
}

// unwrapPathErr drops the path from a system error, which the message
// names already.
func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
