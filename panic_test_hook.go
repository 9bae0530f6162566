package main

import (
	"os"

	tea "charm.land/bubbletea/v2"
)

// testPanicEnv names the environment variable with which the end-to-end
// tests make the interface panic, to check that a panic restores the
// terminal, exits non-zero and says so on stderr. With the value "update",
// Update panics on the first key press.
const testPanicEnv = "TIMELINE_TEST_PANIC"

// withTestPanic returns m, or m wrapped to panic on the first key press
// when TIMELINE_TEST_PANIC=update. The variable is read once, at start.
func withTestPanic(m tea.Model) tea.Model {
	if os.Getenv(testPanicEnv) != "update" {
		return m
	}
	return panicModel{m}
}

// panicModel is a model that panics in Update on a key press.
type panicModel struct{ tea.Model }

// Update implements tea.Model.
func (p panicModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		panic(testPanicEnv + "=update: a test panic in Update")
	}
	m, cmd := p.Model.Update(msg)
	return panicModel{m}, cmd
}
