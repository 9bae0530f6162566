package search

import (
	"context"
	"fmt"
	"math/bits"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
)

// cancelEvery is how many events are scanned between two looks at the
// context: often enough to stop within a millisecond or two at a million
// events, rarely enough to cost nothing.
const cancelEvery = 4096

// bitset is a set of row numbers.
type bitset []uint64

func newBitset(n int) bitset             { return make(bitset, (n+63)/64) }
func (b bitset) set(i int)               { b[i>>6] |= 1 << (i & 63) }
func (b bitset) has(i int32) bool        { return b[i>>6]&(1<<(i&63)) != 0 }
func (b bitset) hasAny(ids []int32) bool { return anyIn(b, ids) }

// eachRun calls f(start, end) for each run of consecutive set bits of b
// within [from, to), in order: a refined search scans the rows of its
// candidates, a few in a million, without looking at the others one by
// one.
func (b bitset) eachRun(from, to int, f func(start, end int)) {
	for i := from; i < to; {
		w := i >> 6
		word := b[w] &^ (uint64(1)<<(i&63) - 1) // the set bits from i on
		for word == 0 {
			if w++; w<<6 >= to {
				return
			}
			word = b[w]
		}
		start := w<<6 + bits.TrailingZeros64(word)
		if start >= to {
			return
		}
		word = ^b[w] &^ (uint64(1)<<(start&63) - 1) // the clear bits from start on
		for word == 0 {
			if w++; w<<6 >= to {
				f(start, to)
				return
			}
			word = ^b[w]
		}
		end := min(w<<6+bits.TrailingZeros64(word), to)
		f(start, end)
		i = end
	}
}

// list returns the members of b below n, in order.
func (b bitset) list(n int) []int32 {
	var out []int32
	b.eachRun(0, n, func(start, end int) {
		for i := start; i < end; i++ {
			out = append(out, int32(i))
		}
	})
	return out
}

func anyIn(b bitset, ids []int32) bool {
	for _, i := range ids {
		if b.has(i) {
			return true
		}
	}
	return false
}

// Filter returns the indices of the events that match q, in order. It
// gives the same answer as q.Filter on the dataset.
func (ix *Index) Filter(q Query) []int32 {
	out, _ := ix.FilterCtx(context.Background(), q)
	return out
}

// FilterCtx is Filter for searches run in the background: it looks at ctx
// every few thousand events and, once ctx is done, stops and returns
// ctx.Err() with no result, so that a newer keystroke can supersede an
// older search at a million events.
func (ix *Index) FilterCtx(ctx context.Context, q Query) ([]int32, error) {
	n := ix.Len()
	if q.Empty() {
		out := make([]int32, n)
		for i := range out {
			out[i] = int32(i)
		}
		return out, nil
	}
	plans, err := ix.plans(ctx, q, nil)
	if err != nil {
		return nil, err
	}
	defer giveBackPlans(plans)
	return ix.matchAll(ctx, plans, nil)
}

// plans plans every term of q, its words within sc (nil: everywhere).
func (ix *Index) plans(ctx context.Context, q Query, sc *scope) ([]termPlan, error) {
	plans := make([]termPlan, len(q.terms))
	for k := range q.terms {
		p, err := ix.plan(ctx, &q.terms[k], sc)
		if err != nil {
			return nil, err
		}
		p.marks = q.marks
		plans[k] = p
	}
	return plans, nil
}

// termPlan is a term made ready for the final pass over the events: the
// events or table rows it matches, worked out once.
type termPlan struct {
	t       *term
	events  bitset // fieldText: events whose own text matches
	people  bitset // fieldText, fieldPerson: matching people, nil if none
	orgs    bitset // fieldText, fieldOrg: matching organisations, nil if none
	sources bitset // fieldText, fieldOutlet: matching sources, nil if none
	said    bitset // fieldText: matching quotes and claims, nil if none
	tags    bitset // fieldTag: matching tags, nil if none
	marks   *Marks // fieldStarred, fieldNote: the query's marks
}

// plan scans the text and the tables once for a term, its words within sc
// (nil: everywhere).
func (ix *Index) plan(ctx context.Context, t *term, sc *scope) (termPlan, error) {
	p := termPlan{t: t}
	var err error
	switch t.field {
	case fieldText:
		return ix.planText(ctx, t, sc)
	case fieldPerson:
		p.people = ix.personTab.matching(t.values)
	case fieldOrg:
		p.orgs = ix.orgTab.matching(t.values)
	case fieldTag:
		p.tags = ix.tagTab.matching(t.values)
	case fieldOutlet:
		if outlets := ix.outletTab.matching(t.values); outlets != nil {
			p.sources = ix.withOutlets(nil, outlets, (*scope)(nil).sourceList(len(ix.sourceOutlet)))
		}
	}
	return p, err
}

