package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"timeline/data"
	"timeline/model"
)

// TestFormAddsAnEvent types a new event into the form: it is on screen and
// selected at once, saved in the file, and undone and redone.
func TestFormAddsAnEvent(t *testing.T) {
	m, path := notebookModel(t, 120, 40)
	n := len(m.ds.Events)
	m = keys(t, m, "a")
	if m.active != formScreen || !strings.Contains(screen(m), "New event") {
		t.Fatalf("a did not open the form:\n%s", screen(m))
	}
	m = focusOn(t, m, fDate)
	m = step(t, m, ctrl('u'))
	m = typeIn(t, m, "2025-10-22")
	m = focusOn(t, m, fKind)
	m = typeIn(t, m, "l")
	m = focusOn(t, m, fTitleEn)
	m = typeIn(t, m, "Meta cuts 600 jobs in its AI unit")
	m = focusOn(t, m, fPeople)
	m = typeIn(t, m, "Alexandr")
	m = keys(t, m, "right") // accepts the suggestion
	if got := m.nb.form.fields[m.nb.form.focus].input.Value(); got != "Alexandr Wang" {
		t.Errorf("people completed to %q", got)
	}
	m = focusOn(t, m, fOutlet)
	m = typeIn(t, m, "TechCrunch")
	m = step(t, m, ctrl('s'))
	if m.active != explorerScreen {
		t.Fatalf("ctrl+s left the form open:\n%s", screen(m))
	}
	if len(m.ds.Events) != n+1 || !strings.Contains(selectedLine(m), "Meta cuts 600 jobs") {
		t.Errorf("the new event is not selected on screen:\n%s", screen(m))
	}
	if !fileHas(t, path, "meta-cuts-600-jobs-in-its-ai-unit") || !fileHas(t, path, `"kind": "layoff"`) {
		t.Error("the new event is not in the file")
	}
	ev := loaded(t, path).Event("meta-cuts-600-jobs-in-its-ai-unit")
	if ev == nil || len(ev.People) != 1 || ev.People[0].ID() != "alexandr-wang" || ev.Date.String() != "2025-10-22" {
		t.Errorf("saved event: %+v", ev)
	}
	m = keys(t, m, "u")
	if len(m.ds.Events) != n || fileHas(t, path, "meta-cuts-600-jobs-in-its-ai-unit") || !strings.Contains(screen(m), "Undone: added") {
		t.Errorf("u did not undo the add:\n%s", screen(m))
	}
	m = step(t, m, ctrl('r'))
	if len(m.ds.Events) != n+1 || !fileHas(t, path, "meta-cuts-600-jobs-in-its-ai-unit") || !strings.Contains(screen(m), "Redone: added") {
		t.Errorf("ctrl+r did not redo the add:\n%s", screen(m))
	}
}

// selectedLine returns the list's selected row.
func selectedLine(m Model) string {
	for _, l := range strings.Split(screen(m), "\n") {
		if strings.Contains(l, "▶") {
			return l
		}
	}
	return ""
}

// TestFormChecksAsYouType shows a bad date's problem under its field as
// it is typed, and esc leaves the file as it was.
func TestFormChecksAsYouType(t *testing.T) {
	m, path := notebookModel(t, 120, 40)
	before, _ := os.ReadFile(path)
	m = keys(t, m, "e")
	m = step(t, m, ctrl('u'))
	m = typeIn(t, m, "2025-13-45")
	if s := screen(m); !strings.Contains(s, "↳") || !strings.Contains(s, "month") {
		t.Errorf("no problem shown under the date:\n%s", s)
	}
	m = step(t, m, ctrl('s'))
	if m.active != formScreen || !strings.Contains(screen(m), "Not saved") {
		t.Errorf("a bad date was saved:\n%s", screen(m))
	}
	m = keys(t, m, "esc")
	after, _ := os.ReadFile(path)
	if m.active != explorerScreen || string(after) != string(before) {
		t.Error("esc did not leave the file untouched")
	}
}

