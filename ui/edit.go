package ui

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"timeline/data"
	"timeline/model"
)

// How an edit is made: it is rebased on the dataset as the screen shows
// it (model.Rebase: another writer's changes that arrived since the form
// opened are kept, by event id), applied there at once, so that the list,
// the ruler, the legend and the search show it in the same frame, and
// saved by a command (data.UpdateEdit: locked, rebased again on the file
// as it is, atomic) off the Update path. Saves run one at a time, in
// order. When a save fails, every edit not yet saved is taken back off the
// screen and out of the history, and the status line says why: the screen
// never shows as saved what the file does not hold. When the file changed
// the same event meanwhile, both versions are shown and the reporter
// chooses (conflict.go).

// commit makes an edit the reporter asked for: from the form, a deletion,
// a change of tags. It goes to a copy first when the dataset shown cannot
// take edits.
func (m Model) commit(w waitingEd) (Model, tea.Cmd) {
	if m.nb.format != "" {
		return m.askCopy(w)
	}
	rebased, conflicts := model.Rebase(w.edit, m.ds)
	if len(conflicts) > 0 {
		m.nb.conflict = newConflictView(m.ds, conflicts, rebased, w.form, m.cat, m.st)
		return m.openNotebook(conflictScreen)
	}
	if rebased.IsZero() {
		m.active = explorerScreen
		return m, nil
	}
	before := cloneHistory(m.nb.history)
	applied, err := m.ex.applyEdit(rebased, w.sel)
	if err != nil {
		return m.refused(w, err)
	}
	m.nb.history.Did(applied.Inverse)
	m.active = explorerScreen
	m.notice = w.label
	return m.queueSave(pendingSave{edit: rebased, applied: applied, before: before, label: w.label, form: w.form})
}

// refused says why an edit does not apply, and keeps the form open on it.
func (m Model) refused(w waitingEd, err error) (Model, tea.Cmd) {
	m.notice = m.cat.T("edit.refused", err.Error())
	if w.form != nil {
		m.nb.form = *w.form
		m.nb.form.notice = m.notice
		return m.openNotebook(formScreen)
	}
	m.active = explorerScreen
	return m, nil
}

// queueSave adds an edit already on screen to the saves, and starts the
// next save unless one is under way.
func (m Model) queueSave(p pendingSave) (Model, tea.Cmd) {
	m.nb.queue = append(m.nb.queue, p)
	m.syncUndo()
	return m, m.nextSave()
}

// nextSave starts saving the first edit of the queue, unless a save is
// under way.
func (m *Model) nextSave() tea.Cmd {
	if m.nb.saving || len(m.nb.queue) == 0 {
		return nil
	}
	m.nb.saving = true
	path, edit := m.nb.file, m.nb.queue[0].edit
	return func() tea.Msg {
		saved, err := data.UpdateEdit(path, edit)
		return savedMsg{saved, err}
	}
}

// saved takes in a save's result.
func (m Model) saved(msg savedMsg) (Model, tea.Cmd) {
	m.nb.saving = false
	if len(m.nb.queue) == 0 {
		return m, nil
	}
	var ce *data.ConflictError
	switch {
	case errors.As(msg.err, &ce):
		head := m.nb.queue[0]
		m.rollback()
		reindex := m.adopt(ce.Dataset)
		m.nb.conflict = newConflictView(m.ds, ce.Conflicts, ce.Rebased, head.form, m.cat, m.st)
		m.notice = m.cat.T("conflict.notice", conflictLabel(ce.Conflicts))
		mm, cmd := m.openNotebook(conflictScreen)
		return mm, tea.Batch(cmd, reindex)
	case msg.err != nil:
		m.rollback()
		m.notice = m.cat.T("save.failed", msg.err.Error())
		return m, nil
	}
	m.nb.queue = m.nb.queue[1:]
	s := msg.saved
	var cmd tea.Cmd
	if s.Read != m.nb.known && !s.Unchanged {
		// Another writer changed the file before this save: the saved
		// dataset is the file as it now is, with this edit.
		cmd = m.adopt(s.Dataset)
	}
	m.nb.known = s.Stamp
	if m.nb.recheck {
		m.nb.recheck = false
		cmd = tea.Batch(cmd, m.lookAtFile())
	}
	return m, tea.Batch(cmd, m.nextSave())
}

// rollback takes every edit not yet saved back off the screen, latest
// first, and puts the history back as it was before the first of them.
func (m *Model) rollback() {
	q := m.nb.queue
	if len(q) == 0 {
		return
	}
	for i := len(q) - 1; i >= 0; i-- {
		if _, err := m.ex.applyEdit(q[i].applied.Inverse, ""); err != nil {
			m.nb.recheck = true // the screen no longer matches: read the file again
		}
	}
	m.nb.history = q[0].before
	m.nb.queue = nil
	m.syncUndo()
}

// undo undoes the latest change of the session, or redoes the latest
// undone one, as an edit saved like any other.
func (m Model) undo(redo bool) (Model, tea.Cmd) {
	h := &m.nb.history
	edit, ok := h.Undo()
	if redo {
		edit, ok = h.Redo()
	}
	if !ok {
		m.notice = m.cat.T(map[bool]string{false: "undo.nothing", true: "redo.nothing"}[redo])
		return m, nil
	}
	label := describeEdit(edit.Inverse(), m.cat)
	if redo {
		label = describeEdit(edit, m.cat)
	}
	rebased, conflicts := model.Rebase(edit, m.ds)
	if len(conflicts) > 0 {
		h.Drop(!redo)
		m.notice = m.cat.T("undo.conflict", conflictLabel(conflicts))
		m.syncUndo()
		return m, nil
	}
	before := cloneHistory(*h)
	applied, err := m.ex.applyEdit(rebased, firstEventID(rebased))
	if err != nil {
		h.Drop(!redo)
		m.notice = m.cat.T("undo.refused", err.Error())
		m.syncUndo()
		return m, nil
	}
	if redo {
		h.Redid(applied.Inverse)
		m.notice = m.cat.T("redo.done", label)
	} else {
		h.Undid(applied.Inverse)
		m.notice = m.cat.T("undo.done", label)
	}
	return m.queueSave(pendingSave{edit: rebased, applied: applied, before: before, label: m.notice})
}

// cloneHistory copies a history, so that a failed save can put it back.
func cloneHistory(h model.History) model.History { return h.Clone() }

// firstEventID returns the id of the event to select once e is made: one
// it adds or brings back, else "" when it removes one (the selection then
// stays where it was), else one it changes. A deletion also changes the
// events that related to the one deleted, and its undoing changes them
// back: the event deleted, or where it was, is what the reporter looks at.
func firstEventID(e model.Edit) string {
	changed, removes := "", false
	for _, c := range e.Events {
		switch {
		case c.After != nil && c.Before == nil:
			return c.ID
		case c.After == nil:
			removes = true
		case changed == "":
			changed = c.ID
		}
	}
	if removes {
		return ""
	}
	return changed
}

// syncUndo tells the explorer whether u and ctrl+r do anything, for its
// key map.
func (m *Model) syncUndo() {
	m.ex.canUndo, m.ex.canRedo = m.nb.history.CanUndo(), m.nb.history.CanRedo()
}
