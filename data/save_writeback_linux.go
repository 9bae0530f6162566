//go:build linux

package data

import (
	"os"

	"golang.org/x/sys/unix"
)

// startWriteback asks the system to start writing a range of f to disk
// now, without waiting: a large save then goes to disk while the rest of
// it is still being encoded, and the final sync has only the tail left.
// It is a hint; its failure changes nothing.
func startWriteback(f *os.File, off, n int64) {
	unix.SyncFileRange(int(f.Fd()), off, n, unix.SYNC_FILE_RANGE_WRITE)
}