// planText plans a word or phrase: it finds the events whose own text
// contains the needle, and those whose title does, for the headlines they
// share, and the rows of the tables of names, headlines, quotes and
// claims that contain it. With a scope (refine.go), only the scope's
// events and their headlines, quotes and claims are looked at; the tables
// of people's and organisations' names, which are small, are scanned
// whole either way.
func (ix *Index) planText(ctx context.Context, t *term, sc *scope) (termPlan, error) {
	p := termPlan{t: t}
	needle := []string{t.text}
	p.events = borrowBitset(ix.Len())
	var hits *titleHits // events whose title has the word, for the headlines and titles they share
	if ix.headlineOf != nil || ix.titleOf != nil {
		hits = &titleHits{}
	}
	if ix.headlineOf != nil {
		hits.en = borrowBitset(ix.Len())
	}
	if ix.titleOf != nil {
		hits.both = borrowBitset(ix.Len())
	}
	p.people = ix.personTab.matching(needle)
	p.orgs = ix.orgTab.matching(needle)
	var err error
	var word *wordRows // where the scope's rows hold the word this one extends, if they do
	if sc != nil {
		if word = sc.word.Load(); !word.extendedBy(t.text) {
			word = nil
		}
	}
	if sc == nil {
		err = ix.events.match(ctx, needle, p.events, hits)
	} else {
		within := ix.unnamed(sc, p.people, p.orgs, p.events)
		if word != nil {
			err = ix.events.matchOccurrences(ctx, t.text, &word.events, within, p.events, hits)
		} else {
			err = ix.events.matchWithin(ctx, t.text, within, sc.rows, p.events, hits)
		}
	}
	if err != nil {
		return p, err
	}
	if ix.titleOf != nil {
		ix.sharedTitles(p.events, hits.both, sc)
	}
	sources := sc.sourceList(len(ix.sourceOutlet))
	if sc == nil {
		p.sources = ix.sourceTitles.matching(needle)
	} else if word != nil {
		p.sources = borrowBitset(ix.sourceTitles.rows())
		if err = ix.sourceTitles.matchOccurrences(ctx, t.text, &word.sources, sc.sourceSet, p.sources, nil); err != nil {
			return p, err
		}
	} else if p.sources, err = ix.sourceTitles.matchingWithin(ctx, t.text, sc.sourceSet); err != nil {
		return p, err
	}
	if ix.headlineOf != nil {
		// Headlines held elsewhere: in an event's title, or in another
		// source's row, which has no headline elsewhere itself, so the
		// rows found are read before any is added.
		rows := p.sources
		headline := func(s, h int32) {
			k, other := sourceOf(h)
			if h >= 0 && hits.en.has(h) || other && rows != nil && rows.has(int32(k)) {
				if p.sources == nil {
					p.sources = borrowBitset(len(ix.headlineOf))
				}
				p.sources.set(int(s))
			}
		}
		if sc == nil {
			for s, h := range ix.headlineOf {
				headline(int32(s), h)
			}
		} else {
			for i, s := range sc.sources {
				headline(s, sc.headlines[i])
			}
		}
	}
	if hits != nil {
		giveBack(hits.en, hits.both)
	}
	if outlets := ix.outletTab.matching(needle); outlets != nil {
		p.sources = ix.withOutlets(p.sources, outlets, sources)
	}
	if sc == nil {
		p.said = ix.saidTab.matching(needle)
	} else {
		p.said = ix.saidTab.matchingRows(t.text, sc.said)
	}
	return p, nil
}

// sharedTitles adds to events those whose title another event's row holds
// (see titleOf), when that title has the word (titles), within sc's
// events only (their list, scope.titled) unless sc is nil.
func (ix *Index) sharedTitles(events, titles bitset, sc *scope) {
	if sc != nil {
		for _, t := range sc.titled {
			if titles.has(t.holder) {
				events.set(int(t.event))
			}
		}
		return
	}
	for e, h := range ix.titleOf {
		if h >= 0 && titles.has(h) {
			events.set(e)
		}
	}
}

// withOutlets adds to sources (made if nil) the sources whose outlet is in
// outlets, and returns it.
func (ix *Index) withOutlets(sources, outlets bitset, each func(func(int32))) bitset {
	if sources == nil {
		sources = borrowBitset(len(ix.sourceOutlet))
	}
	each(func(s int32) {
		if outlets.has(ix.sourceOutlet[s]) {
			sources.set(int(s))
		}
	})
	return sources
}

