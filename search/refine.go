package search

import (
	"context"
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
)

// Result is a query with its matches, kept to answer the next query of an
// incremental search faster (see SearchCtx).
type Result struct {
	Query   Query
	Matches []int32 // event indices, in order

	// scope is where a search within Matches looks (see scope), worked
	// out by the first such search: each key of a word that no longer
	// narrows the matches searches the same events again.
	scope atomic.Pointer[scope]
}

// SearchCtx returns the events that match q, in order, as FilterCtx does.
// When q narrows the query of one of earlier (see Query.Narrows), only the
// matches of the narrowest such result are tested, as fzf does from one key
// to the next; a query answered before is answered from memory. earlier
// may be empty; its results must come from this index.
func (ix *Index) SearchCtx(ctx context.Context, q Query, earlier ...*Result) ([]int32, error) {
	var best *Result
	for _, r := range earlier {
		if r == nil || !q.Narrows(r.Query) {
			continue
		}
		if r.Query.Narrows(q) {
			return r.Matches, nil // the same events: nothing to test
		}
		if best == nil || len(r.Matches) < len(best.Matches) {
			best = r
		}
	}
	if best == nil || !SearchedWithin(len(best.Matches), ix.Len()) {
		return ix.FilterCtx(ctx, q)
	}
	return ix.filterWithin(ctx, q, best)
}

// SearchedWithin reports whether a later query that narrows a result of
// matches among events is searched within it (see SearchCtx) rather than
// in the whole index: not when it holds most of the events, whose rows
// are quicker read in order than picked out.
func SearchedWithin(matches, events int) bool { return matches <= events/2 }

// Prepare works out where a search within r looks, unless it is known or
// no search would look within r (see SearchCtx): the caller may do it
// while the user reads r, rather than on the next key, for which it is a
// pass over the candidates and their references (tens of milliseconds at
// a million events). A result of earlier that r narrows and that has as
// many matches has the same ones: its scope is r's too, as the keys of a
// word that no longer narrow its matches find. r and earlier must come
// from this index.
func (ix *Index) Prepare(r *Result, earlier ...*Result) {
	if len(r.Matches) == 0 || !SearchedWithin(len(r.Matches), ix.Len()) {
		return
	}
	sc := r.scope.Load()
	for _, e := range earlier {
		if sc == nil && e != nil && e != r && len(e.Matches) == len(r.Matches) && r.Query.Narrows(e.Query) {
			if sc = e.scope.Load(); sc != nil {
				r.scope.Store(sc)
			}
		}
	}
	if sc == nil {
		sc = ix.scopeOf(r.Matches)
		r.scope.Store(sc)
	}
	if w := r.Query.firstWord(); w != "" && sc.word.Load() == nil && len(sc.candidates) <= wordRowsMax {
		sc.word.CompareAndSwap(nil, ix.wordRowsOf(sc, w))
	}
}

// filterWithin returns the events of r's matches that match q. Only their
// own text, headlines, quotes and claims are scanned (see scope), and the
// tables of names, which are small, whole.
func (ix *Index) filterWithin(ctx context.Context, q Query, r *Result) ([]int32, error) {
	candidates := r.Matches
	if len(candidates) == 0 {
		return []int32{}, nil
	}
	sc := r.scope.Load()
	if sc == nil {
		sc = ix.scopeOf(candidates)
		r.scope.Store(sc) // two searches may both work it out: the same scope
	}
	plans, err := ix.plans(ctx, q, sc)
	if err != nil {
		return nil, err
	}
	defer giveBackPlans(plans)
	return ix.matchAll(ctx, plans, candidates)
}

// scope is where a refined search looks for a word: the candidate events'
// rows of text, and the sources and the quotes and claims they cite. A
// word found anywhere else could not make a candidate match.
type scope struct {
	events    bitset  // the candidates, the events whose rows hold their titles, and those whose title is a candidate's source's headline
	sourceSet bitset  // the candidates' sources, and those whose rows hold their headlines
	sources   []int32 // the same, each once
	said      []int32 // the rows of saidTab the candidates hold, each once
	rows      []int32 // the rows of the events' table that hold events, when they are not in item order (see rawTable.rowsOf)

	candidates []int32 // the events searched within: the result's matches, not a copy
	holders    bitset  // the events whose rows hold a candidate's title or a headline of the scope's sources; nil if none

	// What each key would otherwise look up again for each event and
	// source, scattered in memory: the headline of each of sources (see
	// Index.headlineOf), and the events whose row holds their title
	// elsewhere (see Index.titleOf).
	headlines []int32
	titled    []titled

	word    atomic.Pointer[wordRows]    // where the rows hold the word of the result prepared (see Index.Prepare); nil until then
	unnamed atomic.Pointer[unnamedRows] // what the last names asked about left out (see Index.unnamed)
}

