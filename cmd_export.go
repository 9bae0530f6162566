package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"timeline/data"
)

// cmdExport writes the dataset (--data, or the bundled one) in the format
// named by --format, to stdout or to the file named by -o.
func cmdExport(a args, stdout, stderr io.Writer) error {
	if len(a.pos) > 0 {
		return usageError{a.cat.T("cli.unexpected", "export", a.pos[0])}
	}
	formats := strings.Join(data.ExportFormats(), ", ")
	if a.format == "" {
		return usageError{a.cat.T("cli.exportneedsformat", formats)}
	}
	export, ok := data.ExporterFor(a.format)
	if !ok {
		return usageError{a.cat.T("cli.badformat", a.format, "export", formats)}
	}
	if a.output != "" && a.output != "-" && !a.force {
		if _, err := os.Lstat(a.output); err == nil {
			return fmt.Errorf("%s already exists; add --force to replace it", a.output)
		}
	}
	ds, err := load(a, stderr)
	if err != nil {
		return err
	}
	b, err := export(ds, a.lang)
	if err != nil {
		return err
	}
	if a.output == "" || a.output == "-" {
		_, err := stdout.Write(b)
		return err
	}
	if err := writeFileAtomic(a.output, b, a.force); err != nil {
		return err
	}
	fmt.Fprintln(stderr, "timeline: "+a.cat.T("cli.wrote", a.output, a.format, len(ds.Events)))
	return nil
}

// writeFileAtomic writes b to path through a temporary file in the same
// directory, synced to disk, then moved into place, so that a reader never
// sees half a file and a failure leaves nothing behind. Without force an
// existing file is never replaced: the temporary file is hard-linked into
// place, which fails if the name is taken, even if it was taken a moment
// ago.
func writeFileAtomic(path string, b []byte, force bool) (err error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fmt.Errorf("%s is a directory", path)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %v", dir, unwrapPathErr(err))
	}
	name := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(name)
		}
	}()
	if _, err := tmp.Write(b); err != nil {
		return fmt.Errorf("cannot write %s: %v", path, unwrapPathErr(err))
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("cannot write %s: %v", path, unwrapPathErr(err))
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("cannot write %s: %v", path, unwrapPathErr(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %v", path, unwrapPathErr(err))
	}
	if force {
		if err := os.Rename(name, path); err != nil {
			return fmt.Errorf("cannot write %s: %v", path, unwrapPathErr(err))
		}
		return nil
	}
	if err := os.Link(name, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s already exists; add --force to replace it", path)
		}
		// Some file systems have no hard links: check, then rename.
		if _, statErr := os.Lstat(path); statErr == nil {
			return fmt.Errorf("%s already exists; add --force to replace it", path)
		}
		if err := os.Rename(name, path); err != nil {
			return fmt.Errorf("cannot write %s: %v", path, unwrapPathErr(err))
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
