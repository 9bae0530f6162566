package data_test

import (
	"bytes"
	"strings"
	"testing"
	"unsafe"

	"timeline/data"
	"timeline/model"
)

// TestReferencesShareIDs holds the decoder to its sharing of references:
// once a file is read, an event's source ids, related ids and citations
// are the very strings of the ids they name, not copies.
func TestReferencesShareIDs(t *testing.T) {
	same := func(a, b string) bool { return unsafe.StringData(a) == unsafe.StringData(b) }
	for name, b := range decoderCases(t) {
		ds, _, _, err := data.DecodeStream(name, bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		refs := 0
		for i := range ds.Events {
			e := &ds.Events[i]
			check := func(ref, id string) {
				refs++
				if !same(ref, id) {
					t.Fatalf("%s: event %s refers to %q with a copy of its id", name, e.ID, ref)
				}
			}
			for _, id := range e.Sources() {
				check(id, ds.Source(id).ID)
			}
			for _, id := range e.Related() {
				check(id, ds.Event(id).ID)
			}
			for _, c := range e.Claims() {
				if c.Source != "" {
					check(c.Source, ds.Source(c.Source).ID)
				}
			}
			for _, q := range e.Quotes() {
				if q.Source != "" {
					check(q.Source, ds.Source(q.Source).ID)
				}
			}
		}
		if refs == 0 {
			t.Errorf("%s: no references", name)
		}
	}
}

// TestPeopleShareRefs holds the decoder to its sharing of people: the
// refs of events that name the same person in the same role are one.
func TestPeopleShareRefs(t *testing.T) {
	in := `{"events": [
	 {"id": "a", "date": "2025-07", "kind": "hire", "status": "confirmed", "title": "A", "sources": ["s"], "people": [{"id": "p", "role": {"en": "chief", "fr": "chef"}}, {"id": "q"}]},
	 {"id": "b", "date": "2025-08", "kind": "hire", "status": "confirmed", "title": "B", "sources": ["s"], "people": [{"id": "q"}, {"id": "p", "role": {"en": "chief", "fr": "chef"}}, {"id": "p"}]}],
	"people": [{"id": "p", "name": "P"}, {"id": "q", "name": "Q"}],
	"sources": [{"id": "s", "outlet": "O", "title": "T", "published": "2025-07-01"}]}`
	ds, _, _, err := data.DecodeStream("people.json", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	pair := func(r model.PersonRef) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&r)) }
	a, b := ds.Event("a").People, ds.Event("b").People
	if pair(a[0]) != pair(b[1]) || pair(a[1]) != pair(b[0]) {
		t.Error("refs to the same person in the same role are not shared")
	}
	if pair(b[2]) == pair(b[1]) || b[2].Role().En != "" || b[1].Role().Fr != "chef" {
		t.Errorf("a ref without the role shares the one with it: %q, %q", b[2].Role().En, b[1].Role().Fr)
	}
}
