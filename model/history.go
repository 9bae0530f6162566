package model

import "slices"

// History is a session's undo and redo stacks, as edits: each entry is the
// edit that undoes (or redoes) one change. It only keeps edits; the caller
// applies them (to the file, through a lock, perhaps after Rebase when the
// file changed meanwhile) and says what was applied, because the edit that
// goes back on the stack is the inverse of what was actually applied.
type History struct {
	undo, redo []Edit
}

// Did records a change the reporter made, by its inverse (Applied.Inverse),
// and forgets what could have been redone: a new change starts a new
// branch.
func (h *History) Did(inverse Edit) {
	h.undo = append(h.undo, inverse)
	h.redo = nil
}

// Undo returns the edit that undoes the latest change, if any. Call Undid
// once it is applied, or Drop if it could not be.
func (h *History) Undo() (Edit, bool) {
	if len(h.undo) == 0 {
		return Edit{}, false
	}
	return h.undo[len(h.undo)-1], true
}

// Undid records that the edit Undo returned was applied; inverse (its
// Applied.Inverse) redoes the change.
func (h *History) Undid(inverse Edit) {
	if len(h.undo) > 0 {
		h.undo = h.undo[:len(h.undo)-1]
	}
	h.redo = append(h.redo, inverse)
}

// Redo returns the edit that redoes the latest undone change, if any.
// Call Redid once it is applied, or Drop if it could not be.
func (h *History) Redo() (Edit, bool) {
	if len(h.redo) == 0 {
		return Edit{}, false
	}
	return h.redo[len(h.redo)-1], true
}

// Redid records that the edit Redo returned was applied; inverse undoes
// the change again.
func (h *History) Redid(inverse Edit) {
	if len(h.redo) > 0 {
		h.redo = h.redo[:len(h.redo)-1]
	}
	h.undo = append(h.undo, inverse)
}

// Drop forgets the edit Undo (undo is true) or Redo returned, when it can
// no longer be applied: the reporter chose to keep a colleague's version
// of that event, say.
func (h *History) Drop(undo bool) {
	if undo && len(h.undo) > 0 {
		h.undo = h.undo[:len(h.undo)-1]
	} else if !undo && len(h.redo) > 0 {
		h.redo = h.redo[:len(h.redo)-1]
	}
}

// CanUndo and CanRedo say whether there is anything to undo or redo, for
// a key map that disables bindings that do nothing.
func (h *History) CanUndo() bool { return len(h.undo) > 0 }

// CanRedo reports whether there is a change to redo.
func (h *History) CanRedo() bool { return len(h.redo) > 0 }

// Clone returns a copy of the history that shares nothing with it, so
// that a caller who records a change before it is saved can go back to
// the history as it was when the save fails.
func (h *History) Clone() History {
	return History{undo: slices.Clone(h.undo), redo: slices.Clone(h.redo)}
}
