package ui

import (
	"runtime"
	"runtime/debug"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestHeapWantsCollection checks when an idle heap is collected: near its
// limit, with little room under the collector's goal, and grown since the
// last collection.
func TestHeapWantsCollection(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		name string
		h    heap
		want bool
	}{
		{"near the limit, little room, grown", heap{limit: 1100 * mb, goal: 1048 * mb, objects: 1040 * mb, live: 1032 * mb}, true},
		{"no limit", heap{goal: 1048 * mb, objects: 1040 * mb, live: 1032 * mb}, false},
		{"far from the limit", heap{limit: 1100 * mb, goal: 60 * mb, objects: 40 * mb, live: 30 * mb}, false},
		{"room to spare", heap{limit: 1100 * mb, goal: 1048 * mb, objects: 900 * mb, live: 890 * mb}, false},
		{"not grown since the last collection", heap{limit: 1100 * mb, goal: 1048 * mb, objects: 1032*mb + 1000, live: 1032 * mb}, false},
	} {
		if got := c.h.wantsCollection(); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// garbage is where TestIdleCollection makes garbage that the compiler
// cannot leave out.
var garbage [][]byte

// TestIdleCollection checks that a key schedules a look at the heap only
// when the heap is near its memory limit, that a later key makes an
// earlier look stale, and that a look at a heap that wants it collects.
func TestIdleCollection(t *testing.T) {
	var i idler
	if cmd := i.touch(); cmd != nil {
		t.Fatal("a look at the heap is scheduled with no memory limit")
	}
	ballast := make([]byte, 96<<20) // a heap more than half of the limit
	runtime.GC()
	old := debug.SetMemoryLimit(int64(readHeap().objects) + 32<<20)
	defer debug.SetMemoryLimit(old)
	for range 64 {
		garbage = append(garbage, make([]byte, 64<<10)) // grown since the collection
	}
	garbage = nil
	if cmd := i.touch(); cmd == nil {
		t.Fatal("no look at the heap scheduled near the memory limit")
	}
	stale := idleMsg{i.gen}
	i.touch()
	if cmd := i.update(stale); cmd != nil {
		t.Error("a look at the heap scheduled before the last key collects")
	}
	before := readHeap().objects
	cmd := i.update(idleMsg{i.gen})
	if cmd == nil {
		t.Fatalf("the heap near its limit is not collected: %+v", readHeap())
	}
	if cmd := i.update(idleMsg{i.gen}); cmd != nil {
		t.Error("a second collection starts while one runs")
	}
	if _, ok := cmd().(collectedMsg); !ok {
		t.Fatal("the collection does not say it is done")
	}
	if after := readHeap().objects; after >= before {
		t.Errorf("the heap held %d bytes before the collection, %d after", before, after)
	}
	runtime.KeepAlive(ballast)
	var m tea.Model = Model{idle: i}
	m, _ = m.Update(collectedMsg{})
	if m.(Model).idle.collecting {
		t.Error("still collecting once the collection is done")
	}
}
