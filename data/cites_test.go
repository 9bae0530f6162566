package data

import (
	"fmt"
	"testing"

	"timeline/model"
)

// TestCiteTable checks the table of citations against a plain search: the
// first event citing each source, over many sources cited by several
// events (so that slots collide and chains are followed), and none for a
// source no event cites.
func TestCiteTable(t *testing.T) {
	var events []model.Event
	for i := range 500 {
		e := model.Event{ID: fmt.Sprint(i)}
		for k := range i % 4 {
			e.SetSources(append(e.Sources(), fmt.Sprintf("s%d", (i*7+k*13)%300)))
		}
		events = append(events, e)
	}
	cites := newCiteTable(events)
	for s := range 320 {
		id := fmt.Sprintf("s%d", s)
		want := -1
		for i := range events {
			if cites.cites(i, id) {
				want = i
				break
			}
		}
		if got := cites.first(id); got != want {
			t.Errorf("first(%q) = %d, want %d", id, got, want)
		}
	}
	if got := newCiteTable(nil).first("s1"); got != -1 {
		t.Errorf("first in an empty table = %d", got)
	}
}
