package data_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"timeline/data"
	"timeline/data/synth"
	"timeline/model"
)

// writeDataset writes ds as a native file in a new directory and returns
// its path.
func writeDataset(t testing.TB, ds *model.Dataset) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "events.json")
	if err := data.SaveNew(path, ds); err != nil {
		t.Fatal(err)
	}
	return path
}

func bundledFile(t testing.TB) string {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return writeDataset(t, ds)
}

// TestUpdateTwoProcesses has two processes add 12 events each to one file
// at the same time, as two shell loops of timeline add would: none may be
// lost. One saves with UpdateEdit, the other with Update. Both add the
// same titles, citing the same sources, so that their
// ids clash and a writer whose draft is older than the file must give
// its event a fresh id and cite the other's source.
func TestUpdateTwoProcesses(t *testing.T) {
	path := bundledFile(t)
	before, _, _ := data.Load(path)
	var cmds []*os.Process
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, how := range []string{"add", "addfunc"} {
		cmd := helper(how, path, "12", "breaking")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd.Process)
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = cmd.Wait() }()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("writer %d: %v", i, err)
		}
	}
	after, _, err := data.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(after.Events) - len(before.Events); got != 24 {
		t.Fatalf("%d events added, want 24", got)
	}
	for i := range 12 {
		title := fmt.Sprintf("breaking event %d", i)
		var ids, sources []string
		for _, e := range after.Events {
			if e.Title.En == title {
				ids = append(ids, e.ID)
				sources = append(sources, e.Sources()...)
			}
		}
		if len(ids) != 2 || ids[0] == ids[1] || len(sources) != 2 || sources[0] != sources[1] {
			t.Errorf("%q: events %v citing %v, want two events citing one source", title, ids, sources)
		}
	}
	if names := dirNames(t, filepath.Dir(path)); len(names) != 2 { // the file and its lock
		t.Errorf("left behind: %v", names)
	}
}

// TestUpdateRefusals: bad edits, a TimelineJS file and a file with clipped
// fields are refused with a message naming the problem, and the file
// stays byte for byte as it was.
func TestUpdateRefusals(t *testing.T) {
	path := bundledFile(t)
	ds, _, _ := data.Load(path)
	bad := func(f func(e *model.Event)) model.Edit {
		e := model.Event{Date: model.MustDate("2025-10-22"), Kind: model.Layoff, Title: model.Plain("x")}.WithRefs(nil, []string{ds.Sources[0].ID}, nil)
		f(&e)
		d := model.NewDraft(ds)
		d.AddEvent(e)
		return d.Edit()
	}
	tjs := filepath.Join(t.TempDir(), "tjs.json")
	os.WriteFile(tjs, []byte(`{"events": [{"start_date": {"year": "2025"}, "text": {"headline": "A"}}]}`), 0o644)
	long := filepath.Join(t.TempDir(), "long.json")
	os.WriteFile(long, []byte(`{"events": [{"id": "a", "date": "2025", "kind": "report", "status": "confirmed", "title": "`+
		strings.Repeat("x", model.MaxFieldBytes+10)+`", "sources": ["s"]}], "sources": [{"id": "s", "outlet": "O"}]}`), 0o644)
	for _, tc := range []struct {
		name, path string
		edit       model.Edit
		want       string
	}{
		{"no source", path, bad(func(e *model.Event) { e.SetSources(nil) }), "sources: an event needs at least one source"},
		{"unknown person", path, bad(func(e *model.Event) { e.People = []model.PersonRef{model.NewPersonRef("nobody")} }), `people[0].id: unknown person "nobody"`},
		{"impossible date", path, bad(func(e *model.Event) {
			e.Date = model.Date{Year: 2025, Month: 13, Day: 45, Precision: model.DayPrecision}
		}), "date: invalid date"},
		{"TimelineJS", tjs, bad(func(*model.Event) {}), "is a TimelineJS JSON file; edits are saved in the native format only"},
		{"clipped", long, bad(func(*model.Event) {}), "fields were clipped when it was read"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before, _ := os.ReadFile(tc.path)
			_, err := data.UpdateEdit(tc.path, tc.edit)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("UpdateEdit = %v, want %q", err, tc.want)
			}
			if after, _ := os.ReadFile(tc.path); !bytes.Equal(before, after) {
				t.Error("the file changed")
			}
		})
	}
	if _, err := data.UpdateEdit(filepath.Join(t.TempDir(), "missing.json"), model.Edit{}); err == nil {
		t.Error("updated a missing file")
	}
	for _, bundled := range []string{"", data.BundledName} {
		if _, err := data.UpdateEdit(bundled, model.Edit{}); err == nil || !strings.Contains(err.Error(), "read-only") {
			t.Errorf("UpdateEdit(%q) = %v, want the bundled dataset read-only", bundled, err)
		}
	}
	before, _ := os.ReadFile(path)
	_, err := data.Update(path, func(ds *model.Dataset) error {
		ds.Events[0].SetSources([]string{"nowhere"}) // a change that skips the edit's checks
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), `unknown source "nowhere"`) {
		t.Errorf("Update of an invalid change = %v", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("an invalid Update changed the file")
	}
}

