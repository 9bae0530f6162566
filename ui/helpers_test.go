package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"timeline/data"
	"timeline/model"
)

// bundled loads the embedded dataset or fails the test.
func bundled(t testing.TB) *model.Dataset {
	t.Helper()
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// sized returns a model that has received a window size.
func sized(t testing.TB, ds *model.Dataset, w, h int) Model {
	t.Helper()
	m := New(ds, Options{NoMouse: true})
	return update(m, tea.WindowSizeMsg{Width: w, Height: h})
}

// update applies one message and returns the root model.
func update(m Model, msg tea.Msg) Model {
	next, _ := m.Update(msg)
	return next.(Model)
}

// press sends key presses: single characters as text, others by name.
func press(m Model, keys ...string) Model {
	for _, k := range keys {
		m = update(m, keyMsg(k))
	}
	return m
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "ctrl+d":
		return tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// screen returns the frame without styling.
func screen(m Model) string { return ansi.Strip(m.View().Content) }

// checkFits fails when the frame is not exactly h lines of at most w
// columns.
func checkFits(t *testing.T, m Model, w, h int, context string) {
	t.Helper()
	content := m.View().Content
	if w <= 0 || h <= 0 {
		if content != "" {
			t.Fatalf("%s: %d×%d: want an empty frame, got %q", context, w, h, content)
		}
		return
	}
	lines := strings.Split(content, "\n")
	if len(lines) != h {
		t.Fatalf("%s: %d×%d: frame has %d lines", context, w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("%s: %d×%d: line %d is %d columns: %q", context, w, h, i, lw, ansi.Strip(l))
		}
	}
}

func stripANSI(s string) string { return ansi.Strip(s) }
