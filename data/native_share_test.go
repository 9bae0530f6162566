package data_test

import (
	"bytes"
	"testing"
	"unsafe"

	"timeline/data"
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
