package cli

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"timeline/i18n"
)

// writeFileAtomic writes a file at path with write, through a temporary
// file in the same directory, synced to disk, then moved into place, so
// that a reader never sees half a file and a failure leaves nothing
// behind. Without force an existing file is never replaced: the temporary
// file is hard-linked into place, which fails if the name is taken, even
// if it was taken a moment ago.
func writeFileAtomic(cat i18n.Catalog, path string, force bool, write func(io.Writer) error) (err error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return errors.New(cat.T("cli.isdir", path))
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return errors.New(cat.T("cli.cannotwritein", dir, unwrapPathErr(err)))
	}
	name := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(name)
		}
	}()
	cannot := func(err error) error { return errors.New(cat.T("cli.cannotwrite", path, unwrapPathErr(err))) }
	if err := write(tmp); err != nil {
		return cannot(err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return cannot(err)
	}
	if err := tmp.Sync(); err != nil {
		return cannot(err)
	}
	if err := tmp.Close(); err != nil {
		return cannot(err)
	}
	if force {
		if err := os.Rename(name, path); err != nil {
			return cannot(err)
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
			return cannot(err)
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
