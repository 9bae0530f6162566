package data

import (
	"errors"
	"fmt"
	"hash/crc32"
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
//     socket is refused, with a *SaveError wrapping ErrIsDir or
//     ErrNotRegular, also when one took the file's name while it was
//     being written. A symbolic link is followed: the file it names is
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
	return writeAtomic(path, write, nil, WriteOptions{})
}

// WriteOptions say what a save may put its file in place of, beyond what
// WriteAtomicFunc says.
type WriteOptions struct {
	// New refuses to replace anything (ErrExists): the name must be free,
	// even at the moment the file is put in place, as the file is then
	// hard-linked there, which fails if the name was taken meanwhile.
	// "Save a copy" and an export without --force must never overwrite.
	New bool
	// NoFollow refuses a symbolic link at path (ErrSymlink) instead of
	// replacing the file it names: an export writes the name it was given,
	// and a link there is something the user made, not an output file.
	NoFollow bool
	// sum, when not nil, is given the CRC-32C of the bytes written.
	sum *uint32
}

// WriteAtomicWith is WriteAtomicFunc with options: the one atomic writer
// that saves, copies and exports share.
func WriteAtomicWith(path string, opt WriteOptions, write func(io.Writer) error) error {
	return writeAtomic(path, write, nil, opt)
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

// writeAtomic is WriteAtomicWith. check, when not nil, runs once the
// temporary file is complete and synced, just before it replaces the
// target, and can still stop the save (Update makes sure there that the
// file is the one it read).
func writeAtomic(path string, write func(io.Writer) error, check func() error, opt WriteOptions) (err error) {
	target, st, err := saveTarget(path, opt.NoFollow)
	if err != nil {
		return err
	}
	if opt.New && st != nil {
		return saveFail(path, ErrExists, "already exists; not overwritten")
	}
	sigs := watchSignals()
	defer sigs.stop()
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	tmp, f, err := createTemp(dir, base, st)
	if err != nil {
		return cannotSave(path, err)
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
	if err := write(&chunkWriter{f: f, stop: interrupted, sum: opt.sum}); err != nil {
		var ie *InterruptedError
		if errors.As(err, &ie) {
			return ie
		}
		return cannotSave(path, err)
	}
	if err := f.Sync(); err != nil {
		return cannotSave(path, err)
	}
	if err := f.Close(); err != nil {
		return cannotSave(path, err)
	}
	if err := interrupted(); err != nil {
		return err
	}
	if check != nil {
		if err := check(); err != nil {
			return err
		}
	}
	if opt.New {
		err = placeNew(path, tmp, target)
	} else {
		err = placeOver(path, tmp, target)
	}
	if err != nil {
		return err
	}
	placed = true
	if err := syncDir(dir); err != nil {
		return saveFail(path, unwrapPath(err), "saved, but the directory could not be synced: %v", unwrapPath(err))
	}
	return nil
}

// placeNew puts the temporary file tmp at target, which must be free: it
// is hard-linked there, which fails if the name is taken, even if it was
// taken a moment ago, then its temporary name is removed. A file system
// without hard links gets a check of the name, then a rename.
func placeNew(path, tmp, target string) error {
	err := os.Link(tmp, target)
	switch {
	case err == nil:
		os.Remove(tmp)
		return nil
	case errors.Is(err, fs.ErrExist):
		return saveFail(path, ErrExists, "already exists; not overwritten")
	}
	if _, statErr := os.Lstat(target); statErr == nil {
		return saveFail(path, ErrExists, "already exists; not overwritten")
	}
	if err := os.Rename(tmp, target); err != nil {
		return cannotSave(path, err)
	}
	return nil
}

// placeOver renames the temporary file tmp over target, after checking
// again that target is a regular file or free: something else may have
// taken its name while the file was written, and a rename would put a
// file where the user had a FIFO or a link. (A link at path was followed
// to target already, when it was to be.)
func placeOver(path, tmp, target string) error {
	st, err := os.Lstat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return cannotSave(path, err)
	default:
		if err := replaceable(path, st, true); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, target); err != nil {
		return cannotSave(path, err)
	}
	return nil
}

// saveTarget returns the file a save to path replaces (path, or the file
// a symbolic link at path names, unless noFollow) and its current state,
// nil when it does not exist yet; it refuses anything but a regular file.
func saveTarget(path string, noFollow bool) (string, fs.FileInfo, error) {
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return path, nil, nil
	case err != nil:
		return "", nil, cannotSave(path, err)
	case st.Mode()&fs.ModeSymlink != 0 && !noFollow:
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			return "", nil, saveFail(path, ErrSymlink, "is a symbolic link to a missing file; not saved")
		}
		if st, err = os.Stat(target); err != nil {
			return "", nil, cannotSave(path, err)
		}
		path = target
	}
	if err := replaceable(path, st, noFollow); err != nil {
		return "", nil, err
	}
	return path, st, nil
}

// replaceable refuses, as a save's target, anything but a regular file
// (or a symbolic link, when it is to be followed and st is its target's).
func replaceable(path string, st fs.FileInfo, noFollow bool) error {
	switch {
	case st.Mode()&fs.ModeSymlink != 0:
		if noFollow {
			return saveFail(path, ErrSymlink, "is a symbolic link; not replaced")
		}
		return nil
	case st.IsDir():
		return saveFail(path, ErrIsDir, "is a directory; not saved")
	case !st.Mode().IsRegular():
		return saveFail(path, ErrNotRegular, "is %s, not a regular file; not saved", fileKind(st.Mode()))
	}
	return nil
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
	sum     *uint32
}

func (w *chunkWriter) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		if err := w.stop(); err != nil {
			return n, err
		}
		k := min(len(p), saveChunk)
		m, err := w.f.Write(p[:k])
		if w.sum != nil {
			*w.sum = crc32.Update(*w.sum, castagnoli, p[:m])
		}
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
