package data

import (
	"errors"
	"fmt"
	"io"
	"os"

	"timeline/model"
)

// Saved is what Update and UpdateEdit did.
type Saved struct {
	// Dataset is the file's dataset as saved: the latest version, with
	// the change, ready to show without reading the file again.
	Dataset *model.Dataset
	// Edit is the edit UpdateEdit applied: the one it was given, rebased
	// on the file as it was when locked (see model.Rebase); Applied is
	// what applying it did, its Inverse being the edit that undoes it.
	Edit    model.Edit
	Applied model.Applied
	// Stamp is the file's stamp after the save, so that a watcher of the
	// file can tell this save from another writer's.
	Stamp Stamp
	// Read is the file's stamp as it was read under the lock, before the
	// save: when it is the stamp of the version the caller last saw, no
	// one else changed the file in between, and the caller's copy with
	// the edit is the file as saved.
	Read Stamp
	// Unchanged is set when there was nothing to save: the file already
	// had the edit's changes. The file was not written.
	Unchanged bool

	copied bool // the save copied what the edit left alone (save_splice.go)
}

// ConflictError says that the file changed, since the edit's base, in the
// very events the edit changes: nothing was saved. Rebased is the rest of
// the edit, ready to apply to Dataset (the file as it is); the reporter
// chooses, for each conflict, theirs (apply Rebased alone) or mine (apply
// model.Join(Rebased, conflict.KeepMine())).
type ConflictError struct {
	Path      string
	Conflicts []model.Conflict
	Rebased   model.Edit
	Dataset   *model.Dataset
}

// Error implements error.
func (e *ConflictError) Error() string {
	path, _ := model.SanitizeLine(e.Path)
	ids := ""
	for i, c := range e.Conflicts {
		if i > 0 {
			ids += ", "
		}
		ids += c.ID
	}
	return fmt.Sprintf("%s: not saved: someone else changed the same events meanwhile (%s)", path, ids)
}

// updateAttempts is how many times an update reads the file again when
// another program (one that does not lock) changes it under the lock.
const updateAttempts = 3

// errChangedOnDisk says the file is not the version that was read.
var errChangedOnDisk = errors.New("the file changed on disk")

// Update changes the native dataset file at path without losing another
// writer's update: it takes the file's lock (see LockFile), reads the
// file as it is now, calls change on it, checks the whole dataset as the
// loader does (Dataset.Validate), and saves it atomically (see
// WriteAtomicFunc), keeping its mode. A file that another program, one
// that does not lock, changes while this happens is never overwritten:
// the update starts again from the new file, and change may therefore be
// called more than once, each time on a fresh dataset.
//
// Only native files are changed: a TimelineJS file would be rewritten in
// another format, so Update refuses it and the edit goes to a native copy.
// A file whose fields were clipped when read is refused too, as saving it
// would cut them. When change returns an error, nothing is written and
// Update returns it.
func Update(path string, change func(*model.Dataset) error) (Saved, error) {
	return update(path, false, func(ds *model.Dataset) (Saved, error) {
		if err := change(ds); err != nil {
			return Saved{}, err
		}
		if ps := ds.Validate(); len(ps) > 0 {
			return Saved{}, model.Problems(ps)
		}
		return Saved{}, nil
	})
}

// UpdateEdit is Update for a model.Edit, as the command line and the
// explorer make them: the edit is rebased on the file as it is (an edit
// made on an older version still applies by id, see model.Rebase), then
// applied, which checks what it touches, so that a save of a large file
// is not also a full validation. When someone else changed the same
// events, nothing is saved and the error is a *ConflictError, which
// carries both versions.
func UpdateEdit(path string, e model.Edit) (Saved, error) {
	return update(path, true, func(ds *model.Dataset) (Saved, error) {
		rebased, conflicts := model.Rebase(e, ds)
		if len(conflicts) > 0 {
			return Saved{}, &ConflictError{Path: path, Conflicts: conflicts, Rebased: rebased, Dataset: ds}
		}
		if rebased.IsZero() {
			return Saved{Dataset: ds, Unchanged: true}, nil
		}
		applied, err := rebased.Apply(ds)
		if err != nil {
			return Saved{}, err
		}
		return Saved{Edit: rebased, Applied: applied}, nil
	})
}

// UpdateDraft is Update for the command line: build is given a Draft on
// the file as it is under the lock (so it finds people, organisations and
// sources as they are now, and ids that are free now), and the edit it
// builds is applied, which checks what it touches, and saved. The file is
// read once. When build returns an error nothing is saved.
func UpdateDraft(path string, build func(d *model.Draft) error) (Saved, error) {
	return update(path, true, func(ds *model.Dataset) (Saved, error) {
		d := model.NewDraft(ds)
		if err := build(d); err != nil {
			return Saved{}, err
		}
		e := d.Edit()
		if e.IsZero() {
			return Saved{Unchanged: true}, nil
		}
		applied, err := e.Apply(ds)
		if err != nil {
			return Saved{}, err
		}
		return Saved{Edit: e, Applied: applied}, nil
	})
}

