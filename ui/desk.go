package ui

import (
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"timeline/data"
	"timeline/model"
	"timeline/notebook"
)

// desk is the root's side of the reporter's notebook: which file edits go
// to, the session's history of changes, the saves under way, the watch on
// the file, the annotations' store, and the notebook's screens (the form,
// the small questions, the conflict). The root owns it because saving,
// watching and reading are side effects, which run as commands.
type desk struct {
	file     string // the native file edits are saved to; "" until there is one
	format   string // what the shown data is when it cannot take edits: "bundled", "address", a TimelineJS format
	probed   bool   // the file has been looked at (Editable)
	known    data.Stamp
	history  model.History
	queue    []pendingSave // applied on screen, not saved yet; the first is being saved
	saving   bool
	recheck  bool       // the file changed while a save was under way: look again after it
	waiting  *waitingEd // an edit waiting for a copy of a read-only dataset to be saved
	copying  bool
	watcher  *data.Watcher
	store    *notebook.Store
	warning  string // why the file on disk is not what the screen shows, until it is again
	reloads  int    // reloads under way, so that a stale one is dropped
	form     eventForm
	ask      ask
	conflict conflictView
}

// waitingEd is an edit held back until the file it goes to exists.
type waitingEd struct {
	edit  model.Edit
	sel   string
	label string
	form  *eventForm
}

// pendingSave is an edit shown on screen and not yet saved: what undoes
// it on screen, the history to go back to if the save fails, and the form
// it came from, for a conflict.
type pendingSave struct {
	edit    model.Edit
	applied model.Applied
	before  model.History
	label   string
	form    *eventForm
}

// Messages of the notebook's commands.
type (
	// fileProbedMsg says whether the file can take edits, and its stamp.
	fileProbedMsg struct {
		editable bool
		format   string
		stamp    data.Stamp
		err      error
	}
	// notesMsg carries the annotations read from (or saved to) the store.
	notesMsg struct {
		notes *notebook.Notes
		err   error
	}
	// savedMsg carries a save's result.
	savedMsg struct {
		saved data.Saved
		err   error
	}
	// copiedMsg says that a copy of a read-only dataset was saved at path.
	copiedMsg struct {
		path  string
		stamp data.Stamp
		err   error
	}
	// fileChangedMsg says that the watched file changed on disk (or that
	// the watch failed, err set).
	fileChangedMsg struct {
		w   *data.Watcher
		err error
	}
	// stampMsg carries the file's stamp, looked at after a change.
	stampMsg struct{ stamp data.Stamp }
	// reloadedMsg carries the file read again.
	reloadedMsg struct {
		n     int
		ds    *model.Dataset
		stamp data.Stamp
		err   error
	}
)

// newDesk returns the notebook of the dataset in file ("" for the
// bundled one).
func newDesk(file string) desk {
	d := desk{file: file}
	if store, err := notebook.Open(file); err == nil {
		d.store = store
	}
	return d
}

// initDesk returns the commands that start the notebook: read the
// annotations, and look at the file (can it take edits? watch it).
func (m Model) initDesk() tea.Cmd {
	file, store := m.nb.file, m.nb.store
	var cmds []tea.Cmd
	if store != nil {
		cmds = append(cmds, func() tea.Msg {
			n, err := store.Load()
			return notesMsg{n, err}
		})
	}
	cmds = append(cmds, func() tea.Msg {
		ok, format, err := data.Editable(file)
		st, _ := data.StampOf(file)
		return fileProbedMsg{editable: ok, format: format, stamp: st, err: err}
	})
	return tea.Batch(cmds...)
}

// probed takes in what the file is: a native file is edited and watched;
// anything else sends its first edit to a copy.
func (m *Model) probed(msg fileProbedMsg) tea.Cmd {
	m.nb.probed = true
	if msg.err != nil || !msg.editable {
		m.nb.format = msg.format
		if msg.err != nil {
			m.nb.format = "unreadable"
		}
		return nil
	}
	m.nb.known = msg.stamp
	return m.watch()
}

// watch starts watching the file edits go to, and waits for its first
// change.
func (m *Model) watch() tea.Cmd {
	if m.nb.watcher != nil {
		m.nb.watcher.Close()
		m.nb.watcher = nil
	}
	w, err := data.Watch(m.nb.file)
	if err != nil {
		m.notice = err.Error()
		return nil
	}
	m.nb.watcher = w
	return waitChange(w)
}

