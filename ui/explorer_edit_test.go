package ui

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"

	"timeline/data/synth"
	"timeline/model"
	"timeline/present"
	"timeline/search"
)

// editingModel returns the explorer at 120×40 on a synthetic dataset of n
// events of its own, with its search index built and the notebook ready
// to take edits (saves are commands, which the tests do not run).
func editingModel(n int) Model {
	ds := synth.Generate(n, 1)
	m := New(ds, Options{NoMouse: true, File: "unused.json"})
	m = update(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m.ex.ix = search.NewIndex(ds, nil)
	m.nb.probed = true
	return m
}

// TestEditsKeepTheHeaderTrue makes edits of every kind (a title, a move
// anywhere, a move past either end, an approximate date, an add, a
// removal) and checks after each that the header's span, which an edit
// keeps when it cannot have changed it, is what counting every event
// writes, that the list read from the index's columns has the rows read
// from the events, and that the search index answers as a new one.
func TestEditsKeepTheHeaderTrue(t *testing.T) {
	m := editingModel(300)
	r := rand.New(rand.NewPCG(5, 6))
	q, err := search.ParseQuery("a")
	if err != nil {
		t.Fatal(err)
	}
	for step := range 120 {
		n := len(m.ds.Events)
		ev := &m.ds.Events[r.IntN(n)]
		changed := ev.Clone()
		d := model.NewDraft(m.ds)
		what := []string{"title", "move", "first", "last", "approximate", "add", "remove", "end", "first approximate"}[r.IntN(9)]
		switch what {
		case "end": // ends the span, without moving or changing the list
			changed.SetEnd(model.MustDate(fmt.Sprintf("%d-03", m.ex.last.Year+1)))
		case "first approximate": // the event the span starts with, in place
			ev = &m.ds.Events[0]
			changed = ev.Clone()
			changed.Approximate = !changed.Approximate
		case "title":
			changed.Title.En = fmt.Sprintf("Edited %d", step)
		case "move":
			changed.Date = m.ds.Events[r.IntN(n)].Date
		case "first":
			changed.Date = m.ds.Events[0].Date
			changed.Date.Year--
		case "last":
			changed.Date = model.MustDate(fmt.Sprintf("%d", m.ex.last.Year+1))
		case "approximate":
			changed.Approximate = !changed.Approximate
		case "add":
			changed.ID = ""
			changed.Title.En = fmt.Sprintf("Added %d", step)
			if _, err := d.AddEvent(*changed); err != nil {
				t.Fatal(err)
			}
		case "remove":
			if _, err := d.RemoveEvent(ev.ID); err != nil {
				continue // related to by another event
			}
		}
		if what != "add" && what != "remove" {
			if err := d.ChangeEventFrom(ev, *changed); err != nil {
				t.Fatal(err)
			}
		}
		m, _ = m.commit(waitingEd{edit: d.Edit(), sel: ev.ID, label: "edit"})
		m.nb.queue, m.nb.saving = nil, false
		if want := present.DatasetRange(m.ds, m.cat); m.ex.span != want {
			t.Fatalf("step %d (%s): header %q, counting every event %q", step, what, m.ex.span, want)
		}
		if want := newTimeline(m.ds.Events, m.ex.list.items); !slices.Equal(m.ex.list.rows, want.rows) {
			t.Fatalf("step %d (%s): the list's rows differ from those read from the events", step, what)
		}
		if got, want := m.ex.ix.Filter(q), search.NewIndex(m.ds, nil).Filter(q); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("step %d (%s): the index finds %d events, a new one %d", step, what, len(got), len(want))
		}
	}
}

// TestEditHoldsSearchesOff runs a search as a command that the runtime
// starts only after an edit: the edit has changed the events and the
// index in place, so the search gives up rather than read them.
func TestEditHoldsSearchesOff(t *testing.T) {
	m := editingModel(200)
	q, err := search.ParseQuery("a")
	if err != nil {
		t.Fatal(err)
	}
	var cancel context.CancelFunc
	_, before := m.ex.query(q, 1, false).run(0, &cancel)
	ev := &m.ds.Events[50]
	changed := ev.Clone()
	changed.Date = m.ds.Events[150].Date
	d := model.NewDraft(m.ds)
	if err := d.ChangeEventFrom(ev, *changed); err != nil {
		t.Fatal(err)
	}
	m, _ = m.commit(waitingEd{edit: d.Edit(), sel: ev.ID, label: "edit"})
	if r := before().(matchResultMsg); !errors.Is(r.err, context.Canceled) {
		t.Fatalf("a search made before the edit ran after it: %d matches, err %v", len(r.matches), r.err)
	}
	_, again := m.ex.query(q, 2, false).run(0, &cancel)
	if r := again().(matchResultMsg); r.err != nil || !slices.Equal(r.matches, m.ex.ix.Filter(q)) {
		t.Fatalf("a search made after the edit: err %v", r.err)
	}
}

// TestRefusedEditAnswersTheFilter types a filter whose query runs as a
// command, then makes an edit that is refused (an unknown source): the
// edit cancelled the query before trying, so the filter is answered at
// once rather than left waiting for a result that will not come.
func TestRefusedEditAnswersTheFilter(t *testing.T) {
	m := editingModel(300)
	m.ex.async = 1 // every query runs as a command
	m = press(m, "f")
	m = update(m, tea.KeyPressMsg{Code: 'a', Text: "a"})
	if !m.ex.filter.pending {
		t.Fatal("the filter's query did not run as a command")
	}
	ev := &m.ds.Events[10]
	bad := ev.Clone()
	bad.SetSources([]string{"no-such-source"})
	m, _ = m.commit(waitingEd{edit: model.Edit{Events: []model.Delta[model.Event]{{ID: ev.ID, Before: ev.Clone(), After: bad}}}, sel: ev.ID, label: "edit"})
	q, err := search.ParseQuery("a")
	if err != nil {
		t.Fatal(err)
	}
	if m.ex.filter.pending || !slices.Equal(m.ex.filter.matches, m.ex.ix.Filter(q)) {
		t.Fatalf("after a refused edit the filter is pending %v with %d matches", m.ex.filter.pending, len(m.ex.filter.matches))
	}
	if m.ex.list.n != len(m.ex.filter.matches) {
		t.Fatalf("the list shows %d events for %d matches", m.ex.list.n, len(m.ex.filter.matches))
	}
}
