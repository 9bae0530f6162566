package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"timeline/model"
)

// rawPieces are texts with everything folding does: capitals, accents
// precomposed and combining, ligatures and ß that fold to two letters,
// typographic apostrophes, no-break spaces, the Kelvin sign (which folds to
// an ASCII k), letters outside Latin, and invalid UTF-8.
var rawPieces = []string{
	"Meta hires Alexandr Wang", "Zoé Lefèvre quitte l’équipe", "ŒUVRE cœur", "Straße STRASSE",
	"e\u0301quipe", "\u212Aelvin", "Путин ПУТИН", "naïve café", "İstanbul ıi", "no\u00a0break",
	"\xff\xfeinvalid\xc3", "日本語のテキスト", "×÷", "ŉ", "", "a", "ÉÉÉ",
}

// foldedWords are words to look for: each as Fold makes it.
var foldedWords = []string{
	"meta", "wang", "lefevre", "zoe", "l'equipe", "oeuvre", "coeur", "oe", "e", "ss", "strasse", "equipe",
	"kelvin", "k", "путин", "naive", "istanbul", "ii", "no break", "invalid", "日本", "×", "'n", "eee",
	"a", "é", "ee", "\xff", "ue", "é", "ntin", "zz",
}

// TestFoldedAffixes checks the matchers that fold as they go against Fold.
func TestFoldedAffixes(t *testing.T) {
	for _, s := range rawPieces {
		folded := Fold(s)
		for i := 0; i <= len(folded); i++ {
			for _, w := range []string{folded[:i], folded[i:]} {
				if got, want := foldedHasPrefix(s, w), strings.HasPrefix(folded, w); got != want {
					t.Errorf("foldedHasPrefix(%q, %q) = %v, want %v", s, w, got, want)
				}
				if got, want := foldedHasSuffix(s, w), strings.HasSuffix(folded, w); got != want {
					t.Errorf("foldedHasSuffix(%q, %q) = %v, want %v", s, w, got, want)
				}
			}
		}
	}
}

// rawDataset returns a dataset of one event per row, each row's pieces
// split at "|" over title, summary and a quote.
func rawDataset(rows []string) *model.Dataset {
	ds := &model.Dataset{}
	for i, r := range rows {
		parts := append(strings.SplitN(r, "|", 3), "", "")
		e := model.Event{ID: fmt.Sprintf("e%03d", i), Date: model.Date{Year: 2025, Month: 1, Day: uint8(1 + i%28), Precision: model.DayPrecision}}
		e.Title.En, e.Summary.Fr = parts[0], parts[1]
		if parts[2] != "" {
			e.More().Quotes = []model.Quote{{Text: parts[2]}}
		}
		ds.Events = append(ds.Events, e)
	}
	return ds
}

// rawWant is what a search for word must find: the events whose pieces,
// each folded, contain it.
func rawWant(ds *model.Dataset, word string) []int32 {
	var out []int32
	for i := range ds.Events {
		found := false
		for _, s := range pieces(&ds.Events[i]) {
			found = found || strings.Contains(Fold(*s), word)
		}
		if found {
			out = append(out, int32(i))
		}
	}
	return out
}

// rawFirsts is what a search for word must find in the first pieces: the
// events whose first non-empty piece, folded, contains it.
func rawFirsts(ds *model.Dataset, word string) []int32 {
	var out []int32
	for i := range ds.Events {
		for _, s := range pieces(&ds.Events[i]) {
			if *s != "" {
				if strings.Contains(Fold(*s), word) {
					out = append(out, int32(i))
				}
				break
			}
		}
	}
	return out
}

// rawFound runs the index's search for word over every row, and returns
// the events found and those found in their first piece.
func rawFound(ix *Index, word string) (found, firsts []int32) {
	b, f := newBitset(ix.Len()), newBitset(ix.Len())
	if err := ix.events.match(context.Background(), []string{word}, b, &titleHits{en: f}); err != nil {
		panic(err)
	}
	for i := range ix.Len() {
		if b.has(int32(i)) {
			found = append(found, int32(i))
		}
		if f.has(int32(i)) {
			firsts = append(firsts, int32(i))
		}
	}
	return found, firsts
}

// checkRaw fails unless the index finds word where folding each piece does.
func checkRaw(t *testing.T, name string, ds *model.Dataset, ix *Index, word string) {
	t.Helper()
	got, gotFirsts := rawFound(ix, word)
	if want := rawWant(ds, word); !slices.Equal(got, want) {
		t.Errorf("%s: %q found in %v, want %v", name, word, got, want)
	}
	if want := rawFirsts(ds, word); !slices.Equal(gotFirsts, want) {
		t.Errorf("%s: %q found in the first pieces of %v, want %v", name, word, gotFirsts, want)
	}
}

