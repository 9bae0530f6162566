package ui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"timeline/data"
)

// TestSmokeTeatest runs the explorer in a real Bubble Tea program: one
// step down the timeline, then quit. It asserts on the final model, not
// on the renderer's byte stream, which after the first frame holds only
// the cells that changed.
func TestSmokeTeatest(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, New(ds, Options{NoMouse: true}), teatest.WithInitialTermSize(120, 40))
	// The first frame is drawn in full, so the pane title is there to wait for.
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("Timeline"))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))

	tm.Send(tea.KeyPressMsg{Code: 'j', Text: "j"})
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})

	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second))
	m, ok := fm.(Model)
	if !ok {
		t.Fatalf("final model is %T, want ui.Model", fm)
	}
	if got, want := m.Selected(), "google-plans-split-from-scale-ai"; got != want {
		t.Errorf("Selected() = %q after j, want %q", got, want)
	}
}
