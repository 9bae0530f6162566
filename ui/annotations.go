package ui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"timeline/model"
	"timeline/notebook"
	"timeline/search"
)

// annotations are the reporter's stars and private notes on the explorer's
// events, as package notebook keeps them (by event id, apart from the
// shared file), and the same as positions for the filter's starred: and
// note: (search.Marks), made again whenever the events move. The explorer
// holds them by pointer: they change only by being replaced.
type annotations struct {
	notes notebook.Notes
	marks *search.Marks
}

// newAnnotations returns annotations with nothing starred or noted.
func newAnnotations() *annotations {
	return &annotations{notes: notebook.Notes{Events: map[string]notebook.Annotation{}}}
}

// withNotes returns annotations holding n, with their marks in ds.
func withNotes(n notebook.Notes, ds *model.Dataset) *annotations {
	a := &annotations{notes: n}
	a.remark(ds)
	return a
}

// remark makes the marks again for ds as it is now.
func (a *annotations) remark(ds *model.Dataset) {
	var starred []int32
	notes := map[int32]string{}
	for id, an := range a.notes.Events {
		i, ok := ds.EventIndex(id)
		if !ok {
			continue
		}
		if an.Starred {
			starred = append(starred, int32(i))
		}
		if an.Note != "" {
			notes[int32(i)] = an.Note
		}
	}
	a.marks = search.NewMarks(len(ds.Events), starred, notes)
}

// starred reports whether the event with id is starred.
func (a *annotations) starred(id string) bool { return a.notes.Get(id).Starred }

// note returns the private note on the event with id, or "".
func (a *annotations) note(id string) string { return a.notes.Get(id).Note }

// starFunc returns the list's test of a star by dataset index in ds.
func (a *annotations) starFunc(ds *model.Dataset) func(int) bool {
	if len(a.notes.Events) == 0 {
		return nil
	}
	return func(i int) bool { return i < len(ds.Events) && a.starred(ds.Events[i].ID) }
}

// noteLines draws the private note and the tags of ev for the detail
// pane, below the event's own text.
func (e *explorer) noteLines(ev *model.Event) []string {
	var out []string
	if e.notes.starred(ev.ID) {
		out = append(out, e.st.dim.Render("★ "+e.cat.T("note.starred")))
	}
	if len(ev.Tags()) > 0 {
		out = append(out, e.st.dim.Render(e.cat.T("note.tags", strings.Join(ev.Tags(), ", "))))
	}
	if n := e.notes.note(ev.ID); n != "" {
		w := max(e.detail.vp.Width(), 1)
		out = append(out, e.st.dim.Render(e.cat.T("note.private")))
		out = append(out, strings.Split(lipgloss.Wrap(n, w, ""), "\n")...)
	}
	return out
}
