package data

import (
	"io/fs"
	"os"
)

// Stamp tells one version of a file from another without reading it: its
// identity on disk (which an atomic save changes, as it replaces the
// file), size and modification time. Update compares stamps to make sure
// the file it saves over is the one it read; the explorer compares them to
// tell its own saves from other writers' when the file changes.
type Stamp struct {
	dev, ino uint64
	size     int64
	mtime    int64 // nanoseconds since 1970
}

// StampOf returns the stamp of the file at path as it is now.
func StampOf(path string) (Stamp, error) {
	st, err := os.Stat(path)
	if err != nil {
		return Stamp{}, err
	}
	return stampOf(st), nil
}

func stampOf(st fs.FileInfo) Stamp {
	s := Stamp{size: st.Size(), mtime: st.ModTime().UnixNano()}
	s.dev, s.ino = fileID(st)
	return s
}
