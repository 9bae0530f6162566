package cli

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"timeline/i18n"
)

// newFileMode is the mode of a file that export creates.
const newFileMode fs.FileMode = 0o644

// checkTarget checks that path may be written: a name that is free, or,
// with force, a regular file, whose mode it returns so that the file
// written in its place keeps it. A directory, a device, a FIFO, a socket
// or a symbolic link is never replaced: renaming over it would put a file
// where the user had something else (as root, /dev/null).
func checkTarget(cat i18n.Catalog, path string, force bool) (fs.FileMode, error) {
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return newFileMode, nil
	case err != nil:
		return 0, errors.New(cat.T("cli.cannotwrite", path, unwrapPathErr(err)))
	case st.IsDir():
		return 0, errors.New(cat.T("cli.isdir", path))
	case !st.Mode().IsRegular():
		return 0, errors.New(cat.T("cli.notregular", path))
	case !force:
		return 0, errors.New(cat.T("cli.exists", path))
	}
	return st.Mode().Perm(), nil
}

// writeFileAtomic writes a file at path with write, through a temporary
// file in the same directory, synced to disk, then moved into place, so
// that a reader never sees half a file. The temporary file is removed on
// every way out but success, a signal to stop included (see guardTemp).
// Without force an existing file is never replaced: the temporary file is
// hard-linked into place, which fails if the name is taken, even if it
// was taken a moment ago. With force only a regular file is replaced, and
// the new file keeps its mode.
func writeFileAtomic(cat i18n.Catalog, path string, force bool, write func(io.Writer) error) error {
	mode, err := checkTarget(cat, path, force)
	if err != nil {
		return err
	}
	guard := guardTemp()
	defer guard.release()
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return errors.New(cat.T("cli.cannotwritein", dir, unwrapPathErr(err)))
	}
	name := tmp.Name()
	guard.watch(name)
	placed := false
	defer func() {
		if !placed {
			tmp.Close()
			os.Remove(name)
		}
	}()
	cannot := func(err error) error { return errors.New(cat.T("cli.cannotwrite", path, unwrapPathErr(err))) }
	if err := write(tmp); err != nil {
		return cannot(err)
	}
	if err := tmp.Chmod(mode); err != nil {
		return cannot(err)
	}
	if err := tmp.Sync(); err != nil {
		return cannot(err)
	}
	if err := tmp.Close(); err != nil {
		return cannot(err)
	}
	return guard.commit(func() error {
		if err := place(cat, name, path, force); err != nil {
			return err
		}
		placed = true
		return nil
	})
}

// place moves the written temporary file name to path.
func place(cat i18n.Catalog, name, path string, force bool) error {
	if force {
		// The name may have been given to something else since it was
		// checked.
		if _, err := checkTarget(cat, path, true); err != nil {
			return err
		}
		if err := os.Rename(name, path); err != nil {
			return errors.New(cat.T("cli.cannotwrite", path, unwrapPathErr(err)))
		}
		return nil
	}
	if err := os.Link(name, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return errors.New(cat.T("cli.exists", path))
		}
		// Some file systems have no hard links: check, then rename.
		if _, statErr := os.Lstat(path); statErr == nil {
			return errors.New(cat.T("cli.exists", path))
		}
		if err := os.Rename(name, path); err != nil {
			return errors.New(cat.T("cli.cannotwrite", path, unwrapPathErr(err)))
		}
		return nil
	}
	os.Remove(name)
	return nil
}

// unwrapPathErr drops the temporary file's name from an error, which would
// only confuse.
func unwrapPathErr(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	}
	return err
}
