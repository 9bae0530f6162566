package data

import (
	"io"

	"timeline/model"
)

// SaveNew writes ds as a new native file at path, as WriteAtomicFunc
// writes (a temporary file, synced, then linked into place, so the file
// appears whole or not at all), and refuses to replace a file that
// exists, even one created meanwhile: "save a copy" must never overwrite
// an earlier copy. The directory must exist.
func SaveNew(path string, ds *model.Dataset) error {
	return WriteAtomicWith(path, WriteOptions{New: true}, func(w io.Writer) error { return WriteNative(w, ds) })
}
