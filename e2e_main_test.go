package main

import (
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"

	"timeline/cli"
)

// programName is the name under which the test binary is the program: the
// end-to-end tests start it through a link of that name (see e2eProgram),
// so that they drive cli.Run, which is all main does, without building
// the binary apart. The link's directory holds nothing else.
const programName = "timeline"

// testPanicEnv names the environment variable with which the end-to-end
// tests make the interface panic, to check that a panic restores the
// terminal, exits non-zero and says so on stderr. With the value "update",
// Update panics on the first key press. Only this test binary reads it.
const testPanicEnv = "TIMELINE_TEST_PANIC"

// TestMain runs the program when the test binary is started as
// programName, and the tests otherwise, with indexes kept in a directory
// of their own, never in the user's cache.
func TestMain(m *testing.M) {
	if filepath.Base(os.Args[0]) == programName {
		os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr, cli.Options{Version: version, WrapModel: withTestPanic}))
	}
	dir, err := os.MkdirTemp("", "timeline-test-cache-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// e2eProgram returns the path of the program for an end-to-end test: a
// link named programName to this test binary.
func e2eProgram(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), programName)
	if err := os.Symlink(exe, bin); err != nil {
		t.Fatal(err)
	}
	return bin
}

// withTestPanic returns m, or m wrapped to panic on the first key press
// when TIMELINE_TEST_PANIC=update.
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
