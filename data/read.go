package data

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// MaxFileBytes is the largest file a loader reads. Bigger files are refused
// with a message naming the limit rather than read until memory runs out.
//
// The limit is what the README's budget of 1.2 GB resident allows: every
// command holds a little less memory than its file has bytes, under the
// runtime's soft limit (cli.MemoryBudget), and a generated file of a
// million events, and a little more, still leaves the collector room
// under that limit, the explorer's search index included (BENCHMARKS.md,
// "A million events open").
const MaxFileBytes = 1120 << 20

// ReadFile reads a dataset file with the checks a hostile path needs: it
// must be a regular file (not a directory, FIFO or device) no larger than
// MaxFileBytes. A web address (IsURL) is fetched instead, with the same
// limit (Fetcher.Fetch). The error is a single line naming the file.
func ReadFile(path string) ([]byte, error) {
	if IsURL(path) {
		b, _, err := Fetcher{}.Fetch(context.Background(), path) // fetch.go
		return b, err
	}
	f, size, err := openDataset(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// Room for the file as its size says, so that reading it does not
	// grow the buffer by steps, each a copy of what was read (a file
	// that grows meanwhile still reads whole, up to the limit).
	var buf bytes.Buffer
	buf.Grow(int(size) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxFileBytes+1)); err != nil {
		return nil, fail(path, "cannot read: %v", unwrapPath(err))
	}
	b := buf.Bytes()
	if len(b) > MaxFileBytes {
		return nil, fail(path, "file is over the %d MiB limit", MaxFileBytes>>20)
	}
	return b, nil
}

// openDataset opens a dataset file with the checks ReadFile describes and
// returns it with its size.
func openDataset(path string) (*os.File, int64, error) {
	// O_NONBLOCK: opening a FIFO with no writer must not hang; the type
	// check below then refuses it. Regular files ignore the flag.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, 0, fail(path, "no such file")
		case errors.Is(err, fs.ErrPermission):
			return nil, 0, fail(path, "permission denied")
		}
		return nil, 0, fail(path, "cannot open: %v", unwrapPath(err))
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, fail(path, "cannot stat: %v", unwrapPath(err))
	}
	var why error
	switch {
	case st.IsDir():
		why = fail(path, "is a directory, not a dataset file")
	case !st.Mode().IsRegular():
		why = fail(path, "is %s, not a regular file; save the data to a file first", fileKind(st.Mode()))
	case st.Size() > MaxFileBytes:
		why = fail(path, "file is %d MiB, over the %d MiB limit", st.Size()>>20, MaxFileBytes>>20)
	}
	if why != nil {
		f.Close()
		return nil, 0, why
	}
	return f, st.Size(), nil
}

// trimBOM drops a UTF-8 byte-order mark, which some editors write.
func trimBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return fmt.Errorf("%w", err)
}

// fileKind names what a path that is not a regular file is, for messages.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "a special file"
}
