package cli

import (
	"os"
	"runtime/debug"
)

// Collector settings while add, edit or rm changes a file (see lighterGC).
const (
	editGCPercent   = 400
	editMemoryLimit = 1 << 30
)

// lighterGC makes the collector run less often while a command changes a
// file, and returns the function that restores it. Such a command reads
// the whole file, changes it, saves it and ends: what it allocates while
// reading stays live to the end, so each collection during the read finds
// little garbage and scans the growing dataset again, which costs a large
// file's add a good part of its time for almost no memory saved. A soft
// memory limit keeps the largest files' heap bounded all the same. What
// the environment sets (GOGC, GOMEMLIMIT) is left as it is.
func lighterGC() (restore func()) {
	var undo []func()
	if os.Getenv("GOGC") == "" {
		old := debug.SetGCPercent(editGCPercent)
		undo = append(undo, func() { debug.SetGCPercent(old) })
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		old := debug.SetMemoryLimit(editMemoryLimit)
		undo = append(undo, func() { debug.SetMemoryLimit(old) })
	}
	return func() {
		for _, f := range undo {
			f()
		}
	}
}
