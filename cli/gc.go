package cli

import (
	"os"
	"runtime/debug"
)

// Collector settings while add, edit or rm changes a file (see
// lighterGC): no collection but the memory limit's.
const (
	editGCPercent   = -1
	editMemoryLimit = 1 << 30
)

// MemoryBudget is the soft limit on the memory the Go runtime holds, for
// every command: the 1.2 GB the README promises, less room for the
// program's code, what the runtime does not count, and what a command
// that makes garbage fast allocates while a collection runs, which took an
// export of a million events tens of megabytes past the limit. The collector runs
// as often as it must to stay under it. Without it, the collector waits
// for the heap to double before it runs again, so a large file's explorer
// would creep towards twice its dataset's size as keys make garbage. It
// costs nothing on small files, whose heap never comes near it; the
// largest file a loader takes (data.MaxFileBytes) leaves the collector
// room under it.
const MemoryBudget = 1100 << 20

// ExplorerMemoryBudget is the soft limit while the explorer runs. Its
// garbage comes a key at a time, so it goes past the limit by less than
// a command that allocates as fast as it can, and what it gains is room
// under the collector's goal: a million events leave MemoryBudget about
// fifteen megabytes of it, less than one typed word allocates, so a
// collection of a million events' pointers, hundreds of milliseconds on
// two cores, fell in the middle of every word. With this limit a word
// fits, the idle collector (ui/idle_collect.go) frees it while the user
// reads, and the explorer still peaks under 1.2 GB (BENCHMARKS.md,
// "Room to type").
const ExplorerMemoryBudget = 1120 << 20

// limited says that LimitMemory set the limit, as the program does and
// tests do not.
var limited bool

// LimitMemory sets MemoryBudget as the runtime's soft memory limit,
// unless the environment sets one (GOMEMLIMIT). The program calls it once
// at start; tests, which share their process, do not.
func LimitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(MemoryBudget)
		limited = true
	}
}

// limitExplorerMemory raises the soft limit to ExplorerMemoryBudget
// before the explorer loads its file, when LimitMemory set it.
func limitExplorerMemory() {
	if limited {
		debug.SetMemoryLimit(ExplorerMemoryBudget)
	}
}

// lighterGC turns the collector off while a command changes a file, but
// for a soft memory limit, and returns the function that restores it.
// Such a command reads the whole file, changes it, saves it and ends:
// what it allocates while reading stays live to the end, so each
// collection during the read finds little garbage and scans the growing
// dataset again, which costs a large file's add a good part of its time
// for almost no memory saved. The soft memory limit, lower than
// MemoryBudget, makes the collector run when the heap nears it, which
// only the largest files' do: the edit and the save hold two versions of
// some of the file at once. What the environment sets (GOGC, GOMEMLIMIT)
// is left as it is.
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
