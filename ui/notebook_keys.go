package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"timeline/i18n"
)

// notebookKeys are the explorer's bindings that change the timeline or
// annotate it: add, edit, delete, undo, redo, star, note, tags.
type notebookKeys struct {
	Add, Edit, Delete, Undo, Redo, Star, Note, Tags key.Binding
}

// newNotebookKeys returns the notebook's bindings in cat's language.
func newNotebookKeys(cat i18n.Catalog) notebookKeys {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, cat.T(desc)))
	}
	return notebookKeys{
		Add:    b([]string{"a"}, "a", "key.add"),
		Edit:   b([]string{"e"}, "e", "key.edit"),
		Delete: b([]string{"d"}, "d", "key.delete"),
		Undo:   b([]string{"u"}, "u", "key.undo"),
		Redo:   b([]string{"ctrl+r"}, "ctrl+r", "key.redo"),
		Star:   b([]string{"*"}, "*", "key.star"),
		Note:   b([]string{"c"}, "c", "key.note"),
		Tags:   b([]string{"t"}, "t", "key.tags"),
	}
}

// enabled turns off what does not apply: the keys about the selected
// event without one, undo and redo with nothing to undo or redo.
func (k notebookKeys) enabled(selected, canUndo, canRedo bool) notebookKeys {
	for _, b := range []*key.Binding{&k.Edit, &k.Delete, &k.Star, &k.Note, &k.Tags} {
		b.SetEnabled(selected)
	}
	k.Undo.SetEnabled(canUndo)
	k.Redo.SetEnabled(canRedo)
	return k
}

// list returns the bindings in the order the help shows them.
func (k notebookKeys) list() []key.Binding {
	return []key.Binding{k.Add, k.Edit, k.Delete, k.Undo, k.Redo, k.Star, k.Note, k.Tags}
}

// Intents of the notebook's keys, which the root carries out.
type (
	addEventMsg    struct{}
	editEventMsg   struct{ id string }
	deleteEventMsg struct{ id string }
	undoMsg        struct{ redo bool }
	starMsg        struct{ id string }
	noteMsg        struct{ id string }
	tagsMsg        struct{ id string }
)

// notebookKey sends the intent of a notebook key, and reports whether msg
// was one.
func (e *explorer) notebookKey(msg tea.KeyPressMsg, k notebookKeys) bool {
	id := ""
	if ev := e.list.selected(); ev != nil {
		id = ev.ID
	}
	switch {
	case key.Matches(msg, k.Add):
		e.send(addEventMsg{})
	case key.Matches(msg, k.Edit):
		e.send(editEventMsg{id})
	case key.Matches(msg, k.Delete):
		e.send(deleteEventMsg{id})
	case key.Matches(msg, k.Undo):
		e.send(undoMsg{})
	case key.Matches(msg, k.Redo):
		e.send(undoMsg{redo: true})
	case key.Matches(msg, k.Star):
		e.send(starMsg{id})
	case key.Matches(msg, k.Note):
		e.send(noteMsg{id})
	case key.Matches(msg, k.Tags):
		e.send(tagsMsg{id})
	default:
		return false
	}
	return true
}
