package data

import (
	"errors"
	"io"
	"os"
)

// Editable reports whether the file at path can take edits as it is: a
// native dataset file, which Update rewrites in its own format. A
// TimelineJS file, JSON or sheet, cannot (saving it would change its
// format), nor an address: their edits go to a native copy, which the
// interface offers to save first. format names what the file is, for the
// message that says so.
func Editable(path string) (ok bool, format string, err error) {
	if path == "" || path == BundledName {
		return false, "bundled", nil
	}
	if IsURL(path) {
		return false, "address", nil
	}
	f, err := os.Open(path)
	if err != nil {
		return false, "", fail(path, "cannot read: %v", unwrapPath(err))
	}
	defer f.Close()
	head := make([]byte, detectHead)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return false, "", fail(path, "cannot read: %v", unwrapPath(err))
	}
	format = detectFormat(head[:n]).String()
	return detectFormat(head[:n]) == formatNative, format, nil
}