// waitChange returns a command that waits for the next change of the
// watched file.
func waitChange(w *data.Watcher) tea.Cmd {
	return func() tea.Msg {
		select {
		case _, ok := <-w.Changes():
			if !ok {
				return nil
			}
			return fileChangedMsg{w: w}
		case err, ok := <-w.Errors():
			if !ok {
				return nil
			}
			return fileChangedMsg{w: w, err: err}
		}
	}
}

// editable reports whether edits can be saved now; when not, it says why
// in the status line.
func (m *Model) editable() bool {
	switch {
	case m.waitsForLoad():
	case !m.nb.probed:
		m.notice = m.cat.T("edit.wait")
	case m.ex.indexing():
		m.notice = m.cat.T("edit.indexing")
	case m.nb.copying:
		m.notice = m.cat.T("edit.copying")
	default:
		return true
	}
	return false
}

// copyPath returns where a copy of the read-only dataset is offered: in
// the notebook's directory, named after the file it copies.
func (m *Model) copyPath() string {
	if m.nb.format == "bundled" {
		p, err := notebook.BundledCopyPath()
		if err == nil {
			return p
		}
	}
	dir, err := notebook.DataDir()
	if err != nil {
		dir = "."
	}
	name := filepath.Base(m.nb.file)
	if data.IsURL(m.nb.file) || name == "." || name == "/" {
		name = "timeline"
	}
	name = strings.TrimSuffix(name, filepath.Ext(name)) + ".json"
	return notebook.FreePath(filepath.Join(dir, name))
}

// askCopy holds the edit back and asks where to save a copy of the
// read-only dataset, the default path shown in full.
func (m Model) askCopy(w waitingEd) (Model, tea.Cmd) {
	m.nb.waiting = &w
	why := m.cat.T("copy.why."+copyReason(m.nb.format), m.nb.format)
	m.nb.ask = newAsk(askCopy, "", []string{why, m.cat.T("copy.where")}, false, m.copyPath(), m.cat, m.st)
	return m.openNotebook(askScreen)
}

// copyReason names the catalog's reason a dataset is read-only.
func copyReason(format string) string {
	switch format {
	case "bundled", "address":
		return format
	}
	return "format"
}

// saveCopy returns a command that saves the dataset shown as a new native
// file at path, which then takes the edits. The dataset does not change
// meanwhile: edits wait for the copy (editable).
func (m *Model) saveCopy(path string) tea.Cmd {
	m.nb.copying = true
	ds := m.ds
	path = expandHome(strings.TrimSpace(path))
	return func() tea.Msg {
		if err := notebook.SaveCopy(ds, path); err != nil {
			return copiedMsg{path: path, err: err}
		}
		st, err := data.StampOf(path)
		return copiedMsg{path: path, stamp: st, err: err}
	}
}

// expandHome reads a leading ~/ as the home directory, as a shell would.
func expandHome(p string) string {
	if rest, ok := strings.CutPrefix(p, "~/"); ok {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, rest)
		}
	}
	return p
}

// copied goes on with the copy as the file: its annotations are the
// dataset's so far, it is watched, and the edit that waited is made.
func (m Model) copied(msg copiedMsg) (Model, tea.Cmd) {
	m.nb.copying = false
	w := m.nb.waiting
	m.nb.waiting = nil
	if msg.err != nil {
		m.notice = m.cat.T("copy.failed", msg.err.Error())
		return m, nil
	}
	m.nb.file, m.nb.format, m.nb.known = msg.path, "", msg.stamp
	cmds := []tea.Cmd{m.watch(), m.moveNotes(msg.path)}
	m.notice = m.cat.T("copy.saved", msg.path)
	if w != nil {
		var cmd tea.Cmd
		m, cmd = m.commit(*w)
		cmds = append(cmds, cmd)
		if m.notice == "" {
			m.notice = m.cat.T("copy.saved", msg.path)
		}
	}
	return m, tea.Batch(cmds...)
}

// moveNotes gives the copy at path the annotations of the dataset it
// copies, and keeps them there from now on.
func (m *Model) moveNotes(path string) tea.Cmd {
	store, err := notebook.Open(path)
	if err != nil {
		return nil
	}
	m.nb.store = store
	old := m.ex.notes.notes
	return func() tea.Msg {
		n, err := store.Update(func(n *notebook.Notes) error {
			for id, a := range old.Events {
				if n.Get(id).IsZero() {
					n.Set(id, a)
				}
			}
			return nil
		})
		return notesMsg{n, err}
	}
}
