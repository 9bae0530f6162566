package ui

import (
	"fmt"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"timeline/data/synth"
	"timeline/model"
)

// synthCache holds the synthetic datasets built so far in this test
// binary, so that benchmarks run with -count N and the allocation test
// generate each size once (a million events take seconds to generate).
type synthCache struct {
	mu  sync.Mutex
	dss map[int]*model.Dataset
}

// get returns the synthetic dataset of n events (seed 1).
func (c *synthCache) get(n int) *model.Dataset {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ds, ok := c.dss[n]; ok {
		return ds
	}
	if c.dss == nil {
		c.dss = map[int]*model.Dataset{}
	}
	ds := synth.Generate(n, 1)
	c.dss[n] = ds
	return ds
}

// replicaBase is the generated dataset that replicated copies.
const replicaBase = 100_000

// replicated returns a dataset of n events (a multiple of replicaBase)
// made of copies of the generated replicaBase events, each copy 28 years
// after the one before (so that every date, 29 February included, stays a
// date and the events stay in order) with its own ids. It takes about a
// second where generating a million events takes fifteen and twice the
// memory; the copies share their text, lists and sources.
func (c *synthCache) replicated(n int) *model.Dataset {
	base := c.get(replicaBase)
	c.mu.Lock()
	defer c.mu.Unlock()
	if ds, ok := c.dss[-n]; ok {
		return ds
	}
	ds := *base
	ds.Events = make([]model.Event, 0, n)
	for k := range n / replicaBase {
		years := int64(28 * k)
		for _, e := range base.Events {
			e.ID = fmt.Sprintf("%s~%d", e.ID, k)
			e.Date.Year += years
			if end := e.End(); !end.IsZero() {
				end.Year += years
				e = e.WithEnd(end)
			}
			ds.Events = append(ds.Events, e)
		}
	}
	ds.Index()
	c.dss[-n] = &ds
	return &ds
}

// synthetic is the one cache of the test binary: test files have no other
// way to share data between benchmarks.
var synthetic synthCache

// benchSizes are the dataset sizes of the navigation benchmarks; a million
// events only without -short.
func benchSizes() []int {
	if testing.Short() {
		return []int{10_000, 100_000}
	}
	return []int{10_000, 100_000, 1_000_000}
}

// navModel returns the explorer on ds at w×h, with the selection in the
// middle so that j and k both move it.
func navModel(tb testing.TB, ds *model.Dataset, w, h int) Model {
	tb.Helper()
	m := sized(tb, ds, w, h)
	m.ex.list.selectEvent(len(ds.Events) / 2)
	m.ex.settle()
	return m
}

// navigate applies key presses and draws a frame after each, as the
// program does; it returns the model and the total length of the frames,
// so that the compiler cannot drop the drawing.
func navigate(m Model, keys []tea.KeyPressMsg, n int) (Model, int) {
	total := 0
	for i := 0; i < n; i++ {
		next, _ := m.Update(keys[i%len(keys)])
		m = next.(Model)
		total += len(m.View().Content)
	}
	return m, total
}

var (
	keysDown = []tea.KeyPressMsg{{Code: 'j', Text: "j"}}
	// jk alternates down and up, so the selection moves on every key
	// without running off the end however large b.N is.
	keysJK = []tea.KeyPressMsg{{Code: 'j', Text: "j"}, {Code: 'k', Text: "k"}}
)

// benchKeys measures Update+View per key press on ds.
func benchKeys(b *testing.B, ds *model.Dataset, w, h int, keys []tea.KeyPressMsg) {
	n := len(ds.Events)
	m := navModel(b, ds, w, h)
	b.ReportAllocs()
	b.ResetTimer()
	var sink int
	for b.Loop() {
		// j alone would run off the end of a small list after n keys:
		// restart from the middle every 1,000 keys, outside the timer.
		if keys[0].Code == 'j' && len(keys) == 1 && m.ex.list.sel >= m.ex.list.n-2 {
			b.StopTimer()
			m.ex.list.selectEvent(n / 2)
			b.StartTimer()
		}
		var s int
		m, s = navigate(m, keys, 1)
		sink += s
	}
	if sink == 0 {
		b.Fatal("empty frames")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/key")
}

// BenchmarkNavigate is Update+View for j, and for alternating j/k, at
// 120×40 on 10k, 100k and 1M synthetic events.
func BenchmarkNavigate(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(fmt.Sprintf("j/events=%d", n), func(b *testing.B) { benchKeys(b, synthetic.get(n), 120, 40, keysDown) })
		b.Run(fmt.Sprintf("jk/events=%d", n), func(b *testing.B) { benchKeys(b, synthetic.get(n), 120, 40, keysJK) })
	}
}

// BenchmarkNavigateHuge is a navigation key in a 1000×500 window, where a
// frame must still take no more than 16 ms.
func BenchmarkNavigateHuge(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(fmt.Sprintf("jk/events=%d", n), func(b *testing.B) { benchKeys(b, synthetic.get(n), 1000, 500, keysJK) })
	}
}

// BenchmarkTypeSearch types "/lefevre" one key at a time at 120×40, each
// key's Update and View as the program runs them, with the search index
// built and nothing recalled from an earlier loop; ns/key is the mean key
// of the word.
func BenchmarkTypeSearch(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			m := navModel(b, synthetic.get(n), 120, 40)
			m.ex.ensureIndex()
			if m.ex.ix == nil {
				m = update(m, buildIndex(m.ds, nil)())
			}
			word := "lefevre"
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				b.StopTimer()
				m.ex.recall.forget()
				m = update(m, keyMsg("/"))
				b.StartTimer()
				for _, r := range word {
					next, cmd := m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
					m = next.(Model)
					if cmd != nil {
						if r, ok := cmd().(matchResultMsg); ok {
							m = update(m, r)
						}
					}
					_ = m.View()
				}
				b.StopTimer()
				m = update(m, keyMsg("esc"))
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(word)), "ns/key")
		})
	}
}
