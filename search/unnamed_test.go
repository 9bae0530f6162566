package search

import (
	"context"
	"testing"

	"timeline/model"
)

// TestRefineSkipsNamedCandidates checks that a refined search leaves out
// the rows of candidates that one of their people already matches, but
// not a row that holds another candidate's title or headline, and answers
// as Filter does, key by key, whether the rows are in event order or not.
func TestRefineSkipsNamedCandidates(t *testing.T) {
	for _, sorted := range []bool{false, true} {
		ds := sharedTitleEvents()
		ds.People = []model.Person{{ID: "zoe-lefevre", Name: "Zoé Lefèvre"}}
		// e01, e04, e07 and e10 share the title "Zoé Lefèvre leaves", which
		// the first of them packed holds, and name her, as e05, titled
		// otherwise, does; e00 cites s01, headlined with that title.
		for _, i := range []int{1, 4, 5, 7, 10} {
			ds.Events[i].People = []model.PersonRef{model.NewPersonRef("zoe-lefevre")}
		}
		ds.Events[0].SetSources([]string{"s00", "s01"})
		if sorted {
			model.SortEvents(ds.Events)
		}
		text := packLikeLoader(ds)
		ix := NewIndex(ds, text)
		if (ix.events.perm == nil) != sorted {
			t.Fatalf("sorted before packing %v, yet rows in event order: %v", sorted, ix.events.perm == nil)
		}
		named, _ := ds.EventIndex("e07")
		holder := ix.titleOf[named]
		if holder < 0 {
			t.Fatalf("sorted %v: e07 holds its own title", sorted)
		}
		var earlier []*Result
		for i := 1; i <= len("lefevre"); i++ {
			checkSearch(t, ix, "lefevre"[:i], earlier)
			q, _ := ParseQuery("lefevre"[:i])
			m, err := ix.SearchCtx(context.Background(), q, earlier...)
			if err != nil {
				t.Fatal(err)
			}
			earlier = append(earlier, &Result{Query: q, Matches: m})
		}
		lef := earlier[2]
		sc := ix.scopeOf(lef.Matches)
		within := ix.unnamed(sc, ix.personTab.matching([]string{"lefe"}), nil, nil)
		leftOut := sc.unnamed.Load().leftOut
		if !leftOut || within.has(int32(named)) || !within.has(int32(holder)) || !sc.events.has(int32(named)) {
			t.Errorf("sorted %v: left out: %v; e07, named, still read: %v; the holder of its title still read: %v",
				sorted, leftOut, within.has(int32(named)), within.has(int32(holder)))
		}
		// The next key names the same people: what they left out is kept,
		// and the candidates they name are said again.
		found := newBitset(ix.Len())
		again := ix.unnamed(sc, ix.personTab.matching([]string{"lefev"}), nil, found)
		if &again[0] != &within[0] || !found.has(int32(named)) || !found.has(int32(holder)) {
			t.Errorf("sorted %v: the same names again: kept %v; e07 and the holder found named: %v, %v",
				sorted, &again[0] == &within[0], found.has(int32(named)), found.has(int32(holder)))
		}
	}
}
