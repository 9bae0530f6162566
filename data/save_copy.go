package data

import (
	"io"

	"timeline/model"
)

// SaveNew writes ds as a new native file at path, as WriteAtomicFunc
// writes (a temporary file, synced, then linked into place, so the file
// appears whole or not at all), and refuses to replace a file that
// exists, even one created meanwhile: "save a copy" must never overwrite
// an earlier copy. The directory must exist. The copy is marked as an
// update's save is (see savedMark), so that its first change trusts it.
func SaveNew(path string, ds *model.Dataset) error {
	var sum uint32
	write := func(w io.Writer) error { return WriteNative(w, ds) }
	if err := WriteAtomicWith(path, WriteOptions{New: true, sum: &sum}, write); err != nil {
		return err
	}
	if st, err := StampOf(path); err == nil {
		keepMark(path, savedMark{stamp: st, sum: sum})
	}
	return nil
}
