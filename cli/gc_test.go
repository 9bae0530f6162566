package cli

import (
	"runtime/debug"
	"testing"
)

// TestLimitExplorerMemory checks that the explorer raises the soft memory
// limit only when the program set it: a test's process, or a limit the
// environment set (GOMEMLIMIT), is left alone.
func TestLimitExplorerMemory(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	defer func(was bool) { limited = was }(limited)

	limited = false
	limitExplorerMemory()
	if got := debug.SetMemoryLimit(-1); got != old {
		t.Errorf("not limited by the program: the limit went from %d to %d", old, got)
	}
	limited = true
	debug.SetMemoryLimit(MemoryBudget)
	limitExplorerMemory()
	if got := debug.SetMemoryLimit(-1); got != ExplorerMemoryBudget {
		t.Errorf("limited by the program: the explorer's limit is %d, want %d", got, ExplorerMemoryBudget)
	}
	if ExplorerMemoryBudget <= MemoryBudget || ExplorerMemoryBudget >= 1_200_000_000 {
		t.Errorf("the explorer's budget %d is not between the commands' %d and the 1.2 GB promised", ExplorerMemoryBudget, MemoryBudget)
	}
}
