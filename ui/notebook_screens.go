package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"timeline/model"
	"timeline/notebook"
)

// The notebook's screens (the event form, a question, a conflict) and how
// the root routes to them and carries out what they and the explorer's
// notebook keys ask. Their numbers stay clear of the other screens'.
const (
	formScreen screenID = 100 + iota
	askScreen
	conflictScreen
)

// notebookScreen reports whether one of the notebook's screens is in
// front.
func (m *Model) notebookScreen() bool { return m.active >= formScreen }

// openNotebook shows one of the notebook's screens, sized to the body.
func (m Model) openNotebook(s screenID) (Model, tea.Cmd) {
	m.active = s
	m.sizeNotebook(m.width, m.bodyHeight())
	return m, nil
}

// sizeNotebook gives the body to the notebook's screen in front.
func (m *Model) sizeNotebook(w, h int) {
	switch m.active {
	case formScreen:
		m.nb.form.SetSize(w, h)
	case askScreen:
		m.nb.ask.SetSize(w, h)
	case conflictScreen:
		m.nb.conflict.SetSize(w, h)
	}
}

// notebookBody draws the notebook's screen in front.
func (m *Model) notebookBody() string {
	switch m.active {
	case formScreen:
		return m.nb.form.View()
	case askScreen:
		return m.nb.ask.View()
	}
	return m.nb.conflict.View()
}

// notebookHelp returns the key map of the notebook's screen in front.
func (m *Model) notebookHelp() ([]key.Binding, [][]key.Binding) {
	switch m.active {
	case formScreen:
		return m.nb.form.ShortHelp(), m.nb.form.FullHelp()
	case askScreen:
		return m.nb.ask.ShortHelp(), m.nb.ask.FullHelp()
	}
	return m.nb.conflict.ShortHelp(), m.nb.conflict.FullHelp()
}

// notebookTyping reports whether the screen in front takes letters as
// text: the form and a question with an input.
func (m *Model) notebookTyping() bool {
	return m.active == formScreen || m.active == askScreen && !m.nb.ask.yesNo || m.active == conflictScreen
}

// routeNotebook gives msg to the notebook's screen in front and acts on
// what it asks.
func (m Model) routeNotebook(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	var ask tea.Msg
	switch m.active {
	case formScreen:
		m.nb.form, cmd = m.nb.form.Update(msg)
		ask = m.nb.form.take()
	case askScreen:
		m.nb.ask, cmd = m.nb.ask.Update(msg)
		ask = m.nb.ask.take()
	default:
		m.nb.conflict, cmd = m.nb.conflict.Update(msg)
		ask = m.nb.conflict.take()
	}
	m, acted, _ := m.actNotebook(ask)
	return m, batch(cmd, acted)
}

// actNotebook carries out what the explorer's notebook keys and the
// notebook's screens ask, and reports whether ask was one of those.
func (m Model) actNotebook(ask tea.Msg) (mm Model, cmd tea.Cmd, ok bool) {
	switch ask.(type) {
	case starMsg, noteMsg:
		if m.waitsForLoad() { // the notes are read with the whole file
			return m, nil, true
		}
	}
	switch a := ask.(type) {
	case closeMsg:
		m.active = explorerScreen
		m.nb.waiting = nil
	case addEventMsg:
		if m.editable() {
			m.nb.form = newEventForm(m.ds, nil, m.ex.selected(), m.cat, m.st)
			mm, cmd = m.openNotebook(formScreen)
			return mm, cmd, true
		}
	case editEventMsg:
		if ev := m.ds.Event(a.id); ev != nil && m.editable() {
			m.nb.form = newEventForm(m.ds, ev, nil, m.cat, m.st)
			mm, cmd = m.openNotebook(formScreen)
			return mm, cmd, true
		}
	case deleteEventMsg:
		if ev := m.ds.Event(a.id); ev != nil && m.editable() {
			title := oneLine(ev.Title.String(m.cat.Lang()))
			lines := []string{m.cat.T("ask.delete", title)}
			if n := len(m.ds.RelatedTo(a.id)); n > 0 {
				lines = append(lines, m.cat.T("ask.delete.related", n))
			}
			m.nb.ask = newAsk(askDelete, a.id, lines, true, "", m.cat, m.st)
			mm, cmd = m.openNotebook(askScreen)
			return mm, cmd, true
		}
	case undoMsg:
		if m.editable() {
			mm, cmd = m.undo(a.redo)
			return mm, cmd, true
		}
	case starMsg:
		mm, cmd = m.annotate(a.id, func(n *notebook.Notes) { n.ToggleStar(a.id) })
		return mm, cmd, true
	case noteMsg:
		if m.ds.Event(a.id) != nil {
			lines := []string{m.cat.T("ask.note", oneLine(m.ds.Event(a.id).Title.String(m.cat.Lang())))}
			m.nb.ask = newAsk(askNote, a.id, lines, false, m.ex.notes.note(a.id), m.cat, m.st)
			mm, cmd = m.openNotebook(askScreen)
			return mm, cmd, true
		}
	case tagsMsg:
		if ev := m.ds.Event(a.id); ev != nil && m.editable() {
			lines := []string{m.cat.T("ask.tags", oneLine(ev.Title.String(m.cat.Lang())))}
			m.nb.ask = newAsk(askTags, a.id, lines, false, strings.Join(ev.Tags(), ", "), m.cat, m.st)
			mm, cmd = m.openNotebook(askScreen)
			return mm, cmd, true
		}
	case formDoneMsg:
		form := a.form
		mm, cmd = m.commit(waitingEd{edit: a.edit, sel: a.id, label: describeEdit(a.edit, m.cat), form: &form})
		return mm, cmd, true
	case askDoneMsg:
		mm, cmd = m.answered(a)
		return mm, cmd, true
	case conflictDoneMsg:
		mm, cmd = m.settle(a)
		return mm, cmd, true
	default:
		return m, nil, false
	}
	return m, nil, true
}

