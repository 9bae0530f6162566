//go:build unix

package data

import (
	"io/fs"
	"syscall"
)

// fileID returns the device and inode of a file.
func fileID(st fs.FileInfo) (dev, ino uint64) {
	if sys, ok := st.Sys().(*syscall.Stat_t); ok {
		return uint64(sys.Dev), uint64(sys.Ino)
	}
	return 0, 0
}
