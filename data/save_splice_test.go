package data_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"timeline/data"
	"timeline/data/synth"
	"timeline/model"
)

// memMarks is a data.MarkStore in memory.
type memMarks struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (s *memMarks) Mark(path string) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[path]
}

func (s *memMarks) SetMark(path string, b []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[path] = bytes.Clone(b)
}

// withMarks makes updates keep their marks in memory for the test.
func withMarks(t *testing.T) *memMarks {
	s := &memMarks{m: map[string][]byte{}}
	data.SetMarks(s)
	t.Cleanup(func() { data.SetMarks(nil) })
	return s
}

// syntheticAt writes a synthetic file of n events at a new path.
func syntheticAt(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "events.json")
	var b bytes.Buffer
	if err := synth.Write(&b, n, 5); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// spliceEdits are changes of every kind, each made twice over on the
// same file: an event added with a new source, one citing an existing
// source, a title changed, an event moved by its date, events removed
// (with the links to them), and an edit of several events at once.
var spliceEdits = []func(d *model.Draft, ds *model.Dataset, i int) error{
	func(d *model.Draft, _ *model.Dataset, i int) error {
		src, _, err := d.Source(model.Source{Outlet: "Wire", Title: fmt.Sprintf("Cut %d", i), URL: fmt.Sprintf("https://wire.example/%d", i)})
		if err != nil {
			return err
		}
		_, err = d.AddEvent(model.Event{Date: model.MustDate("2025-10-22"), Kind: model.Layoff, Status: model.Reported,
			Title: model.Plain(fmt.Sprintf("Acme cuts %d jobs", i))}.WithRefs(nil, []string{src}, nil))
		return err
	},
	func(d *model.Draft, ds *model.Dataset, i int) error {
		e := d.Event(nthEvent(ds, 7*i+3))
		_, err := d.AddEvent(model.Event{Date: model.MustDate("1999-01"), Kind: model.Hire, Status: model.Confirmed,
			Title: model.Plain(fmt.Sprintf("Early hire %d", i))}.WithRefs(nil, e.Sources()[:1], nil))
		return err
	},
	func(d *model.Draft, ds *model.Dataset, i int) error {
		e := d.Event(nthEvent(ds, 100*i+50)).Clone()
		e.Title = model.Plain(e.Title.En + " (updated)")
		return d.ChangeEvent(*e)
	},
	func(d *model.Draft, ds *model.Dataset, i int) error {
		e := d.Event(nthEvent(ds, 40*i+10)).Clone()
		e.Date = model.MustDate("2031-02-03")
		return d.ChangeEvent(*e)
	},
	func(d *model.Draft, ds *model.Dataset, i int) error {
		for _, e := range ds.Events[i:] {
			if related := e.Related(); len(related) > 0 {
				_, err := d.RemoveEvent(related[0]) // and the link to it
				return err
			}
		}
		return fmt.Errorf("no event relates to another")
	},
	func(d *model.Draft, ds *model.Dataset, i int) error {
		for _, k := range []int{5, 500, 1500} {
			e := d.Event(nthEvent(ds, k+i)).Clone()
			e.SetTags(append(e.Tags(), "checked"))
			if err := d.ChangeEvent(*e); err != nil {
				return err
			}
		}
		return nil
	},
}

// nthEvent returns the id of the dataset's event k (modulo their number).
func nthEvent(ds *model.Dataset, k int) string {
	return ds.Events[k%len(ds.Events)].ID
}

// editFile makes edit i on the file at path, on the dataset the file holds
// before the edit.
func editFile(t *testing.T, path string, edit func(*model.Draft, *model.Dataset, int) error, i int) (data.Saved, error) {
	t.Helper()
	ds, _, err := data.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return data.UpdateDraft(path, func(d *model.Draft) error { return edit(d, ds, i) })
}

// TestSpliceMatchesEncoding checks the save of a file this program saved:
// it copies what each edit left alone, and writes byte for byte what
// encoding the whole dataset writes, and what the same edits write on a
// copy of the file that is not trusted.
func TestSpliceMatchesEncoding(t *testing.T) {
	marks := withMarks(t)
	trusted := syntheticAt(t, 3000)
	plain := filepath.Join(t.TempDir(), "plain.json")
	b, _ := os.ReadFile(trusted)
	os.WriteFile(plain, b, 0o644)
	for round := range 2 {
		for k, edit := range spliceEdits {
			i := 10*round + k
			saved, err := editFile(t, trusted, edit, i)
			if err != nil {
				t.Fatalf("edit %d: %v", i, err)
			}
			if copied := data.Copied(saved); copied != (round > 0 || k > 0) {
				t.Errorf("edit %d: copied %v, want it once the file was saved by an update", i, copied)
			}
			data.SetMarks(nil)
			_, err = editFile(t, plain, edit, i)
			data.SetMarks(marks)
			if err != nil {
				t.Fatalf("edit %d on the copy: %v", i, err)
			}
			got, _ := os.ReadFile(trusted)
			want, _ := os.ReadFile(plain)
			var enc bytes.Buffer
			if err := data.WriteNative(&enc, saved.Dataset); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, enc.Bytes()) || !bytes.Equal(got, want) {
				t.Fatalf("edit %d: the file saved by copying differs from the dataset's encoding (%t) or from the copy's save (%t)",
					i, bytes.Equal(got, enc.Bytes()), bytes.Equal(got, want))
			}
		}
	}
}

// TestMarkTrustsOnlyTheSavedBytes checks that a file changed behind the
// mark's back is not trusted, even when its size and modification time
// are as the mark says: a reference broken by the change is found, as
// the whole file is validated again.
func TestMarkTrustsOnlyTheSavedBytes(t *testing.T) {
	withMarks(t)
	path := syntheticAt(t, 3000)
	if _, err := editFile(t, path, spliceEdits[0], 1); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(path)
	b, _ := os.ReadFile(path)
	// One source id cited by an event, changed to one of the same length
	// that names nothing.
	i := bytes.Index(b, []byte("\"sources\": [\n        \""))
	j := i + len("\"sources\": [\n        \"")
	b[j] = 'Z'
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(path, st.ModTime(), st.ModTime())
	if now, _ := os.Stat(path); now.Size() != st.Size() || !now.ModTime().Equal(st.ModTime()) {
		t.Fatal("the file's size or time changed")
	}
	_, err := data.UpdateDraft(path, func(d *model.Draft) error { return spliceEdits[0](d, nil, 2) })
	if err == nil || !strings.Contains(err.Error(), "unknown source") {
		t.Errorf("an update of a file changed behind its mark: %v, want the unknown source found", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(after, b) {
		t.Error("the refused update changed the file")
	}
}

// TestSaveNewIsTrusted checks that a copy saved with SaveNew, as the
// explorer saves its first edit of the bundled dataset, is trusted by its
// first change.
func TestSaveNewIsTrusted(t *testing.T) {
	withMarks(t)
	ds, _, err := data.Load("")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "copy.json")
	if err := data.SaveNew(path, ds); err != nil {
		t.Fatal(err)
	}
	saved, err := editFile(t, path, spliceEdits[0], 1)
	if err != nil {
		t.Fatal(err)
	}
	if !data.Copied(saved) {
		t.Error("the first change of a saved copy did not trust it")
	}
}
