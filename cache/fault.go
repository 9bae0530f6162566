package cache

import (
	"errors"
	"runtime/debug"
)

// ErrChanged is what Guard returns when the entry's file was cut short
// while it was read.
var ErrChanged = errors.New("cache: the entry changed while it was read")

// Guard calls read, which reads an entry that Get returned, and returns
// ErrChanged if the entry's file was cut short meanwhile. An entry is a
// memory map of its file (readEntry): another "timeline index", a tool
// that cleans the disk or a user can truncate the file while it is read,
// and a read of a page past the new end then raises SIGBUS, which kills
// the program unless the goroutine asked for a panic instead
// (debug.SetPanicOnFault). Every read of an entry's index or lines must
// happen inside Guard, and read must keep nothing that points into the
// entry: strings it returns must be copies. Searches that spread over
// several goroutines pass the setting on to their workers and hand a
// fault back to the caller (search.Index.Filter). Other panics go
// on as they were.
func Guard(read func()) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if !isFault(r) {
				panic(r)
			}
			err = ErrChanged
		}
	}()
	read()
	return nil
}

// isFault reports whether r, a value recovered from a panic, is a memory
// fault that debug.SetPanicOnFault turned into a panic: such a panic
// carries the faulting address.
func isFault(r any) bool {
	_, ok := r.(interface{ Addr() uintptr })
	return ok
}
