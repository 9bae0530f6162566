package ui

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"time"

	tea "charm.land/bubbletea/v2"
)

// The collector runs while the user reads, not while they type. Near the
// soft memory limit (cli.ExplorerMemoryBudget), a million events leave the
// heap a few tens of megabytes of room under the collector's goal, and
// the results and frames of a word or two typed fill it: the collector
// then starts in the middle of a word, a cycle marks every event's
// pointers, which takes hundreds of milliseconds on two cores, and the
// keys it overlaps wait for it. So once keys and results have stopped for
// idleAfter, a heap that is near the limit, has little room left and has
// grown since the last collection is collected at once, and the next word
// starts with all the room there is. A small file's heap is never near the
// limit, and an explorer left alone collects once, not again and again.

// idleAfter is how long after the last key or result the heap is looked
// at: longer than the pause between the keys of a word, shorter than a
// reader's look at the results.
const idleAfter = time.Second

// roomWanted is the room under the collector's goal below which an idle
// heap is collected: more than one typed word allocates at a million
// events.
const roomWanted = 64 << 20

// grownEnough is what the heap must have allocated since the last
// collection for another to be worth running.
const grownEnough = 1 << 20

// idler schedules the collection: gen tells the last key's look at the
// heap from earlier ones, and collecting holds the next until the running
// one is done.
type idler struct {
	gen        int
	collecting bool
}

// idleMsg is the look at the heap idleAfter after a key or result.
type idleMsg struct{ gen int }

// collectedMsg says an idle collection is done.
type collectedMsg struct{}

// touch returns the command that looks at the heap once idleAfter has
// passed, unless another key or result comes first; nil when the heap is
// far from any limit, as a small file's always is.
func (i *idler) touch() tea.Cmd {
	i.gen++
	if !readHeap().nearLimit() {
		return nil
	}
	gen := i.gen
	return tea.Tick(idleAfter, func(time.Time) tea.Msg { return idleMsg{gen} })
}

// update handles the look at the heap: it returns a command that collects
// when the user is still idle, the heap wants it and no collection runs.
func (i *idler) update(msg idleMsg) tea.Cmd {
	if msg.gen != i.gen || i.collecting || !readHeap().wantsCollection() {
		return nil
	}
	i.collecting = true
	return func() tea.Msg {
		runtime.GC()
		return collectedMsg{}
	}
}

// heap is what the runtime says of the heap, in bytes: its soft memory
// limit, the collector's goal, the objects it holds (live or not) and the
// live ones at the end of the last collection.
type heap struct {
	limit, goal, objects, live uint64
}

// wantsCollection reports whether the heap is near its limit, has little
// room left under the collector's goal, and has grown since the last
// collection.
func (h heap) wantsCollection() bool {
	return h.nearLimit() && h.objects+roomWanted > h.goal && h.objects >= h.live+grownEnough
}

// nearLimit reports whether the heap holds more than half its soft
// memory limit.
func (h heap) nearLimit() bool { return h.limit > 0 && h.objects > h.limit/2 }

// readHeap reads the heap's state from the runtime; its limit is 0 when
// none is set.
func readHeap() heap {
	s := []metrics.Sample{
		{Name: "/gc/heap/goal:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/gc/heap/live:bytes"},
	}
	metrics.Read(s)
	h := heap{goal: sampleBytes(s[0]), objects: sampleBytes(s[1]), live: sampleBytes(s[2])}
	if limit := debug.SetMemoryLimit(-1); limit > 0 && limit < math.MaxInt64 {
		h.limit = uint64(limit)
	}
	return h
}

// sampleBytes is a sample's value, or 0 when this runtime does not have it.
func sampleBytes(s metrics.Sample) uint64 {
	if s.Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s.Value.Uint64()
}

// wakes reports whether msg is a key, a click or a result after which the
// heap is looked at once the user is idle.
func wakes(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg, tea.MouseClickMsg, tea.MouseWheelMsg,
		matchResultMsg, indexReadyMsg, loadDoneMsg:
		return true
	}
	return false
}