// update runs one read-change-save under the file's lock; change returns
// what it did, with Unchanged set when there is nothing to write. When
// edits is set, change makes no change but Saved.Edit, so that the save
// of a file this program saved can copy what the edit left alone (see
// savedMark).
func update(path string, edits bool, change func(*model.Dataset) (Saved, error)) (Saved, error) {
	if path == "" || path == BundledName {
		return Saved{}, fail(BundledName, "is read-only: edits go to a copy of it, saved under $XDG_DATA_HOME/timeline (~/.local/share/timeline)")
	}
	target, st, err := saveTarget(path, false)
	if err != nil {
		return Saved{}, err
	}
	if st == nil {
		return Saved{}, fail(path, "no such file")
	}
	lock, err := LockFile(target, LockWait)
	if err != nil {
		return Saved{}, err
	}
	defer lock.Unlock()
	for range updateAttempts {
		before, err := StampOf(target)
		if err != nil {
			return Saved{}, fail(path, "cannot read: %v", unwrapPath(err))
		}
		var sum *uint32
		if m, ok := loadMark(target); ok && m.stamp == before {
			sum = &m.sum
		}
		l, err := readForUpdate(target, sum)
		if err != nil {
			return Saved{}, err
		}
		if now, err := StampOf(target); err != nil || now != before {
			continue // changed while it was read
		}
		ds := l.Dataset
		var old *reused
		if l.trusted && edits {
			old = reuse(target, before, ds, l.spans)
		}
		saved, err := change(ds)
		if err != nil {
			old.close()
			return Saved{}, err
		}
		saved.Dataset, saved.Read = ds, before
		if saved.Unchanged {
			old.close()
			saved.Stamp = before
			return saved, nil
		}
		write := func(w io.Writer) error { return WriteNative(w, ds) }
		if old != nil {
			sp := old.splice(ds, saved.Edit)
			write = func(w io.Writer) error { return writeNative(w, ds, sp) }
			saved.copied = true
		}
		var written uint32
		out := &byteCount{}
		err = writeAtomic(target, func(w io.Writer) error {
			out.w = w
			return write(out)
		}, func() error {
			if out.n > saveLimit {
				return fail(path, "saving would make it %d MiB, over the %d MiB that timeline opens; not saved",
					out.n>>20, saveLimit>>20)
			}
			if now, err := StampOf(target); err != nil || now != before {
				return errChangedOnDisk
			}
			return nil
		}, WriteOptions{sum: &written})
		old.close()
		if errors.Is(err, errChangedOnDisk) {
			continue
		}
		if err != nil {
			return Saved{}, err
		}
		saved.Stamp, err = StampOf(target)
		if err == nil {
			keepMark(target, savedMark{stamp: saved.Stamp, sum: written})
		}
		return saved, nil
	}
	return Saved{}, fail(path, "another program kept changing it while it was being saved; not saved")
}

// saveLimit is the largest file an update saves: what the loaders open
// (MaxFileBytes), so that a change never leaves a file timeline refuses.
// A compact file near the limit grows by a third when saved indented.
var saveLimit int64 = MaxFileBytes

// byteCount counts the bytes written through it to w.
type byteCount struct {
	w io.Writer
	n int64
}

func (s *byteCount) Write(p []byte) (int, error) {
	n, err := s.w.Write(p)
	s.n += int64(n)
	return n, err
}

// bigUpdateBytes is the size from which a file read for a change is packed
// (see readForUpdate).
var bigUpdateBytes int64 = MaxFileBytes / 2

// readForUpdate loads a native dataset file to be changed and saved, and
// refuses a file that saving would change beyond the edit. sum, when not
// nil, is the checksum of the file this program last saved there (see
// savedMark).
func readForUpdate(path string, sum *uint32) (Loaded, error) {
	f, err := os.Open(path)
	if err != nil {
		return Loaded{}, fail(path, "cannot read: %v", unwrapPath(err))
	}
	head := make([]byte, detectHead)
	n, err := io.ReadFull(f, head)
	st, statErr := f.Stat()
	f.Close()
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return Loaded{}, fail(path, "cannot read: %v", unwrapPath(err))
	}
	if format := detectFormat(head[:n]); format != formatNative {
		return Loaded{}, fail(path, "is a %s file; edits are saved in the native format only, so export a native copy "+
			"(timeline export --format json) and edit that", format)
	}
	// No search index is built on the dataset, which is saved: what the
	// loader prepares for one is left out, and the file is read on two
	// cores (native_split.go). A large file is read as for the explorer
	// instead, its text packed and its titles and references shared: read
	// the other way, a file near MaxFileBytes took more than the memory
	// budget.
	big := statErr == nil && st.Size() > bigUpdateBytes
	l, err := open(path, nil, nil, reading{noText: !big, saved: sum})
	if err != nil {
		return Loaded{}, err
	}
	if len(l.Warnings) > 0 {
		return Loaded{}, fail(path, "%d fields were clipped when it was read (timeline validate lists them), "+
			"and saving would cut them; shorten them first", len(l.Warnings))
	}
	return l, nil
}

// reused is a trusted file being replaced, open so that its save copies
// from it, with the ids of its events and sources as read.
type reused struct {
	f       *os.File
	spans   *fileSpans
	events  []string
	sources []string
}

// reuse opens the trusted file at path, read as ds with its items at
// spans, for its save to copy from; nil when it is no longer the file
// read (stamp).
func reuse(path string, stamp Stamp, ds *model.Dataset, spans *fileSpans) *reused {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	if st, err := f.Stat(); err != nil || stampOf(st) != stamp {
		f.Close()
		return nil
	}
	return &reused{f: f, spans: spans,
		events:  idsOf(ds.Events, func(e *model.Event) string { return e.ID }),
		sources: idsOf(ds.Sources, func(s *model.Source) string { return s.ID })}
}

// splice returns what a save of ds, after the edit e, copies.
func (r *reused) splice(ds *model.Dataset, e model.Edit) *splice {
	return spliceFor(r.f, r.spans, r.events, r.sources, ds, e)
}

func (r *reused) close() {
	if r != nil {
		r.f.Close()
	}
}

// detectHead is how much of a file readForUpdate reads to tell its
// format: its first event, which decides, is in the first few KiB of any
// file (a field is at most MaxFieldBytes), and a smaller file is read
// whole.
const detectHead = 1 << 20
