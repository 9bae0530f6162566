package search

import "context"

// Result is a query with its matches, kept to answer the next query of an
// incremental search faster (see SearchCtx).
type Result struct {
	Query   Query
	Matches []int32 // event indices, in order
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
	if best == nil || len(best.Matches) > ix.Len()/2 {
		return ix.FilterCtx(ctx, q)
	}
	return ix.filterWithin(ctx, q, best.Matches)
}

// filterWithin returns the events of candidates, which are in order, that
// match q. The events' text is scanned only in the rows of candidates, and
// the tables of names, which are small, whole.
func (ix *Index) filterWithin(ctx context.Context, q Query, candidates []int32) ([]int32, error) {
	if len(candidates) == 0 {
		return []int32{}, nil
	}
	within := newBitset(ix.Len())
	for _, e := range candidates {
		within.set(int(e))
	}
	if ix.headlineOf != nil {
		// A candidate may match through a source whose headline is
		// another event's title (see Packer.AddSource): those titles
		// are scanned too.
		for _, e := range candidates {
			for _, s := range ix.sources.of(int(e)) {
				if h := ix.headlineOf[s]; h >= 0 {
					within.set(int(h))
				}
			}
		}
	}
	plans := make([]termPlan, len(q.terms))
	for k := range q.terms {
		p, err := ix.planWithin(ctx, &q.terms[k], within)
		if err != nil {
			return nil, err
		}
		p.marks = q.marks
		plans[k] = p
	}
	return ix.matchAll(ctx, plans, candidates)
}

// planWithin is plan, with the events' text scanned only in the rows of
// the events in within.
func (ix *Index) planWithin(ctx context.Context, t *term, within bitset) (termPlan, error) {
	if t.field != fieldText {
		return ix.plan(ctx, t)
	}
	return ix.planText(ctx, t, func(needle string, events, titles bitset) error {
		return ix.events.matchWithin(ctx, needle, within, events, titles)
	})
}

// matchWithin is match for the rows whose item is in within: runs of such
// rows are scanned as match scans all of them.
func (t *rawTable) matchWithin(ctx context.Context, needle string, within, b, firsts bitset) error {
	if needle == "" {
		return nil
	}
	a := t.anchorOf(needle)
	return matchParallel(ctx, t.rows(), func(from, to int) {
		run := -1
		for r := from; r < to; r++ {
			e := t.item(r)
			in := e >= 0 && within.has(int32(e))
			switch {
			case in && run < 0:
				run = r
			case !in && run >= 0:
				t.matchAnchored(needle, a, run, r, b, firsts)
				run = -1
			}
		}
		if run >= 0 {
			t.matchAnchored(needle, a, run, to, b, firsts)
		}
	})
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
	chunks := make([][]int32, (n+cancelEvery-1)/cancelEvery)
	err := matchParallel(ctx, n, func(from, to int) {
		var out []int32
		for i := from; i < to; i++ {
			if e := event(i); ix.matches(plans, e) {
				out = append(out, e)
			}
		}
		chunks[from/cancelEvery] = out
	})
	if err != nil {
		return nil, err
	}
	total := 0
	for _, c := range chunks {
		total += len(c)
	}
	out := make([]int32, 0, total)
	for _, c := range chunks {
		out = append(out, c...)
	}
	return out, nil
}
