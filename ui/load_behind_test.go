package ui

import (
	"errors"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"timeline/data"
)

// behindLoad starts a load on the loading screen that gives a preview of
// the bundled dataset's first ten events, then waits for release before
// it ends with result; it returns the explorer on the preview and the
// channel the load's end arrives on.
func behindLoad(t *testing.T, release <-chan struct{}, result func() (Loaded, error)) (Model, <-chan tea.Msg) {
	t.Helper()
	full := bundled(t)
	preview := *full
	preview.Events = slices.Clone(full.Events[:10])
	preview.Index()
	load := func(progress func(read, total int64, events int), give func(data.Preview)) (Loaded, error) {
		progress(10e6, 100e6, 10)
		give(data.Preview{Dataset: &preview, Events: func() int { return len(full.Events) }})
		<-release
		return result()
	}
	var m tea.Model = NewLoading("big.json", load, Options{NoMouse: true})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	b, ok := m.Init()().(tea.BatchMsg)
	if !ok || len(b) != 2 {
		t.Fatal("Init did not start the load and the wait for its reports")
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- b[0]() }()
	for {
		msg := b[1]()
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		if ex, ok := m.(Model); ok {
			return ex, done
		}
		if cmd == nil {
			t.Fatal("the loading screen stopped waiting before the preview")
		}
		b[1] = cmd
	}
}

// TestBrowsingWhileLoading: a large file's first events are shown while
// the rest loads; keys and search work on them, edits and the screens
// that need every event wait and say so, the status line tells how far
// the load has gone, and the whole dataset then takes the preview's place
// with the search run again on it.
func TestBrowsingWhileLoading(t *testing.T) {
	release := make(chan struct{})
	full := bundled(t)
	m, done := behindLoad(t, release, func() (Loaded, error) { return Loaded{Dataset: full}, nil })
	if !m.Loading() || len(m.ds.Events) != 10 {
		t.Fatalf("the explorer shows %d events, loading %v", len(m.ds.Events), m.Loading())
	}
	s := screen(m)
	if !strings.Contains(s, "loading 10 %") || !strings.Contains(s, "10 of 36 events read") || !strings.Contains(s, "showing the first 10") {
		t.Errorf("the status line does not tell the load:\n%s", s)
	}
	first := m.Selected()
	m = press(m, "j")
	if m.Selected() == first {
		t.Error("j does not move while loading")
	}
	for _, k := range []string{"e", "a", "*", "c", "y", "s", "p", "O"} {
		m2 := press(m, k)
		if m2.active != explorerScreen || !strings.Contains(screen(m2), "still loading") {
			t.Errorf("%s while loading:\n%s", k, screen(m2))
		}
	}
	m = typeText(press(m, "/"), "scale")
	m = press(m, "enter")
	before := len(m.ex.search.matches)
	if before == 0 {
		t.Fatal("no search on the preview")
	}
	close(release)
	next, cmd := m.Update(<-done)
	m = next.(Model)
	for _, msg := range runBatch(t, cmd) {
		if _, ok := msg.(matchResultMsg); ok {
			m = update(m, msg)
		}
	}
	if m.Loading() || len(m.ds.Events) != len(full.Events) {
		t.Fatalf("after the load: %d events, loading %v", len(m.ds.Events), m.Loading())
	}
	want := m.ex.search.query.Filter(full)
	if !slices.Equal(m.ex.search.matches, want) || len(want) <= before {
		t.Errorf("the search was not run again on the whole file: %d matches, want %d", len(m.ex.search.matches), len(want))
	}
	if s := screen(m); !strings.Contains(s, "Loaded whole: 36 events") {
		t.Errorf("the end of the load is not said:\n%s", s)
	}
	if m2 := press(m, "s"); m2.active != statsScreen {
		t.Error("the stats still wait after the load")
	}
}

// TestLoadFailsBehindPreview: a load that fails after its preview puts
// the loading screen back with the error, for the program to end with it.
func TestLoadFailsBehindPreview(t *testing.T) {
	release := make(chan struct{})
	boom := errors.New("big.json:12001:7: events[12000].date: want a date")
	m, done := behindLoad(t, release, func() (Loaded, error) { return Loaded{}, boom })
	close(release)
	next, _ := m.Update(<-done)
	l, ok := next.(Loading)
	if !ok || l.Err() != boom {
		t.Fatalf("after a failed load the model is %T", next)
	}
	if !strings.Contains(stripANSI(l.View().Content), "want a date") {
		t.Errorf("the error is not shown:\n%s", stripANSI(l.View().Content))
	}
}
