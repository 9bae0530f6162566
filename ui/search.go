package ui

import (
	"context"
	"runtime/debug"
	"slices"

	tea "charm.land/bubbletea/v2"

	"timeline/model"
	"timeline/search"
)

// asyncEvents is the default dataset size from which searches and filters
// run as commands, off the Update path, so that typing never waits.
const asyncEvents = 200_000

// indexAsyncEvents is the dataset size from which the search index is
// built by a command at start-up rather than on the first keystroke: at
// 100k events building it takes about 0.7 s, which a first "/" must not
// wait for.
const indexAsyncEvents = 20_000

// finder is the state of "/": the query, its matches (dataset indices,
// in order), their positions in the list as shown, and the generation that
// tells a stale result from a fresh one.
type finder struct {
	text      string
	query     search.Query
	terms     []string
	matches   []int32
	positions []int32
	gen       int
	cancel    context.CancelFunc
	pending   bool // a command is computing matches for gen
	origin    int  // dataset index selected when "/" was pressed
}

// active reports whether a search is on.
func (s *finder) active() bool { return s.text != "" }

// highlighted returns the search whose terms are marked in the text, or
// "" when nothing is.
func (s *finder) highlighted() string {
	if s.active() && len(s.terms) > 0 {
		return s.text
	}
	return ""
}

// matchResultMsg carries the result of a query run as a command.
type matchResultMsg struct {
	gen     int
	filter  bool // true for the filter, false for the search
	query   search.Query
	matches []int32
	err     error
}

// indexReadyMsg carries a search index built as a command.
type indexReadyMsg struct{ ix *search.Index }

// buildIndex returns a command that builds the search index. It first
// collects the garbage the load left (the loader's buffers and tables, a
// tenth of the heap at 100k events) and gives that memory back to the
// system. Otherwise the heap would not be collected again before it
// doubled, the index would grow it instead, and the explorer's resident
// size would peak that much higher; a collection alone frees pages that
// the index's large lists cannot all use.
func buildIndex(ds *model.Dataset, text *search.Packed) tea.Cmd {
	return func() tea.Msg {
		debug.FreeOSMemory()
		return indexReadyMsg{search.NewIndex(ds, text)}
	}
}

// recall holds the results of the latest queries of both prompts, "/"
// and "f": the next query searches within the narrowest one it narrows
// (search.Index.SearchCtx), as fzf refines its last result from one key
// to the next, and a query typed again is answered from memory. Results
// are positions in one version of the dataset and its marks, so an edit,
// a reload or a change of stars or notes forgets them.
type recall struct{ results []*search.Result }

// recallSize is how many results recall keeps: a word typed and then
// erased key by key finds each of its prefixes still there.
const recallSize = 16

// recallDense is how many matches a result may have and be kept however
// many of the events it holds.
const recallDense = 1 << 16

// add keeps the matches of q among events, dropping the oldest result
// when full, and returns the result kept, or nil. A large result that no
// later query searches within (search.SearchedWithin) is not kept: the
// first keys' results at a million events are megabytes that a heap near
// its limit has no room to hold (idle_collect.go).
func (r *recall) add(q search.Query, matches []int32, events int) *search.Result {
	if !search.SearchedWithin(len(matches), events) && len(matches) > recallDense {
		return nil
	}
	if len(r.results) == recallSize {
		r.results = slices.Delete(r.results, 0, 1)
	}
	res := &search.Result{Query: q, Matches: matches}
	r.results = append(r.results, res)
	return res
}

// forget drops every result: the events or the marks have changed.
func (r *recall) forget() { r.results = nil }

// query is one run of a prompt's query: on ix, or on ds by a scan while
// ix is still being built (nil), tagged gen, within the results of
// earlier when they help.
type query struct {
	ix      *search.Index
	ds      *model.Dataset
	q       search.Query
	gen     int
	filter  bool
	earlier []*search.Result
	reads   *reads // held while the run reads ix or ds as a command
	version uint64 // reads.version when the run was made
}

// run returns the matches now when the dataset is small, or a command
// computing them, cancelled by the next keystroke, when it is large or
// its index is not built yet: the first keys of a search are answered by
// a scan of the events, which the index then replaces.
func (r query) run(async int, cancel *context.CancelFunc) ([]int32, tea.Cmd) {
	if *cancel != nil {
		(*cancel)()
		*cancel = nil
	}
	if r.ix != nil && len(r.ds.Events) < async {
		m, _ := r.ix.SearchCtx(context.Background(), r.q, r.earlier...)
		return m, nil
	}
	ctx, stop := context.WithCancel(context.Background())
	*cancel = stop
	return nil, func() tea.Msg {
		if !r.reads.enter(r.version) {
			return matchResultMsg{gen: r.gen, filter: r.filter, query: r.q, err: context.Canceled}
		}
		defer r.reads.leave()
		var m []int32
		var err error
		if r.ix == nil {
			m, err = r.q.FilterCtx(ctx, r.ds)
		} else {
			m, err = r.ix.SearchCtx(ctx, r.q, r.earlier...)
		}
		return matchResultMsg{gen: r.gen, filter: r.filter, query: r.q, matches: m, err: err}
	}
}

// matchPositions returns the list positions of the matches that are
// shown, in order. When the list shows every event, they are the matches
// themselves, not a copy: a first key at a million events matches most of
// them, and a copy for every key made the collector run at each.
func matchPositions(t *timeline, matches []int32) []int32 {
	if t.items == nil {
		return matches
	}
	var out []int32
	for _, m := range matches {
		if p, ok := slices.BinarySearch(t.items, m); ok {
			out = append(out, int32(p))
		}
	}
	return out
}

// nextMatch returns the position of the first shown match after (dir 1)
// or before (dir -1) position from, wrapping around; from itself counts
// when inclusive. It returns -1 when nothing matches.
func nextMatch(positions []int32, from, dir int, inclusive bool) int {
	if len(positions) == 0 {
		return -1
	}
	i, found := slices.BinarySearch(positions, int32(from))
	if dir > 0 {
		if found && !inclusive {
			i++
		}
		if i >= len(positions) {
			i = 0
		}
		return int(positions[i])
	}
	if found && inclusive {
		return int(positions[i])
	}
	i--
	if i < 0 {
		i = len(positions) - 1
	}
	return int(positions[i])
}

// matchOrdinal returns the 1-based rank of position p among the matches,
// or 0 when p is not a match.
func matchOrdinal(positions []int32, p int) int {
	if i, ok := slices.BinarySearch(positions, int32(p)); ok {
		return i + 1
	}
	return 0
}