// TestRawMatch checks the search over text as written against folding each
// piece, on text copied by the index and on text packed by a loader, in
// small blocks and sorted after packing.
func TestRawMatch(t *testing.T) {
	defer func(n int) { packBlock = n }(packBlock)
	packBlock = 64
	rng := rand.New(rand.NewPCG(1, 2))
	var rows []string
	for range 300 {
		var sb strings.Builder
		for range rng.IntN(6) {
			sb.WriteString(rawPieces[rng.IntN(len(rawPieces))])
			sb.WriteString([]string{" ", "|", "", "-"}[rng.IntN(4)])
		}
		rows = append(rows, sb.String())
	}
	copied := rawDataset(rows)
	copied.Index()
	packed := rawDataset(rows)
	rng.Shuffle(len(packed.Events), func(i, j int) { packed.Events[i], packed.Events[j] = packed.Events[j], packed.Events[i] })
	var p Packer
	for i := range packed.Events {
		p.Add(&packed.Events[i])
	}
	text := p.Done()
	text.Sorted(packed.Index())
	ixCopied, ixPacked := NewIndex(copied, nil), NewIndex(packed, text)
	if ixCopied.SharesText() || !ixPacked.SharesText() || ixPacked.events.perm == nil || len(ixPacked.events.blocks) < 10 {
		t.Fatalf("shares: copied %v, packed %v; packed rows sorted %v, in %d blocks",
			ixCopied.SharesText(), ixPacked.SharesText(), ixPacked.events.perm != nil, len(ixPacked.events.blocks))
	}
	for _, w := range foldedWords {
		for _, c := range []struct {
			name string
			ds   *model.Dataset
			ix   *Index
		}{{"copied", copied, ixCopied}, {"packed", packed, ixPacked}} {
			checkRaw(t, c.name, c.ds, c.ix, w)
		}
	}
}

// TestPackedTextChanged checks that the index copies the text once the
// events no longer hold the text their loader packed, and keeps using it
// while they hold the same text, even in other strings.
func TestPackedTextChanged(t *testing.T) {
	ds := rawDataset([]string{"Meta|Zoé", "Wang"})
	var p Packer
	for i := range ds.Events {
		p.Add(&ds.Events[i])
	}
	text := p.Done()
	text.Sorted(ds.Index())
	if !NewIndex(ds, text).SharesText() {
		t.Fatal("packed text not used")
	}
	ds.Events[1].Title.En = strings.Clone(ds.Events[1].Title.En) // same text, another string
	if !NewIndex(ds, text).SharesText() {
		t.Fatal("packed text not used for the same text in another string")
	}
	ds.Events[1].Title.En = "Wong"
	ix := NewIndex(ds, text)
	if ix.SharesText() {
		t.Fatal("packed text used after an event's text changed")
	}
	if got, _ := rawFound(ix, "wong"); !slices.Equal(got, []int32{1}) {
		t.Errorf("wong found in %v", got)
	}
	if got, _ := rawFound(ix, "wang"); len(got) != 0 {
		t.Errorf("wang, changed, found in %v", got)
	}
	if sub := ds.Subset([]int32{1}); NewIndex(sub, text).SharesText() {
		t.Error("a subset's index uses the whole dataset's packed text")
	}
}

// FuzzRawMatch compares the search over text as written with folding each
// piece, on any rows and any word.
func FuzzRawMatch(f *testing.F) {
	f.Add("Zoé Lefèvre|l’équipe\nŒUVRE", "oe")
	f.Add("\u212Aelvin|Straße", "ss")
	f.Add("e\u0301quipe|ÉÉ", "ee")
	f.Fuzz(func(t *testing.T, text, word string) {
		word = Fold(word)
		if word == "" || strings.Contains(word, haySep) || strings.Contains(text, haySep) {
			return
		}
		ds := rawDataset(strings.Split(text, "\n"))
		ds.Index()
		checkRaw(t, "fuzz", ds, NewIndex(ds, nil), word)
	})
}

