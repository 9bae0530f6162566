package ui

import (
	tea "charm.land/bubbletea/v2"

	"timeline/data"
	"timeline/i18n"
	"timeline/model"
)

// Shared live: the explorer watches its file (data.Watch) and, when
// another writer changes it, reads it again and shows it, keeping the
// selection on the same event. Its own saves are told apart by the file's
// stamp (the one the last save left). Edits on screen that are not saved
// yet are made again on top of the new version, by event id; an open form
// goes on, and its edit is rebased when saved. A file that no longer loads
// leaves the last good version on screen, with a warning, until it loads
// again.

// fileChanged takes in a change of the watched file: unless a save of
// ours is under way (its result says whether the file is ours), the
// stamp tells ours from another writer's.
func (m Model) fileChanged(msg fileChangedMsg) (Model, tea.Cmd) {
	if msg.w != m.nb.watcher {
		return m, nil // a watch given up since
	}
	wait := waitChange(msg.w)
	if m.nb.saving {
		m.nb.recheck = true
		return m, wait
	}
	return m, tea.Batch(wait, m.lookAtFile())
}

// lookAtFile returns a command that reads the file's stamp.
func (m *Model) lookAtFile() tea.Cmd {
	path := m.nb.file
	return func() tea.Msg {
		st, _ := data.StampOf(path)
		return stampMsg{st}
	}
}

// stamped reads the file again when its stamp is not the one the screen
// shows.
func (m Model) stamped(msg stampMsg) (Model, tea.Cmd) {
	if msg.stamp == m.nb.known || m.nb.saving {
		if m.nb.saving {
			m.nb.recheck = true
		}
		return m, nil
	}
	m.nb.reloads++
	n, path := m.nb.reloads, m.nb.file
	return m, func() tea.Msg {
		before, _ := data.StampOf(path)
		l, err := data.Open(path, nil)
		after, _ := data.StampOf(path)
		if err == nil && before != after {
			return fileChangedMsg{} // changed while read: the watch reports it again
		}
		return reloadedMsg{n: n, ds: l.Dataset, stamp: before, err: err}
	}
}

// reloaded shows the file as read again, or warns that it no longer
// loads and keeps the last good version on screen.
func (m Model) reloaded(msg reloadedMsg) (Model, tea.Cmd) {
	if msg.n != m.nb.reloads {
		return m, nil
	}
	if msg.err != nil {
		m.nb.warning = m.cat.T("live.invalid", firstLine(msg.err.Error()))
		m.nb.known = msg.stamp // warn once per version
		return m, nil
	}
	if m.nb.saving {
		m.nb.recheck = true // a save of ours began meanwhile: its result decides
		return m, nil
	}
	m.nb.warning = ""
	m.nb.known = msg.stamp
	cmd := m.adopt(msg.ds)
	m.notice = m.cat.T("live.reloaded", len(msg.ds.Events))
	return m, cmd
}

// adopt shows ds, the file as it now is on disk, with the edits not yet
// saved made again on top of it, by event id: one that no longer applies
// is left for its save to report.
func (m *Model) adopt(ds *model.Dataset) tea.Cmd {
	for i := range m.nb.queue {
		p := &m.nb.queue[i]
		rebased, _ := model.Rebase(p.edit, ds)
		if a, err := rebased.Apply(ds); err == nil {
			p.edit, p.applied = rebased, a
		}
	}
	m.ds = ds
	m.nb.form.ds = ds
	m.changes = nil
	return m.ex.replaceDataset(ds, nil)
}

// firstLine returns the first line of s.
func firstLine(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}

// describeEdit says in a few words what an edit does: "added “…”",
// "changed “…”", "deleted “…”", for the notices of saves and undo.
func describeEdit(e model.Edit, cat i18n.Catalog) string {
	lang := cat.Lang()
	for _, want := range []func(model.Delta[model.Event]) bool{
		model.Delta[model.Event].Removed, model.Delta[model.Event].Added,
		func(c model.Delta[model.Event]) bool { return true },
	} {
		for _, c := range e.Events {
			if !want(c) {
				continue
			}
			switch {
			case c.Removed():
				return cat.T("edit.deleted", oneLine(c.Before.Title.String(lang)))
			case c.Added():
				return cat.T("edit.added", oneLine(c.After.Title.String(lang)))
			}
			return cat.T("edit.changed", oneLine(c.After.Title.String(lang)))
		}
	}
	return cat.T("edit.other")
}