// TestFormFitsEverySize draws the form, with problems, at the sizes the
// explorer supports.
func TestFormFitsEverySize(t *testing.T) {
	for _, sz := range [][2]int{{120, 40}, {80, 24}, {60, 20}, {40, 15}, {20, 5}} {
		m, _ := notebookModel(t, sz[0], sz[1])
		m = keys(t, m, "a")
		m = typeIn(t, m, "x")
		checkFits(t, m, sz[0], sz[1], "form")
		m = keys(t, m, "esc", "e")
		for range 30 {
			m = keys(t, m, "tab")
			checkFits(t, m, sz[0], sz[1], "form scrolled")
		}
	}
}

// TestFailedSaveIsTakenBack deletes the file before a save: the edit
// leaves the screen and the history, and the status line says so.
func TestFailedSaveIsTakenBack(t *testing.T) {
	m, path := notebookModel(t, 120, 40)
	n := len(m.ds.Events)
	os.Remove(path)
	m = keys(t, m, "d", "y")
	if len(m.ds.Events) != n || !strings.Contains(screen(m), "NOT SAVED") || m.nb.history.CanUndo() {
		t.Errorf("a failed delete stayed on screen (%d of %d events):\n%s", len(m.ds.Events), n, screen(m))
	}
}

// TestDeleteAsksFirst deletes the selected event after y, and n keeps it.
func TestDeleteAsksFirst(t *testing.T) {
	m, path := notebookModel(t, 120, 40)
	id := m.Selected()
	m = keys(t, m, "d", "n")
	if m.ds.Event(id) == nil || m.active != explorerScreen {
		t.Fatal("n deleted the event")
	}
	m = keys(t, m, "d")
	if !strings.Contains(screen(m), "Delete “") {
		t.Fatalf("d asked nothing:\n%s", screen(m))
	}
	m = keys(t, m, "y")
	if m.ds.Event(id) != nil || fileHas(t, path, `"id": "`+id+`"`) {
		t.Error("y did not delete the event")
	}
}

// TestUndoSelectsWhatItBringsBack deletes an event that others relate to:
// u brings it back and selects it, not one of the events whose links
// came back with it; ctrl+r deletes it again and selects what d did.
func TestUndoSelectsWhatItBringsBack(t *testing.T) {
	m, _ := notebookModel(t, 120, 40)
	var id string
	for i := range m.ds.Events {
		if related := relatedTo(m.ds, m.ds.Events[i].ID); len(related) > 0 && i > 0 {
			for m.ex.list.selectedIndex() != i {
				m = keys(t, m, "j")
			}
			id = m.ds.Events[i].ID
			break
		}
	}
	if id == "" {
		t.Fatal("no event of the dataset is related to by another")
	}
	m = keys(t, m, "d", "y")
	after := m.Selected() // the event beside the one deleted
	m = keys(t, m, "u")
	if got := m.Selected(); got != id {
		t.Fatalf("u selected %q, not %q which it brought back", got, id)
	}
	m = keys(t, m, "ctrl+r")
	if got := m.Selected(); got != after {
		t.Fatalf("after ctrl+r the selection is %q, not %q beside the deleted event, as after d", got, after)
	}
}

// relatedTo returns the events of ds that relate to the event id.
func relatedTo(ds *model.Dataset, id string) []string {
	var out []string
	for i := range ds.Events {
		if slices.Contains(ds.Events[i].Related(), id) {
			out = append(out, ds.Events[i].ID)
		}
	}
	return out
}