// matches reports whether event i passes every planned term.
func (ix *Index) matches(plans []termPlan, i int32) bool {
	for k := range plans {
		p := &plans[k]
		t := p.t
		var ok bool
		switch t.field {
		case fieldText:
			ok = p.events.has(i) ||
				p.people != nil && p.people.hasAny(ix.people.of(int(i))) ||
				p.orgs != nil && p.orgs.hasAny(ix.orgs.of(int(i))) ||
				p.sources != nil && p.sources.hasAny(ix.sources.of(int(i))) ||
				p.said != nil && p.said.hasAny(ix.said.of(int(i)))
		case fieldKind:
			ok = t.kinds&(1<<ix.kind[i]) != 0
		case fieldStatus:
			ok = t.status&ix.status[i] != 0
		case fieldFrom:
			ok = ix.last[i] >= t.day
		case fieldTo:
			ok = ix.first[i] <= t.day
		case fieldPerson:
			ok = p.people != nil && p.people.hasAny(ix.people.of(int(i)))
		case fieldOrg:
			ok = p.orgs != nil && p.orgs.hasAny(ix.orgs.of(int(i)))
		case fieldOutlet:
			ok = p.sources != nil && p.sources.hasAny(ix.sources.of(int(i)))
		case fieldTag:
			ok = p.tags != nil && p.tags.hasAny(ix.tags.of(int(i)))
		case fieldStarred, fieldNote:
			ok = markTerm(p.marks, t, i)
		}
		if ok == t.neg {
			return false
		}
	}
	return true
}

// matching returns the rows that contain any of needles, or nil when none
// does (so that callers skip the per-event test).
func (t *table) matching(needles []string) bitset {
	b := newBitset(t.rows())
	if t.match(context.Background(), needles, b) != nil {
		return nil
	}
	for _, w := range b {
		if w != 0 {
			return b
		}
	}
	return nil
}

// parallelRows is the table size from which a scan is split between
// processors.
const parallelRows = 4 * cancelEvery

// match sets in b the rows that contain any of needles (see
// matchParallel).
func (t *table) match(ctx context.Context, needles []string, b bitset) error {
	return matchParallel(ctx, t.rows(), func(from, to int) {
		for _, needle := range needles {
			t.matchRange(needle, from, to, b)
		}
	})
}

// matchParallel calls scan on the rows [0, n) in chunks of cancelEvery
// rows (a multiple of 64, so that no two chunks share a word of a bitset
// of rows). Large tables are shared between GOMAXPROCS workers; ctx is
// looked at before each chunk.
func matchParallel(ctx context.Context, n int, scan func(from, to int)) error {
	if n < parallelRows {
		return splitScan(ctx, n, cancelEvery, 1, scan)
	}
	return splitScan(ctx, n, cancelEvery, runtime.GOMAXPROCS(0), scan)
}

// splitScan calls scan on [0, n) in chunks of chunk, shared between at
// most workers goroutines; ctx is looked at before each chunk.
func splitScan(ctx context.Context, n, chunk, workers int, scan func(from, to int)) error {
	workers = min(workers, (n+chunk-1)/chunk)
	var next atomic.Int64
	work := func() error {
		for {
			c := int(next.Add(1)-1) * chunk
			if c >= n {
				return nil
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			scan(c, min(c+chunk, n))
		}
	}
	if workers < 2 {
		return work()
	}
	// A panic in a goroutine of ours would kill the program without
	// restoring the terminal: each worker turns one into an error, but
	// hands a memory fault back to a caller that asked for it (see
	// panicsOnFault).
	var wg sync.WaitGroup
	var panicked atomic.Pointer[error]
	var fault atomic.Pointer[any]
	onFault := panicsOnFault()
	for range workers - 1 {
		wg.Go(func() {
			debug.SetPanicOnFault(onFault)
			defer func() {
				if r := recover(); r != nil && onFault && isFault(r) {
					fault.CompareAndSwap(nil, &r)
				} else if r != nil {
					err := fmt.Errorf("search worker panicked: %v", r)
					panicked.CompareAndSwap(nil, &err)
				}
			}()
			work()
		})
	}
	err := func() error {
		defer wg.Wait() // even when this goroutine's own scan faults
		return work()
	}()
	if r := fault.Load(); r != nil {
		panic(*r)
	}
	if p := panicked.Load(); p != nil {
		return *p
	}
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// matchRange sets in b the rows in [from, to) that contain needle. It looks
// for the needle's rarest byte (by the table's byte counts) with
// strings.IndexByte, which runs at memory speed, checks the needle around
// each hit, and after a match skips to the next row. Searching for the
// first byte instead, as strings.Index does, is several times slower when
// that byte is common (BENCHMARKS.md).
func (t *table) matchRange(needle string, from, to int, b bitset) {
	n := len(needle)
	k := t.rarest(needle)
	c := needle[k]
	pos, limit := int(t.off[from]), int(t.off[to])
	row := from
	for pos+n <= limit {
		j := strings.IndexByte(t.hay[pos+k:limit-n+1+k], c)
		if j < 0 {
			return
		}
		start := pos + j
		if t.hay[start:start+n] != needle {
			pos = start + 1
			continue
		}
		for int(t.off[row+1]) <= start {
			row++
		}
		b.set(row)
		row++
		pos = int(t.off[row])
	}
}

// rarest returns the position in needle of its least frequent byte in the
// table.
func (t *table) rarest(needle string) int {
	best := 0
	for i := 1; i < len(needle); i++ {
		if t.freq[needle[i]] < t.freq[needle[best]] {
			best = i
		}
	}
	return best
}
