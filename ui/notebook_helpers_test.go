package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"timeline/data"
	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// notebookModel returns the explorer at w×h on a native copy of the
// bundled dataset in a temporary file, its notebook in a temporary
// $XDG_DATA_HOME, the file looked at (as the Init command would) but not
// watched: tests give it the changes themselves.
func notebookModel(t *testing.T, w, h int) (Model, string) {
	t.Helper()
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	path := filepath.Join(t.TempDir(), "events.json")
	if err := data.SaveNew(path, bundled(t)); err != nil {
		t.Fatal(err)
	}
	ds, _, err := data.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	m := New(ds, Options{NoMouse: true, File: path})
	m = update(m, tea.WindowSizeMsg{Width: w, Height: h})
	st, _ := data.StampOf(path)
	m.nb.probed, m.nb.known = true, st
	return m, path
}

// step applies msg and runs the commands it returns, and theirs, feeding
// their messages back as the program would, until none is left. A
// command that does not answer within a second (a wait for the next
// change of a file) is left.
func step(t *testing.T, m Model, msg tea.Msg) Model {
	t.Helper()
	next, cmd := m.Update(msg)
	m = next.(Model)
	return run(t, m, cmd)
}

// run runs cmd and what follows from it (see step).
func run(t *testing.T, m Model, cmd tea.Cmd) Model {
	t.Helper()
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		done := make(chan tea.Msg, 1)
		go func() { done <- c() }()
		var msg tea.Msg
		select {
		case msg = <-done:
		case <-time.After(time.Second):
			continue
		}
		switch msg := msg.(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			if _, ok := msg.(tea.BackgroundColorMsg); ok {
				continue
			}
			next, c := m.Update(msg)
			m = next.(Model)
			queue = append(queue, c)
		}
	}
	return m
}

// keys presses each key (see keyMsg), running the commands each returns.
func keys(t *testing.T, m Model, ks ...string) Model {
	t.Helper()
	for _, k := range ks {
		m = step(t, m, keyMsg(k))
	}
	return m
}

// typeIn types s, one key per character.
func typeIn(t *testing.T, m Model, s string) Model {
	t.Helper()
	for _, r := range s {
		k := tea.KeyPressMsg{Code: r, Text: string(r)}
		if r == ' ' {
			k = tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
		}
		m = step(t, m, k)
	}
	return m
}

// ctrl returns the key press ctrl+letter.
func ctrl(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl} }

// fileHas reports whether the file at path holds s.
func fileHas(t *testing.T, path, s string) bool {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Contains(string(b), s)
}

// focusOn moves the form's focus to the field id.
func focusOn(t *testing.T, m Model, id fieldID) Model {
	t.Helper()
	for range len(m.nb.form.fields) {
		if m.nb.form.fields[m.nb.form.focus].id == id {
			return m
		}
		m = keys(t, m, "tab")
	}
	t.Fatalf("no field %s", fieldNames[id])
	return m
}

// loaded reads the file at path.
func loaded(t *testing.T, path string) *model.Dataset {
	t.Helper()
	ds, _, err := data.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// windowSize returns a window size message.
func windowSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// i18nFor returns the English catalog.
func i18nFor(t *testing.T) i18n.Catalog { return i18n.For(locale.English) }