// scopeOf returns the scope of candidates.
func (ix *Index) scopeOf(candidates []int32) *scope {
	sc := &scope{events: newBitset(ix.Len()), sourceSet: newBitset(len(ix.sourceOutlet)), candidates: candidates}
	said := newBitset(ix.saidTab.rows())
	holds := func(e int32) {
		if sc.holders == nil {
			sc.holders = newBitset(ix.Len())
		}
		sc.holders.set(int(e))
		sc.events.set(int(e))
	}
	for _, e := range candidates {
		sc.events.set(int(e))
		if ix.titleOf != nil && ix.titleOf[e] >= 0 {
			holds(ix.titleOf[e]) // the row that holds its title
		}
		for _, s := range ix.sources.of(int(e)) {
			if !sc.sourceSet.has(s) {
				sc.sourceSet.set(int(s))
				sc.sources = append(sc.sources, s)
			}
		}
		for _, r := range ix.said.of(int(e)) {
			if !said.has(r) {
				said.set(int(r))
				sc.said = append(sc.said, r)
			}
		}
	}
	if ix.headlineOf != nil {
		// A candidate may match through a source whose headline is
		// another event's title or in another source's row (see
		// Packer.AddSource): those are scanned too.
		sc.headlines = make([]int32, len(sc.sources))
		for i, s := range sc.sources {
			h := ix.headlineOf[s]
			sc.headlines[i] = h
			if h >= 0 {
				holds(h)
			} else if k, other := sourceOf(h); other {
				sc.sourceSet.set(k) // its row, scanned; not a candidate's source
			}
		}
	}
	if ix.titleOf != nil {
		sc.events.eachRun(0, ix.Len(), func(start, end int) {
			for e := start; e < end; e++ {
				if h := ix.titleOf[e]; h >= 0 {
					sc.titled = append(sc.titled, titled{event: int32(e), holder: h})
				}
			}
		})
	}
	if ix.events.perm != nil {
		sc.rows = ix.events.rowsOf(sc.events)
	}
	return sc
}

// titled is an event whose title another event's row holds.
type titled struct{ event, holder int32 }

// unnamed returns the scope's events less the candidates that one of
// their people or organisations already matches (people, orgs: the rows
// of the tables of names that hold the word). Those match whatever their
// own text holds, so their rows need not be read: a name typed at a
// million events matched most of its candidates so, and reading each
// candidate's row, scattered in memory, was most of a key's time. A row
// that holds a title or a headline for others is read all the same;
// matchWithin passes over the scope's rows left out. The candidates
// named, left out or not, are set in named unless it is nil: they match,
// and the test of each candidate (Index.matches) then finds them at once
// instead of looking up their names again, scattered in memory too.
//
// The keys of a word typed into a name match the same people from one to
// the next, so the scope keeps what the last names it was asked about
// left out, and the next key with the same names does not look up each
// candidate's again. The bitset returned is the scope's, or one kept with
// those names: it must not be changed.
func (ix *Index) unnamed(sc *scope, people, orgs, named bitset) bitset {
	if people == nil && orgs == nil {
		return sc.events
	}
	u := sc.unnamed.Load()
	if u == nil || !slices.Equal(u.people, people) || !slices.Equal(u.orgs, orgs) {
		// The names are copied: a plan's bitsets go back to the pool.
		u = &unnamedRows{people: slices.Clone(people), orgs: slices.Clone(orgs), within: sc.events}
		for _, e := range sc.candidates {
			if people != nil && people.hasAny(ix.people.of(int(e))) || orgs != nil && orgs.hasAny(ix.orgs.of(int(e))) {
				u.named = append(u.named, e)
			}
		}
		for _, e := range u.named {
			if sc.holders != nil && sc.holders.has(e) {
				continue // its row is read for the others
			}
			if !u.leftOut {
				u.within, u.leftOut = slices.Clone(sc.events), true
			}
			u.within[e>>6] &^= 1 << (e & 63)
		}
		sc.unnamed.Store(u)
	}
	if named != nil {
		for _, e := range u.named {
			named.set(int(e))
		}
	}
	return u.within
}

// unnamedRows is what unnamed found for some names: the candidates they
// name, and the scope's events less those whose rows need not be read.
type unnamedRows struct {
	people, orgs bitset // the names: rows of the tables of people and organisations
	named        []int32
	within       bitset
	leftOut      bool // within is a copy, less some candidates
}

