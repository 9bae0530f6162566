package data

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// WriteAtomic replaces the file at path with b, so that a reader sees
// either the old file or the new one whole, and a crash or a full disk
// never leaves half a file: b goes to a temporary file in the same
// directory, which is synced, renamed over path, and the directory synced
// (see WriteAtomicFunc for the details and the errors).
func WriteAtomic(path string, b []byte) error {
	return WriteAtomicFunc(path, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// WriteAtomicFunc is WriteAtomic for content made as it is written: write
// is given the temporary file (behind a writer that cuts large writes
// into pieces, so that a signal is seen within one piece) and may stream
// into it.
//
//   - The file keeps its permission bits, and its owner and group when the
//     process may set them; a new file gets 0666 less the umask, as any
//     file the user creates.
//   - Only a regular file is replaced: a directory, a device, a FIFO or a
//     socket is refused. A symbolic link is followed: the file it names is
//     replaced and the link stays a link, as editors do, so that a dataset
//     kept in a shared folder and linked from elsewhere is edited in place.
//     A hard-linked file is replaced under path only; its other names keep
//     the old content.
//   - The temporary file, ".NAME.RANDOM.tmp" beside the target, is removed
//     on every error, and when SIGINT, SIGTERM or SIGHUP arrives while it
//     is written: WriteAtomicFunc then returns an *InterruptedError and the
//     target is untouched. The signal is the caller's to act on (a command
//     line exits; the explorer's own handler saw it too).
//
// It does not lock: two writers that read, change and write the same file
// use Update.
func WriteAtomicFunc(path string, write func(io.Writer) error) error {
	return writeAtomic(path, write, nil, false)
}

// InterruptedError says that a save stopped because of a signal, leaving
// the file as it was and no temporary file behind.
type InterruptedError struct {
	Path   string
	Signal os.Signal
}

// Error implements error.
func (e *InterruptedError) Error() string {
	return fmt.Sprintf("%s: not saved: interrupted by %v", e.Path, e.Signal)
}

// saveChunk is the largest piece written at once: a signal waits for at
// most one piece to be written before the save stops.
const saveChunk = 1 << 20

// writeAtomic is WriteAtomicFunc. check, when not nil, runs once the
// temporary file is complete and synced, just before it replaces the
// target, and can still stop the save (Update makes sure there that the
// file is the one it read). With noReplace the target must not exist:
// the file is linked into place, which fails if it does, rather than
// renamed over it.
func writeAtomic(path string, write func(io.Writer) error, check func() error, noReplace bool) (err error) {
	target, st, err := saveTarget(path)
	if err != nil {
		return err
	}
	if noReplace && st != nil {
		return fail(path, "already exists; not overwritten")
	}
	sigs := watchSignals()
	defer sigs.stop()
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	tmp, f, err := createTemp(dir, base, st)
	if err != nil {
		return fail(path, "cannot save: %v", unwrapPath(err))
	}
	placed := false
	defer func() {
		if !placed {
			f.Close()
			os.Remove(tmp)
		}
	}()
	interrupted := func() error {
		if s := sigs.caught(); s != nil {
			return &InterruptedError{Path: path, Signal: s}
		}
		return nil
	}
	if err := write(&chunkWriter{f: f, stop: interrupted}); err != nil {
		var ie *InterruptedError
		if errors.As(err, &ie) {
			return ie
		}
		return fail(path, "cannot save: %v", unwrapPath(err))
	}
	if err := f.Sync(); err != nil {
		return fail(path, "cannot save: %v", unwrapPath(err))
	}
	if err := f.Close(); err != nil {
		return fail(path, "cannot save: %v", unwrapPath(err))
	}
	if err := interrupted(); err != nil {
		return err
	}
	if check != nil {
		if err := check(); err != nil {
			return err
		}
	}
	if noReplace {
		if err := os.Link(tmp, target); err != nil {
			if errors.Is(err, fs.ErrExist) {
				return fail(path, "already exists; not overwritten")
			}
			return fail(path, "cannot save: %v", unwrapPath(err))
		}
		os.Remove(tmp)
	} else if err := os.Rename(tmp, target); err != nil {
		return fail(path, "cannot save: %v", unwrapPath(err))
	}
	placed = true
	if err := syncDir(dir); err != nil {
		return fail(path, "saved, but the directory could not be synced: %v", unwrapPath(err))
	}
	return nil
}

// saveTarget returns the file a save to path replaces (path, or the file
// a symbolic link at path names) and its current state, nil when it does
// not exist yet; it refuses anything but a regular file.
func saveTarget(path string) (string, fs.FileInfo, error) {
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return path, nil, nil
	case err != nil:
		return "", nil, fail(path, "cannot save: %v", unwrapPath(err))
	case st.Mode()&fs.ModeSymlink != 0:
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			return "", nil, fail(path, "is a symbolic link to a missing file; not saved")
		}
		if st, err = os.Stat(target); err != nil {
			return "", nil, fail(path, "cannot save: %v", unwrapPath(err))
		}
		path = target
	}
	switch {
	case st.IsDir():
		return "", nil, fail(path, "is a directory; not saved")
	case !st.Mode().IsRegular():
		return "", nil, fail(path, "is %s, not a regular file; not saved", fileKind(st.Mode()))
	}
	return path, st, nil
}

// createTemp creates the temporary file beside the target: with the
// target's mode, set before anything is written so that a private file's
// content is never readable by others, or 0666 less the umask for a new
// file; with the target's owner when the process may give it.
func createTemp(dir, base string, st fs.FileInfo) (string, *os.File, error) {
	perm := fs.FileMode(0o666)
	if st != nil {
		perm = 0o600
	}
	for range 100 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64()&0xffffffffff, 36)+".tmp")
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", nil, err
		}
		if st != nil {
			if err := keepOwnerAndMode(f, st); err != nil {
				f.Close()
				os.Remove(name)
				return "", nil, err
			}
		}
		return name, f, nil
	}
	return "", nil, fmt.Errorf("cannot create a temporary file in %s", dir)
}

// writebackEvery is how much of a save is written before the system is
// asked to start putting it on disk (see startWriteback).
const writebackEvery = 8 << 20

// chunkWriter writes to the temporary file in pieces of at most
// saveChunk bytes, and stops between pieces once stop returns an error.
type chunkWriter struct {
	f       *os.File
	stop    func() error
	written int64 // bytes written so far
	synced  int64 // bytes handed to startWriteback so far
}

func (w *chunkWriter) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		if err := w.stop(); err != nil {
			return n, err
		}
		k := min(len(p), saveChunk)
		m, err := w.f.Write(p[:k])
		n += m
		w.written += int64(m)
		if err != nil {
			return n, err
		}
		if w.written-w.synced >= writebackEvery {
			startWriteback(w.f, w.synced, w.written-w.synced)
			w.synced = w.written
		}
		p = p[k:]
	}
	return n, nil
}

// syncDir makes a rename in dir durable. File systems that cannot sync a
// directory say so with EINVAL, which is no failure of the save.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !isSyncUnsupported(err) {
		return err
	}
	return nil
}