// mixedDataset returns events whose titles, summaries, quotes, claims,
// sources and people mix rawPieces, loaded as a loader that packs does,
// unsorted, n of them, with the text packed; with other, some titles and
// summaries are in German too.
func mixedDataset(seed uint64, n int, other bool) (*model.Dataset, *Packed) {
	rng := rand.New(rand.NewPCG(seed, 7))
	pick := func() string { return rawPieces[rng.IntN(len(rawPieces))] }
	ds := &model.Dataset{People: []model.Person{{ID: "zoe-lefevre", Name: "Zoé Lefèvre"}, {ID: "kelvin", Name: "\u212Aelvin Œuvre"}}}
	for i := range n {
		e := model.Event{ID: fmt.Sprintf("e%03d", i), Date: model.Date{Year: 2025, Month: uint8(1 + rng.IntN(12)), Precision: model.MonthPrecision}}
		e.Title = model.Text{En: pick(), Fr: pick()}
		// Sources: one titled as the event (its headline is then shared
		// with the title), one titled otherwise, one cited by two events.
		switch rng.IntN(4) {
		case 0:
			src := model.Source{ID: fmt.Sprintf("s%03d", i), Outlet: pick(), Title: strings.Clone(e.Title.En)}
			ds.Sources = append(ds.Sources, src)
			e.SetSources([]string{src.ID})
		case 1:
			src := model.Source{ID: fmt.Sprintf("s%03d", i), Outlet: "Wired", Title: pick() + " " + pick()}
			ds.Sources = append(ds.Sources, src)
			e.SetSources([]string{src.ID})
		case 2:
			if len(ds.Sources) > 0 {
				e.SetSources([]string{ds.Sources[rng.IntN(len(ds.Sources))].ID})
			}
		}
		e.Summary = model.Text{Fr: pick() + " " + pick()}
		if other && rng.IntN(5) == 0 {
			e.Title.Other = map[string]string{"de": pick() + " Straße"}
			e.Summary.Other = map[string]string{"de": pick(), "it": ""}
		}
		if rng.IntN(3) == 0 {
			e.More().Quotes = []model.Quote{{Text: pick(), Translation: model.Text{En: pick()}, Speaker: "zoe-lefevre"}}
		}
		if rng.IntN(3) == 0 {
			e.More().Claims = []model.Claim{{Text: model.Text{Fr: pick()}, By: []string{"kelvin", "Straße sources", ""}[rng.IntN(3)]}}
		}
		ds.Events = append(ds.Events, e)
	}
	return ds, packLikeLoader(ds)
}

// packLikeLoader packs ds's text as the loader does, and sorts its events:
// the events first, then the sources, a headline that is the English
// title of the first event citing its source sharing that title.
func packLikeLoader(ds *model.Dataset) *Packed {
	var p Packer
	for i := range ds.Events {
		p.Add(&ds.Events[i])
	}
	for j := range ds.Sources {
		s := &ds.Sources[j]
		titleOf := -1
		for i := range ds.Events {
			if e := &ds.Events[i]; slices.Contains(e.Sources(), s.ID) {
				if e.Title.En != "" && e.Title.En == s.Title {
					s.Title, titleOf = e.Title.En, i
				}
				break
			}
		}
		p.AddSource(s, titleOf)
	}
	text := p.Done()
	text.Sorted(ds.Index())
	return text
}

// TestIndexMatchesFilter checks the index's answers against Query.Filter,
// which folds every text, for every word of foldedWords and negations.
func TestIndexMatchesFilter(t *testing.T) {
	for _, other := range []bool{false, true} {
		ds, text := mixedDataset(1, 200, other)
		ix := NewIndex(ds, text)
		if ix.SharesText() == other || ix.headlineOf == nil {
			t.Fatalf("other languages %v: the index shares the packed text: %v; shares headlines: %v", other, ix.SharesText(), ix.headlineOf != nil)
		}
		checkIndex(t, ds, ix)
	}
}

// checkIndex checks ix, and ix written and read back, against
// Query.Filter on ds.
func checkIndex(t *testing.T, ds *model.Dataset, ix *Index) {
	t.Helper()
	decoded, _, err := DecodeIndex(encodeIndex(t, ix))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range append(foldedWords, "strasse", "outlet:wired") {
		for _, s := range []string{w, "!" + w, `"` + w + ` ` + w + `"`} {
			q, err := ParseQuery(s)
			if err != nil {
				continue
			}
			want := q.Filter(ds)
			if got := ix.Filter(q); !slices.Equal(got, want) {
				t.Errorf("%q: index finds %d events, Query.Filter %d", s, len(got), len(want))
			}
			if got := decoded.Filter(q); !slices.Equal(got, want) {
				t.Errorf("%q: decoded index finds %d events, Query.Filter %d", s, len(got), len(want))
			}
		}
	}
}

// FuzzIndexMatchesFilter is TestIndexMatchesFilter for any query.
// Queries are bound to marks (a star on every third event, a note on every
// fifth), as the explorer binds them, so that starred: and note: are
// held to the same answer too.
func FuzzIndexMatchesFilter(f *testing.F) {
	for _, w := range []string{"oe", "ss straße", "kelvin", `"l'equipe"`, "!e", "wired", "outlet:wired meta",
		"starred:", "!starred: note:", "note:equipe starred:"} {
		f.Add(w)
	}
	ds, text := mixedDataset(2, 200, true)
	ix := NewIndex(ds, text)
	marks := fuzzMarks(len(ds.Events))
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s)
		if err != nil {
			return
		}
		q = q.WithMarks(marks)
		if got, want := ix.Filter(q), q.Filter(ds); !slices.Equal(got, want) {
			t.Fatalf("%q: index finds %v, Query.Filter %v", s, got, want)
		}
	})
}
