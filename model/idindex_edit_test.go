package model

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestIDIndexEdits changes a table item by item (inserts with shifts,
// drops) and compares every lookup with a table built anew.
func TestIDIndexEdits(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for round := 0; round < 50; round++ {
		var ids []string
		for i := range 20 + r.IntN(200) {
			ids = append(ids, fmt.Sprintf("id-%d-%d", round, i))
		}
		id := func(i int) string { return ids[i] }
		ix := newIDIndex(len(ids), id)
		for step := 0; step < 30; step++ {
			if r.IntN(2) == 0 && len(ids) > 5 {
				var gone []int
				for k := range ids {
					if r.IntN(10) == 0 {
						gone = append(gone, k)
					}
				}
				if !ix.drop(gone, len(ids), id) {
					t.Fatal("drop refused a list of distinct ids")
				}
				var kept []string
				for k, s := range ids {
					if _, found := slices.BinarySearch(gone, k); !found {
						kept = append(kept, s)
					}
				}
				ids = kept
			} else {
				at := r.IntN(len(ids) + 1)
				ix.shift(at)
				ids = slices.Insert(ids, at, fmt.Sprintf("new-%d-%d", round, step))
				ix.insert(at, len(ids), id)
			}
			for i, s := range ids {
				if j, ok := ix.find(s, id); !ok || j != i {
					t.Fatalf("round %d step %d: %s at %d found at %d, %v", round, step, s, i, j, ok)
				}
			}
			if ix.distinct != len(ids) {
				t.Fatalf("distinct %d, want %d", ix.distinct, len(ids))
			}
			if _, ok := ix.find("missing", id); ok {
				t.Fatal("found an id never added")
			}
		}
	}
	dup := []string{"a", "b", "a"}
	ix := newIDIndex(3, func(i int) string { return dup[i] })
	if ix.drop([]int{1}, 3, func(i int) string { return dup[i] }) {
		t.Error("drop accepted a list with repeated ids")
	}
}