// TestConflictShowsBothVersions changes an event in the file while the
// form is open on it: saving shows both versions; m keeps the reporter's.
func TestConflictShowsBothVersions(t *testing.T) {
	m, path := notebookModel(t, 120, 40)
	id := m.Selected()
	m = keys(t, m, "e")
	m = focusOn(t, m, fTitleEn)
	m = step(t, m, ctrl('u'))
	m = typeIn(t, m, "Mine")
	if _, err := data.Update(path, func(ds *model.Dataset) error {
		ds.Events[0].Title.En = "Theirs"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	m = step(t, m, ctrl('s'))
	s := screen(m)
	if m.active != conflictScreen || !strings.Contains(s, "Theirs") || !strings.Contains(s, "Mine") {
		t.Fatalf("no conflict shown:\n%s", s)
	}
	m = keys(t, m, "e")
	if m.active != formScreen || m.nb.form.base.Title.En != "Theirs" {
		t.Fatal("back to editing did not reopen the form on their version")
	}
	m = step(t, m, ctrl('s'))
	if got := loaded(t, path).Event(id).Title.En; got != "Mine" {
		t.Errorf("the file's title is %q after saving over theirs", got)
	}
}

// TestLiveReloadKeepsSelection changes the file as another program would:
// the explorer shows it, on the same event; a file that no longer loads
// leaves the last good version with a warning.
func TestLiveReloadKeepsSelection(t *testing.T) {
	m, path := notebookModel(t, 120, 40)
	m = keys(t, m, "j", "j", "j")
	id := m.Selected()
	if _, err := data.UpdateDraft(path, func(d *model.Draft) error {
		_, err := d.AddEvent(model.Event{Date: model.MustDate("2025-01-01"), Kind: model.Report, Status: model.Reported,
			Title: model.Plain("Added by a colleague")}.WithRefs(nil, []string{m.ds.Sources[0].ID}, nil))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	m = run(t, m, m.lookAtFile())
	if m.Selected() != id || !strings.Contains(screen(m), "Added by a colleague") || !strings.Contains(screen(m), "changed on disk") {
		t.Errorf("reload lost the selection (%s, want %s) or the change:\n%s", m.Selected(), id, screen(m))
	}
	os.WriteFile(path, []byte(`{"events": [`), 0o644)
	n := len(m.ds.Events)
	m = run(t, m, m.lookAtFile())
	m = keys(t, m, "j")
	if len(m.ds.Events) != n || !strings.Contains(screen(m), "no longer loads") {
		t.Errorf("a broken file replaced the screen or gave no warning:\n%s", screen(m))
	}
}

// TestStarsNotesAndTags stars, notes and tags an event, and filters on
// them with starred: note: and tag:.
func TestStarsNotesAndTags(t *testing.T) {
	m, path := notebookModel(t, 120, 40)
	id := m.Selected()
	m = keys(t, m, "*")
	if !strings.Contains(selectedLine(m), "★") {
		t.Errorf("no star in the list:\n%s", selectedLine(m))
	}
	m = keys(t, m, "c")
	m = typeIn(t, m, "call back Tuesday")
	m = keys(t, m, "enter")
	if !strings.Contains(screen(m), "call back Tuesday") || fileHas(t, path, "call back") {
		t.Error("the note is not shown, or went into the shared file")
	}
	m = keys(t, m, "t")
	m = step(t, m, ctrl('u'))
	m = typeIn(t, m, "cuts, notebook")
	m = keys(t, m, "enter")
	if got := loaded(t, path).Event(id).Tags(); strings.Join(got, ",") != "cuts,notebook" {
		t.Errorf("tags in the file: %v", got)
	}
	for _, q := range []string{"starred:", "note:tuesday", "tag:notebook"} {
		m2 := keys(t, m, "f")
		m2 = typeIn(t, m2, q)
		m2 = keys(t, m2, "enter")
		if !strings.Contains(screen(m2), "1 of ") {
			t.Errorf("filter %s:\n%s", q, screen(m2))
		}
	}
	// Another explorer on the same file finds the star and the note.
	other, err := newDesk(path).store.Load()
	if err != nil || !other.Get(id).Starred || other.Get(id).Note != "call back Tuesday" {
		t.Errorf("annotations in the store: %+v, %v", other.Get(id), err)
	}
}

// TestBundledEditGoesToACopy deletes an event of the bundled dataset: the
// explorer offers a copy under $XDG_DATA_HOME/timeline, shown in full,
// and the deletion is saved there.
func TestBundledEditGoesToACopy(t *testing.T) {
	xdg := t.TempDir()
	t.Setenv("XDG_DATA_HOME", xdg)
	m := New(bundled(t), Options{NoMouse: true})
	m = update(m, windowSize(120, 40))
	m = run(t, m, m.initDesk())
	id := m.Selected()
	m = keys(t, m, "d", "y")
	want := filepath.Join(xdg, "timeline", "summer2025.json")
	if m.active != askScreen || !strings.Contains(screen(m), want) {
		t.Fatalf("no copy offered at %s:\n%s", want, screen(m))
	}
	m = keys(t, m, "enter")
	if m.nb.file != want || m.ds.Event(id) != nil || fileHas(t, want, `"id": "`+id+`"`) {
		t.Errorf("the deletion did not go to the copy (file %q)", m.nb.file)
	}
	if m.nb.watcher != nil {
		m.nb.watcher.Close()
	}
}

// TestFormKeepsParagraphs saves a change of kind to an event whose summary
// has paragraphs: the input shows them on one line, and the summary stays
// as it was.
func TestFormKeepsParagraphs(t *testing.T) {
	m, path := notebookModel(t, 120, 40)
	id := m.Selected()
	if _, err := data.Update(path, func(ds *model.Dataset) error {
		ds.Events[0].Summary.En = "First paragraph.\n\nSecond paragraph."
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	m = run(t, m, m.lookAtFile())
	m = keys(t, m, "e")
	m = focusOn(t, m, fKind)
	m = keys(t, m, "right")
	m = step(t, m, ctrl('s'))
	ev := loaded(t, path).Event(id)
	if ev.Summary.En != "First paragraph.\n\nSecond paragraph." || ev.Kind.String() == "investment" {
		t.Errorf("summary %q, kind %s", ev.Summary.En, ev.Kind)
	}
}

// TestFormChangesNothingUntouched opens the form on every event of the
// bundled dataset and builds it as it is: no edit, so that saving an
// untouched form never changes the file (nor conflicts with a colleague).
func TestFormChangesNothingUntouched(t *testing.T) {
	ds := bundled(t)
	cat, st := i18nFor(t), newStyles(true)
	for i := range ds.Events {
		f := newEventForm(ds, &ds.Events[i], nil, cat, st)
		edit, _, ok := f.build()
		if !ok || !edit.IsZero() {
			var problems []string
			for _, ff := range f.fields {
				if ff.err != "" {
					problems = append(problems, fieldNames[ff.id]+": "+ff.err)
				}
			}
			t.Errorf("%s: untouched form: ok %v, %d event changes, %d sources, problems %v", ds.Events[i].ID, ok,
				len(edit.Events), len(edit.Sources), problems)
		}
	}
}

// TestNotebookScreensFit draws the question and the conflict at every
// size the explorer supports.
func TestNotebookScreensFit(t *testing.T) {
	for _, sz := range [][2]int{{120, 40}, {80, 24}, {60, 20}, {40, 15}, {20, 5}} {
		w, h := sz[0], sz[1]
		m, path := notebookModel(t, w, h)
		m = keys(t, m, "d")
		checkFits(t, m, w, h, "delete question")
		m = keys(t, m, "esc", "c")
		m = typeIn(t, m, strings.Repeat("a long private note ", 20))
		checkFits(t, m, w, h, "note")
		m = keys(t, m, "esc", "e")
		m = focusOn(t, m, fTitleEn)
		m = typeIn(t, m, "Mine")
		data.Update(path, func(ds *model.Dataset) error { ds.Events[0].Title.En = "Theirs"; return nil })
		m = step(t, m, ctrl('s'))
		if m.active != conflictScreen {
			t.Fatalf("%d×%d: no conflict", w, h)
		}
		checkFits(t, m, w, h, "conflict")
		for range 40 {
			m = keys(t, m, "j")
		}
		checkFits(t, m, w, h, "conflict scrolled")
	}
}
