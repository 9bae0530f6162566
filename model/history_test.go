package model

import (
	"errors"
	"strings"
	"testing"
)

func TestHistoryUndoRedo(t *testing.T) {
	ds := newsroom()
	before := snapshot(ds)
	var h History
	if h.CanUndo() || h.CanRedo() {
		t.Fatal("a new history has something to undo")
	}
	for _, title := range []string{"One", "Two"} {
		d := NewDraft(ds)
		e := newsEvent("", "2025-08-01", "tc")
		e.Title = Plain(title)
		d.AddEvent(e)
		h.Did(mustApply(t, ds, d.Edit()).Inverse)
	}
	afterTwo := snapshot(ds)
	for i := 0; i < 2; i++ {
		u, ok := h.Undo()
		if !ok {
			t.Fatal("nothing to undo")
		}
		h.Undid(mustApply(t, ds, u).Inverse)
	}
	if snapshot(ds) != before || h.CanUndo() || !h.CanRedo() {
		t.Fatal("undoing both did not restore the dataset")
	}
	for i := 0; i < 2; i++ {
		r, _ := h.Redo()
		h.Redid(mustApply(t, ds, r).Inverse)
	}
	if snapshot(ds) != afterTwo || h.CanRedo() {
		t.Fatal("redoing both did not make them again")
	}
	u, _ := h.Undo()
	h.Undid(mustApply(t, ds, u).Inverse)
	h.Did(Edit{}) // a new change forgets what could be redone
	if h.CanRedo() {
		t.Error("redo survived a new change")
	}
	h.Drop(true)
	if u, _ := h.Undo(); u.IsZero() {
		t.Error("Drop dropped the wrong entry")
	}
}

func TestFields(t *testing.T) {
	if d, err := DateField("date", " 2025-08 ", true); err != nil || d != MustDate("2025-08") {
		t.Errorf("DateField = %v, %v", d, err)
	}
	for _, tc := range []struct {
		err   error
		field string
		msg   string
	}{
		{second(DateField("date", "2025-13-45", true)), "date", "month must be 01–12"},
		{second(DateField("end_date", "2025-02-30", false)), "end_date", "day must be 01–28"},
		{second(DateField("date", "", true)), "date", "missing date"},
		{second(KindField("layof")), "kind", `unknown kind "layof" (want one of departure, hire`},
		{second(StatusField("rumoured")), "status", `unknown status "rumoured" (want confirmed, reported, disputed)`},
		{second(StatusField("")), "status", "unknown status"},
	} {
		var ps Problems
		if !errors.As(tc.err, &ps) || ps[0].Field != tc.field || !strings.Contains(ps[0].Msg, tc.msg) {
			t.Errorf("got %v, want %s: %s", tc.err, tc.field, tc.msg)
		}
	}
	if d, err := DateField("end_date", "", false); err != nil || !d.IsZero() {
		t.Errorf("an optional empty date = %v, %v", d, err)
	}
	if k, err := KindField("layoff"); err != nil || k != Layoff {
		t.Errorf("KindField = %v, %v", k, err)
	}
}

func second[T any](_ T, err error) error { return err }