// TestUpdateEditRebases: an edit made on a version of the file that a
// colleague has changed since is applied on top of theirs, by id; an edit
// of the event they changed is a conflict, and nothing is saved.
func TestUpdateEditRebases(t *testing.T) {
	path := bundledFile(t)
	base, _, _ := data.Load(path)
	first, second := base.Events[0].ID, base.Events[1].ID
	// A colleague changes the first event.
	if _, err := data.Update(path, func(ds *model.Dataset) error {
		ds.Event(first).SetTags(append(ds.Event(first).Tags(), "theirs"))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// I change the second one, from the base: rebased, saved.
	d := model.NewDraft(base)
	e := base.Event(second).Clone()
	e.SetTags(append(e.Tags(), "mine"))
	d.ChangeEvent(*e)
	saved, err := data.UpdateEdit(path, d.Edit())
	if err != nil {
		t.Fatal(err)
	}
	now, _, _ := data.Load(path)
	if !slices.Contains(now.Event(first).Tags(), "theirs") || !slices.Contains(now.Event(second).Tags(), "mine") {
		t.Error("a change was lost")
	}
	if saved.Stamp != mustStamp(t, path) || saved.Dataset.Event(second) == nil || saved.Applied.Inverse.IsZero() {
		t.Errorf("Saved = %+v", saved)
	}
	// I change the first one, from the base: a conflict.
	d = model.NewDraft(base)
	e = base.Event(first).Clone()
	e.SetTags(append(e.Tags(), "mine too"))
	d.ChangeEvent(*e)
	before, _ := os.ReadFile(path)
	_, err = data.UpdateEdit(path, d.Edit())
	var ce *data.ConflictError
	if !errors.As(err, &ce) || len(ce.Conflicts) != 1 || ce.Conflicts[0].ID != first ||
		!slices.Contains(ce.Conflicts[0].Theirs.Tags(), "theirs") || !slices.Contains(ce.Conflicts[0].Mine.Tags(), "mine too") {
		t.Fatalf("UpdateEdit = %v, want a conflict on %s", err, first)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("a conflicting edit changed the file")
	}
	// The reporter keeps theirs: nothing to do. Mine: saved.
	if _, err := data.UpdateEdit(path, model.Join(ce.Rebased, ce.Conflicts[0].KeepMine())); err != nil {
		t.Fatal(err)
	}
	now, _, _ = data.Load(path)
	if !slices.Contains(now.Event(first).Tags(), "mine too") {
		t.Error("keeping mine did not save mine")
	}
	// Undo, through the file: back to theirs.
	if _, err := data.UpdateEdit(path, saved.Applied.Inverse); err != nil {
		t.Fatal(err)
	}
	now, _, _ = data.Load(path)
	if slices.Contains(now.Event(second).Tags(), "mine") {
		t.Error("undo did not undo")
	}
}

func mustStamp(t *testing.T, path string) data.Stamp {
	s, err := data.StampOf(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestUpdateNeverOverwritesAChangedFile has a writer that does not lock
// change the file while an update is under way: the update starts again
// from the new file, keeping both changes.
func TestUpdateNeverOverwritesAChangedFile(t *testing.T) {
	path := writeDataset(t, synth.Generate(20, 1))
	calls := 0
	_, err := data.Update(path, func(ds *model.Dataset) error {
		calls++
		if calls == 1 {
			// Another program rewrites the file in place meanwhile.
			other := synth.Generate(20, 1)
			other.Events[0].SetTags([]string{"theirs"})
			var buf bytes.Buffer
			data.WriteNative(&buf, other)
			time.Sleep(10 * time.Millisecond) // a later modification time
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				return err
			}
		}
		ds.Events[1].SetTags([]string{"mine"})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	now, _, _ := data.Load(path)
	if calls != 2 || !slices.Equal(now.Events[0].Tags(), []string{"theirs"}) || !slices.Equal(now.Events[1].Tags(), []string{"mine"}) {
		t.Errorf("after %d calls: %v / %v", calls, now.Events[0].Tags(), now.Events[1].Tags())
	}
}

func TestLockExcludes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.json")
	l, err := data.LockFile(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := data.LockFile(path, 50*time.Millisecond); err == nil || !strings.Contains(err.Error(), "another program is saving it") {
		t.Errorf("second lock: %v", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Error("waited far longer than asked")
	}
	l.Unlock()
	l2, err := data.LockFile(path, 50*time.Millisecond)
	if err != nil {
		t.Fatalf("lock after unlock: %v", err)
	}
	l2.Unlock()
	if data.LockPath(path) != filepath.Join(filepath.Dir(path), ".events.json.lock") {
		t.Errorf("LockPath = %s", data.LockPath(path))
	}
}

func TestUpdateDraft(t *testing.T) {
	path := bundledFile(t)
	var id string
	saved, err := data.UpdateDraft(path, func(d *model.Draft) error {
		pid, _, err := d.Person("Alexandr Wang")
		if err != nil {
			return err
		}
		src, added, err := d.Source(model.Source{Outlet: "Reuters", Title: "Meta cuts 600 jobs", URL: "https://reuters.com/x"})
		if err != nil || !added {
			return fmt.Errorf("source: %v, %v", added, err)
		}
		id, err = d.AddEvent(model.Event{Date: model.MustDate("2025-10-22"), Kind: model.Layoff, Status: model.Reported,
			Title:  model.Text{En: "Meta cuts 600 jobs in its AI unit", Fr: "Meta supprime 600 postes"},
			People: []model.PersonRef{model.NewPersonRef(pid)}}.WithRefs(nil, []string{src}, nil))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if id != "meta-cuts-600-jobs-in-its-ai-unit" || saved.Dataset.Event(id) == nil {
		t.Fatalf("added %q", id)
	}
	back, _, err := data.Load(path)
	if err != nil || !back.Event(id).Equal(saved.Dataset.Event(id)) || back.Event(id).People[0].ID() != "alexandr-wang" {
		t.Fatalf("the file does not hold the event: %v", err)
	}
	before, _ := os.ReadFile(path)
	_, err = data.UpdateDraft(path, func(d *model.Draft) error {
		_, err := d.AddEvent(model.Event{Date: model.MustDate("2025-10-22"), Kind: model.Layoff, Title: model.Plain("x")})
		return err
	})
	if err == nil || !strings.Contains(err.Error(), "at least one source") {
		t.Errorf("an event without a source: %v", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("a refused draft changed the file")
	}
}

// TestUpdateRefusesAFileTooBigToOpen checks that an update whose save
// would make the file larger than the loaders open saves nothing: the
// file is as it was, and no temporary file is left.
func TestUpdateRefusesAFileTooBigToOpen(t *testing.T) {
	path := bundledFile(t)
	before, _ := os.ReadFile(path)
	var saved bytes.Buffer
	ds, _, _ := data.Load(path)
	data.WriteNative(&saved, ds)
	defer data.SetSaveLimit(int64(saved.Len()) + 500)()
	_, err := data.UpdateDraft(path, func(d *model.Draft) error {
		_, err := d.AddEvent(model.Event{Date: model.MustDate("2025-10-22"), Kind: model.Layoff, Status: model.Reported,
			Title: model.Plain("Acme cuts jobs"), Summary: model.Plain(strings.Repeat("Many words. ", 60))}.WithRefs(nil, []string{ds.Sources[0].ID}, nil))
		return err
	})
	if err == nil || !strings.Contains(err.Error(), "MiB that timeline opens; not saved") {
		t.Errorf("UpdateDraft = %v, want the file refused as too big to open", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the file changed")
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	if _, err := data.UpdateDraft(path, func(d *model.Draft) error {
		_, err := d.AddEvent(model.Event{Date: model.MustDate("2025-10-22"), Kind: model.Layoff, Status: model.Reported,
			Title: model.Plain("Acme cuts")}.WithRefs(nil, []string{ds.Sources[0].ID}, nil))
		return err
	}); err != nil {
		t.Errorf("a small add under the limit: %v", err)
	}
}

// TestUpdatePackedSavesTheSame holds an update of a large file, which is
// read packed, its titles and references shared, to what an update of a
// small one saves: the same bytes for the same edit.
func TestUpdatePackedSavesTheSame(t *testing.T) {
	edit := func(d *model.Draft) error {
		pid, _, err := d.Person("Alexandr Wang")
		if err != nil {
			return err
		}
		src, _, err := d.Source(model.Source{Outlet: "Reuters", Title: "Meta cuts 600 jobs", URL: "https://reuters.com/x"})
		if err != nil {
			return err
		}
		_, err = d.AddEvent(model.Event{Date: model.MustDate("2025-10-22"), Kind: model.Layoff, Status: model.Reported,
			Title:  model.Text{En: "Meta cuts 600 jobs in its AI unit", Fr: "Meta supprime 600 postes"},
			People: []model.PersonRef{model.NewPersonRef(pid)}}.WithRefs(nil, []string{src}, nil))
		return err
	}
	var saved [2][]byte
	for k, big := range []bool{false, true} {
		path := bundledFile(t)
		if big {
			defer data.SetBigUpdate(0)()
		}
		if data.ReadsPacked(t, path) != big {
			t.Fatalf("a file read for a change packed: %v, want %v", !big, big)
		}
		if _, err := data.UpdateDraft(path, edit); err != nil {
			t.Fatalf("read packed %v: %v", big, err)
		}
		saved[k], _ = os.ReadFile(path)
	}
	if !bytes.Equal(saved[0], saved[1]) {
		t.Error("the update of a file read packed saved other bytes than of one read on two cores")
	}
}
