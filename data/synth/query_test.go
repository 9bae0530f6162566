package synth_test

import (
	"slices"
	"testing"

	"timeline/data/synth"
	"timeline/search"
)

// The index and the plain matcher agree on a synthetic dataset, for every
// kind of term.
func TestIndexAgreesWithMatch(t *testing.T) {
	ds := synth.Generate(3000, 11)
	ix := search.NewIndex(ds, nil)
	queries := []string{
		"m", "me", "met", "meta", "metadata", "équipe", "equipe", "lefevre", "person:zoe", "org:celik",
		"outlet:gazette", "tag:compute", "status:disputed", "kind:hire,layoff", "from:2030 to:2030-06",
		"!kind:departure reorganisation", `"what we know"`, "-research data", "pushed", "example",
		"person:zhang org:northwind", "ozturk", "strasse", "familiar",
	}
	for _, s := range queries {
		q, err := search.ParseQuery(s)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		plain, indexed := q.Filter(ds), ix.Filter(q)
		if !slices.Equal(plain, indexed) {
			t.Errorf("%q: Query.Filter found %d, SearchIndex.Filter %d", s, len(plain), len(indexed))
		}
		if len(indexed) == 0 && s != "example" {
			t.Errorf("%q found nothing in 3000 synthetic events", s)
		}
	}
}