// sourceList returns a function calling f with each source of the scope,
// or with each of the n sources of the index when sc is nil.
func (sc *scope) sourceList(n int) func(f func(int32)) {
	return func(f func(int32)) {
		if sc == nil {
			for s := range n {
				f(int32(s))
			}
			return
		}
		for _, s := range sc.sources {
			f(s)
		}
	}
}

// matchingWithin is matching for the rows whose item is in within.
func (t *rawTable) matchingWithin(ctx context.Context, needle string, within bitset) (bitset, error) {
	b := borrowBitset(t.rows())
	if err := t.matchWithin(ctx, needle, within, nil, b, nil); err != nil {
		return nil, err
	}
	return b, nil
}

// matchingRows is matching for one needle in the given rows only, which
// are few: each is looked at on its own.
func (t *table) matchingRows(needle string, rows []int32) bitset {
	var b bitset
	for _, r := range rows {
		if strings.Contains(t.hay[t.off[r]:t.off[r+1]], needle) {
			if b == nil {
				b = newBitset(t.rows())
			}
			b.set(int(r))
		}
	}
	return b
}

// matchWithin is match for the rows whose item is in within: runs of such
// rows are scanned as match scans all of them. When the table's rows are
// not in item order (see rawTable.perm), rows lists them (those whose
// item is not in within are passed over), or is nil to have them worked
// out here.
func (t *rawTable) matchWithin(ctx context.Context, needle string, within bitset, rows []int32, b bitset, hits *titleHits) error {
	if needle == "" {
		return nil
	}
	a := t.anchorOf(needle)
	if t.perm == nil { // row r is item r: the runs are within's own
		return matchParallel(ctx, t.rows(), func(from, to int) {
			within.eachRun(from, to, func(start, end int) { t.matchAnchored(needle, a, start, end, b, hits) })
		})
	}
	if rows == nil {
		rows = t.rowsOf(within)
	}
	in := func(r int32) bool { e := t.item(int(r)); return e >= 0 && within.has(int32(e)) }
	return splitScan(ctx, len(rows), scatteredChunk, runtime.GOMAXPROCS(0), func(from, to int) {
		for i := from; i < to; {
			if !in(rows[i]) {
				i++
				continue
			}
			j := i + 1
			for j < to && rows[j] == rows[j-1]+1 && in(rows[j]) {
				j++
			}
			t.matchAnchored(needle, a, int(rows[i]), int(rows[j-1])+1, b, hits)
			i = j
		}
	})
}

// scatteredChunk is how many rows of a list of scattered rows a worker
// takes at a time: each is a read from anywhere in memory, so a few
// hundred are worth sharing between processors where as many contiguous
// rows are not (parallelRows).
const scatteredChunk = 256

// rowsOf returns the rows whose item is in within, in order. A table
// whose rows were sorted after packing holds a refined search's
// candidates scattered among a million rows: asking each row whether its
// item is one took a fifth of a refined key's processor time, so the
// scope of a search asks once (see scopeOf).
func (t *rawTable) rowsOf(within bitset) []int32 {
	var rows []int32
	for r, e := range t.perm {
		if e >= 0 && within.has(e) {
			rows = append(rows, int32(r))
		}
	}
	return rows
}

// matchAll returns the events of candidates (all events when nil) that
// pass every plan, in order. Large lists are split between processors;
// ctx is looked at before each chunk.
func (ix *Index) matchAll(ctx context.Context, plans []termPlan, candidates []int32) ([]int32, error) {
	n := ix.Len()
	if candidates != nil {
		n = len(candidates)
	}
	event := func(i int) int32 {
		if candidates == nil {
			return int32(i)
		}
		return candidates[i]
	}
	// The matches are marked by their place among the candidates, each
	// chunk in words of its own, and counted, so that the answer is made
	// once at its length.
	found := borrowBitset(n)
	defer giveBack(found)
	counts := make([]int, (n+cancelEvery-1)/cancelEvery)
	err := matchParallel(ctx, n, func(from, to int) {
		c := 0
		for i := from; i < to; i++ {
			if ix.matches(plans, event(i)) {
				found.set(i)
				c++
			}
		}
		counts[from/cancelEvery] = c
	})
	if err != nil {
		return nil, err
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	out := make([]int32, 0, total)
	for w, word := range found {
		for ; word != 0; word &= word - 1 {
			out = append(out, event(w<<6+bits.TrailingZeros64(word)))
		}
	}
	return out, nil
}
