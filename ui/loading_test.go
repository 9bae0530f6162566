package ui

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"timeline/data"
	"timeline/i18n"
	"timeline/locale"
)

// runBatch runs the commands of a batch one after the other, in order,
// and returns their messages.
func runBatch(t *testing.T, cmd tea.Cmd) []tea.Msg {
	t.Helper()
	if cmd == nil {
		return nil
	}
	msg := cmd()
	b, ok := msg.(tea.BatchMsg)
	if !ok {
		return []tea.Msg{msg}
	}
	var out []tea.Msg
	for _, c := range b {
		out = append(out, runBatch(t, c)...)
	}
	return out
}

// TestLoadingBecomesExplorer runs a load that reports progress once: the
// screen shows the figures, then the explorer takes over at the window's
// size.
func TestLoadingBecomesExplorer(t *testing.T) {
	ds := bundled(t)
	load := func(progress func(read, total int64, events int), _ func(data.Preview)) (Loaded, error) {
		progress(50e6, 100e6, 1234)
		return Loaded{Dataset: ds}, nil
	}
	var m tea.Model = NewLoading("big.json", load, Options{NoMouse: true})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	msgs := runBatch(t, m.Init())
	if len(msgs) != 2 {
		t.Fatalf("Init ran %d commands' messages (%v), want the load's and a progress report", len(msgs), msgs)
	}
	var done tea.Msg
	for _, msg := range msgs {
		if _, ok := msg.(loadDoneMsg); ok {
			done = msg
			continue
		}
		m, _ = m.Update(msg)
	}
	frame := stripANSI(m.View().Content)
	for _, want := range []string{"Loading big.json", "50 %", "50/100 MB", "1234 events", "ctrl+c"} {
		if !strings.Contains(frame, want) {
			t.Errorf("loading frame lacks %q:\n%s", want, frame)
		}
	}
	if lines := strings.Split(frame, "\n"); len(lines) != 30 {
		t.Errorf("loading frame has %d lines, want 30", len(lines))
	}
	m, cmd := m.Update(done)
	ex, ok := m.(Model)
	if !ok {
		t.Fatalf("after the load the model is %T, want the explorer", m)
	}
	if cmd == nil {
		t.Error("the explorer's Init command was not returned")
	}
	if ex.width != 100 || ex.height != 30 {
		t.Errorf("explorer is %d×%d, want the window's 100×30", ex.width, ex.height)
	}
	if ex.Selected() == "" {
		t.Error("the explorer has no selection")
	}
}

// TestLoadingError shows the error on one line and quits on the next key,
// keeping the error for the exit status.
func TestLoadingError(t *testing.T) {
	boom := errors.New("big.json: file is 1192 MiB, over the 1024 MiB limit")
	var m tea.Model = NewLoading("big.json", nil, Options{})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 10})
	m, _ = m.Update(loadDoneMsg{err: boom})
	frame := stripANSI(m.View().Content)
	if !strings.Contains(strings.Split(frame, "\n")[0], "over the 1024 MiB limit") {
		t.Errorf("first line does not show the error:\n%s", frame)
	}
	// A message longer than the window is given whole, over several lines.
	long := errors.New("https://example.com/a/long/address/to/a/timeline.json: cannot fetch: the server answered 404 Not Found (is the address right, and the file still there?)")
	n, _ := NewLoading("https://example.com/a/long/address/to/a/timeline.json", nil, Options{}).Update(tea.WindowSizeMsg{Width: 60, Height: 10})
	n, _ = n.Update(loadDoneMsg{err: long})
	if got := strings.Join(strings.Fields(stripANSI(n.View().Content)), " "); !strings.Contains(got, long.Error()) {
		t.Errorf("a long error is cut:\n%s", stripANSI(n.View().Content))
	}
	_, cmd := m.Update(keyMsg("x"))
	if cmd == nil || cmd() != tea.Quit() {
		t.Error("a key after the error does not quit")
	}
	if got := m.(Loading).Err(); got != boom {
		t.Errorf("Err() = %v, want %v", got, boom)
	}
}

// TestLoadingCtrlC quits while the load is still running.
func TestLoadingCtrlC(t *testing.T) {
	var m tea.Model = NewLoading("big.json", nil, Options{})
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if cmd == nil || cmd() != tea.Quit() {
		t.Error("ctrl+c while loading does not quit")
	}
	_, cmd = m.Update(keyMsg("j"))
	if cmd != nil {
		t.Error("j while loading does something")
	}
}

// TestLoadingLineFits keeps the progress line within its width.
func TestLoadingLineFits(t *testing.T) {
	for _, w := range []int{0, 5, 30, 80, 300} {
		s := loadingLine(loadProgressMsg{read: 7e8, total: 1e9, events: 999999}, w, i18n.For(locale.French))
		if w >= 60 && cellWidth(s) > w {
			t.Errorf("width %d: line is %d columns: %q", w, cellWidth(s), s)
		}
	}
}