// answered acts on the answer to a question.
func (m Model) answered(a askDoneMsg) (Model, tea.Cmd) {
	m.active = explorerScreen
	switch a.purpose {
	case askDelete:
		d := model.NewDraft(m.ds)
		related, err := d.RemoveEvent(a.id)
		if err != nil {
			m.notice = err.Error()
			return m, nil
		}
		edit := d.Edit()
		mm, cmd := m.commit(waitingEd{edit: edit, label: describeEdit(edit, m.cat)})
		if len(related) > 0 && mm.notice != "" {
			mm.notice += " · " + m.cat.T("edit.unrelated", len(related))
		}
		return mm, cmd
	case askCopy:
		if strings.TrimSpace(a.value) == "" {
			m.nb.waiting = nil
			return m, nil
		}
		return m, m.saveCopy(a.value)
	case askNote:
		note := a.value
		return m.annotate(a.id, func(n *notebook.Notes) { n.SetNote(a.id, note) })
	case askTags:
		ev := m.ds.Event(a.id)
		if ev == nil {
			return m, nil
		}
		changed := ev.Clone()
		changed.SetTags(splitList(a.value))
		changed.Tidy()
		if changed.Equal(ev) {
			return m, nil
		}
		d := model.NewDraft(m.ds)
		if err := d.ChangeEventFrom(ev, *changed); err != nil {
			m.notice = err.Error()
			return m, nil
		}
		return m.commit(waitingEd{edit: d.Edit(), sel: a.id, label: m.cat.T("edit.tagged", oneLine(ev.Title.String(m.cat.Lang())))})
	}
	return m, nil
}

// settle acts on the reporter's choice in a conflict.
func (m Model) settle(a conflictDoneMsg) (Model, tea.Cmd) {
	c := a.view
	if a.choice == backToEditing && c.form != nil && len(c.conflicts) > 0 {
		f := *c.form
		f.ds = m.ds
		// The form goes on from their version: its next save changes
		// theirs into what the reporter has typed.
		if theirs := c.conflicts[0].Theirs; theirs != nil {
			f.base = theirs.Clone()
		} else {
			f.base = nil // they removed it: saving adds it again
		}
		f.notice = m.cat.T("conflict.editing")
		f.check()
		m.nb.form = f
		return m.openNotebook(formScreen)
	}
	m.active = explorerScreen
	edit := c.resolution(a.choice)
	if edit.IsZero() {
		m.notice = m.cat.T("conflict.kept.theirs")
		return m, nil
	}
	label := m.cat.T("conflict.kept.mine")
	if a.choice == keepTheirs {
		label = m.cat.T("conflict.kept.theirs")
	}
	return m.commit(waitingEd{edit: edit, sel: firstEventID(edit), label: label})
}

// annotate changes the annotations of the event with id on screen at once
// and saves them in the store by a command; the store's answer (with any
// other explorer's stars) replaces them.
func (m Model) annotate(id string, change func(*notebook.Notes)) (Model, tea.Cmd) {
	m.active = explorerScreen
	if m.ds.Event(id) == nil {
		return m, nil
	}
	n := m.ex.notes.notes
	n.Events = cloneNotes(n.Events)
	change(&n)
	was := m.ex.notes.notes.Get(id)
	cmd := m.ex.setAnnotations(withNotes(n, m.ds))
	now := n.Get(id)
	switch {
	case now.Starred && !was.Starred:
		m.notice = m.cat.T("note.star.on")
	case !now.Starred && was.Starred:
		m.notice = m.cat.T("note.star.off")
	case now.Note == "" && was.Note != "":
		m.notice = m.cat.T("note.removed")
	default:
		m.notice = m.cat.T("note.saved")
	}
	store := m.nb.store
	if store == nil {
		return m, cmd
	}
	want := n.Get(id)
	save := func() tea.Msg {
		saved, err := store.Update(func(s *notebook.Notes) error {
			s.Set(id, want)
			return nil
		})
		return notesMsg{saved, err}
	}
	return m, tea.Batch(cmd, save)
}

// cloneNotes copies the annotations' map, which is shared by copies of
// the model.
func cloneNotes(in map[string]notebook.Annotation) map[string]notebook.Annotation {
	out := make(map[string]notebook.Annotation, len(in)+1)
	for k, v := range in {
		out[k] = v
	}
	return out
}

// updateNotebook takes in the results of the notebook's commands; it
// reports false for any other message.
func (m Model) updateNotebook(msg tea.Msg) (Model, tea.Cmd, bool) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case fileProbedMsg:
		cmd = m.probed(msg)
	case notesMsg:
		if msg.err != nil {
			m.notice = m.cat.T("note.failed", msg.err.Error())
		} else if msg.notes != nil {
			cmd = m.ex.setAnnotations(withNotes(*msg.notes, m.ds))
		}
	case savedMsg:
		m, cmd = m.saved(msg)
	case copiedMsg:
		m, cmd = m.copied(msg)
	case fileChangedMsg:
		m, cmd = m.fileChanged(msg)
	case stampMsg:
		m, cmd = m.stamped(msg)
	case reloadedMsg:
		m, cmd = m.reloaded(msg)
	default:
		return m, nil, false
	}
	return m, cmd, true
}

// The notebook's screens are components like the others.
var (
	_ component = (*eventForm)(nil)
	_ component = (*ask)(nil)
	_ component = (*conflictView)(nil)
)
