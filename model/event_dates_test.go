package model

import "testing"

// TestEventDatesSetAndShare checks the end date and the date's wording:
// set and read back, removed by their zero values (the extra fields then
// go), and never changed in a copy of the extra fields when set in
// another, nor in a clone.
func TestEventDatesSetAndShare(t *testing.T) {
	var e Event
	e.SetEnd(Date{})
	e.SetDateLabel(Text{})
	if e.Extra != nil {
		t.Fatal("zero dates made extra fields")
	}
	end, label := MustDate("2025-09"), Text{En: "late August", Fr: "fin août"}
	e.SetEnd(end)
	e.SetDateLabel(label)
	if e.End() != end || !e.DateLabel().Equal(label) {
		t.Fatalf("read back %v, %v", e.End(), e.DateLabel())
	}

	copied := e
	copied.Extra = e.Extra.copied()
	copied.SetEnd(MustDate("2025-10"))
	copied.SetDateLabel(Plain("autumn"))
	if e.End() != end || !e.DateLabel().Equal(label) {
		t.Errorf("setting a copy's dates changed the original's: %v, %v", e.End(), e.DateLabel())
	}
	c := e.Clone()
	c.SetEnd(Date{})
	if e.End() != end || c.End() != (Date{}) || !c.DateLabel().Equal(label) {
		t.Errorf("clone: original end %v, clone's %v and label %v", e.End(), c.End(), c.DateLabel())
	}
	if !e.Equal(e.Clone()) {
		t.Error("an event with dates differs from its clone")
	}

	e.SetEnd(Date{})
	e.SetDateLabel(Text{})
	e.Tidy()
	if e.Extra != nil {
		t.Errorf("dates removed, the extra fields stay: %+v", *e.Extra)
	}
	lit := Event{ID: "lit"}.WithEnd(end).WithDateLabel(label)
	if lit.End() != end || !lit.DateLabel().Equal(label) {
		t.Errorf("literal: %v, %v", lit.End(), lit.DateLabel())
	}
}
