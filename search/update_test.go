package search

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"timeline/model"
)

// TestUpdateMatchesNewIndex edits a dataset again and again (events added,
// changed, moved and removed, people, organisations and sources added, titles that
// sources' headlines shared changed) and checks after each edit that the
// updated index answers every query as a new index and Query.Filter do.
func TestUpdateMatchesNewIndex(t *testing.T) {
	for seed := range uint64(4) {
		checkUpdates(t, seed)
	}
}

func checkUpdates(t *testing.T, seed uint64) {
	ds, text := mixedDataset(6+seed, 300, seed%2 == 0)
	ix := NewIndex(ds, text)
	rng := rand.New(rand.NewPCG(6, seed))
	pick := func() string { return rawPieces[rng.IntN(len(rawPieces))] }
	queries := append(slices.Clone(foldedWords), "kelvin", "outlet:wired", "person:newcomer", "org:neworg", "tag:fresh", "oeuvre !e", "wired meta")
	for step := range 70 {
		before := map[string]int32{}
		for i := range ds.Events {
			before[ds.Events[i].ID] = int32(i)
		}
		changed := map[string]bool{}
		switch step % 7 {
		case 0: // an event added, with a new person, organisation and source
			if step%10 == 0 {
				ds.People = append(ds.People, model.Person{ID: fmt.Sprintf("newcomer-%d", step), Name: "Newcomer " + pick()})
				ds.Orgs = append(ds.Orgs, model.Org{ID: fmt.Sprintf("neworg-%d", step), Name: "NewOrg"})
				ds.Sources = append(ds.Sources, model.Source{ID: fmt.Sprintf("new-src-%d", step), Outlet: "Fresh Outlet", Title: pick()})
			}
			e := model.Event{ID: fmt.Sprintf("added-%d", step), Date: model.MustDate("2025-05"),
				Title:  model.Text{En: pick() + " " + pick(), Fr: pick()},
				People: []model.PersonRef{model.NewPersonRef(ds.People[len(ds.People)-1].ID)}}.WithRefs([]string{ds.Orgs[len(ds.Orgs)-1].ID}, []string{ds.Sources[len(ds.Sources)-1].ID}, []string{"fresh"})
			e.More().Quotes = []model.Quote{{Text: "brand new " + pick(), Speaker: "kelvin"}}
			ds.Events = append(ds.Events, e)
		case 1, 2: // an event's text and fields changed
			e := &ds.Events[rng.IntN(len(ds.Events))]
			e.Title.En = pick() + " changed"
			e.Summary.Fr = pick()
			e.SetTags(append(e.Tags(), "fresh"))
			e.Kind = model.Kind(rng.IntN(9))
			changed[e.ID] = true
		case 5: // an event's date changed, which moves it: the events between shift
			i, j := rng.IntN(len(ds.Events)), rng.IntN(len(ds.Events))
			e := ds.Events[i]
			e.Title.En = pick() + " moved"
			ds.Events = slices.Insert(slices.Delete(ds.Events, i, i+1), j, e)
			changed[e.ID] = true
		case 6: // two events removed and one moved, in one edit: the events
			// between move by one place, those after by two
			for range 2 {
				i := rng.IntN(len(ds.Events))
				ds.Events = slices.Delete(ds.Events, i, i+1)
			}
			i, j := rng.IntN(len(ds.Events)), rng.IntN(len(ds.Events))
			e := ds.Events[i]
			e.Summary.En = pick() + " moved again"
			ds.Events = slices.Insert(slices.Delete(ds.Events, i, i+1), j, e)
			changed[e.ID] = true
		case 3: // an event removed
			i := rng.IntN(len(ds.Events))
			ds.Events = slices.Delete(ds.Events, i, i+1)
		case 4: // an event whose title a source's headline shares, changed
			for _, s := range ds.Sources {
				for i := range ds.Events {
					if e := &ds.Events[i]; !changed[e.ID] && e.Title.En == s.Title && slices.Contains(e.Sources(), s.ID) {
						e.Title.En = "retitled " + pick()
						changed[e.ID] = true
						break
					}
				}
				if len(changed) > 0 {
					break
				}
			}
		}
		ds.Index()
		oldOf := make([]int32, len(ds.Events))
		for j := range ds.Events {
			oldOf[j] = -1
			if i, ok := before[ds.Events[j].ID]; ok && !changed[ds.Events[j].ID] {
				oldOf[j] = i
			}
		}
		ix = ix.Update(ds, oldOf)
		fresh := NewIndex(ds, nil)
		for _, s := range queries {
			q, err := ParseQuery(s)
			if err != nil {
				t.Fatal(err)
			}
			got, want := ix.Filter(q), fresh.Filter(q)
			if !slices.Equal(got, want) {
				for _, e := range want {
					if !slices.Contains(got, e) {
						ev := &ds.Events[e]
						t.Logf("missing %s: %+v %+v sources %v", ev.ID, ev.Title, ev.Summary, ev.Sources())
					}
				}
				t.Fatalf("seed %d, step %d, %q: updated index finds %v, a new one %v", seed, step, s, got, want)
			}
			if byFilter := q.Filter(ds); !slices.Equal(got, byFilter) {
				t.Fatalf("seed %d, step %d, %q: updated index finds %v, Query.Filter %v", seed, step, s, got, byFilter)
			}
		}
	}
	// Written and read back, it is a new index.
	decoded, _, err := DecodeIndex(encodeIndex(t, ix))
	if err != nil {
		t.Fatal(err)
	}
	q, _ := ParseQuery("changed")
	if got, want := decoded.Filter(q), ix.Filter(q); !slices.Equal(got, want) || len(got) == 0 {
		t.Errorf("decoded: %v, want %v", got, want)
	}
}

// TestUpdateWorksInPlace gates the cost of an edit of one event's title:
// Update moves nothing and copies none of the index's lists, so it
// allocates a small part of what building the index does.
func TestUpdateWorksInPlace(t *testing.T) {
	ds, text := mixedDataset(3, 20000, true)
	ix := NewIndex(ds, text)
	oldOf := make([]int32, len(ds.Events))
	for i := range oldOf {
		oldOf[i] = int32(i)
	}
	oldOf[len(oldOf)/2] = -1 // its title changed
	allocated := func(f func()) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	build := allocated(func() { NewIndex(ds, text) })
	ix.Update(ds, oldOf) // the first update makes the table's lists its own
	update := allocated(func() { ix = ix.Update(ds, oldOf) })
	if update*8 > build {
		t.Errorf("an update of one event allocated %d bytes, building the index %d", update, build)
	}
}
