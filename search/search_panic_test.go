package search

import (
	"context"
	"runtime"
	"strings"
	"testing"
)

// TestMatchWorkerPanicIsRecovered breaks a table so that every chunk of a
// parallel scan panics. A panic in a worker goroutine would end the whole
// program with the terminal left raw; it must come back as an error (or,
// in the calling goroutine, as a panic that Bubble Tea recovers).
func TestMatchWorkerPanicIsRecovered(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	rows := 4 * parallelRows
	off := make([]uint32, rows+1)
	for i := range off {
		off[i] = uint32(i)
	}
	tab := &table{hay: strings.Repeat("x", rows), off: off} // no byte counts: rarest panics
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = nil
				t.Logf("the calling goroutine panicked, as Bubble Tea recovers: %v", r)
			}
		}()
		err = tab.match(context.Background(), []string{"xx"}, newBitset(rows))
		if err == nil || !strings.Contains(err.Error(), "panicked") {
			t.Errorf("match = %v, want a worker panic as an error", err)
		}
	}()
}
