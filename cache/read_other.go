//go:build !linux

package cache

import (
	"io"
	"os"
)

// readEntry reads the entry file f of size bytes.
func readEntry(f *os.File, size int64) ([]byte, error) {
	b := make([]byte, size)
	_, err := io.ReadFull(f, b)
	return b, err
}
