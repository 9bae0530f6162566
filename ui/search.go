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
	positions []int
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

// runQuery returns the matches of q now when the dataset is small, or a
// command computing them, cancelled by the next keystroke, when it is
// large. gen tags the result.
func runQuery(ix *search.Index, q search.Query, gen int, filter bool, async int, cancel *context.CancelFunc) ([]int32, tea.Cmd) {
	if *cancel != nil {
		(*cancel)()
		*cancel = nil
	}
	if len(ix.Dataset().Events) < async {
		return ix.Filter(q), nil
	}
	ctx, stop := context.WithCancel(context.Background())
	*cancel = stop
	return nil, func() tea.Msg {
		m, err := ix.FilterCtx(ctx, q)
		return matchResultMsg{gen: gen, filter: filter, matches: m, err: err}
	}
}

// matchPositions returns the list positions of the matches that are
// shown, in order.
func matchPositions(t *timeline, matches []int32) []int {
	var out []int
	if t.items == nil {
		out = make([]int, len(matches))
		for i, m := range matches {
			out[i] = int(m)
		}
		return out
	}
	for _, m := range matches {
		if p, ok := slices.BinarySearch(t.items, m); ok {
			out = append(out, p)
		}
	}
	return out
}

// nextMatch returns the position of the first shown match after (dir 1)
// or before (dir -1) position from, wrapping around; from itself counts
// when inclusive. It returns -1 when nothing matches.
func nextMatch(positions []int, from, dir int, inclusive bool) int {
	if len(positions) == 0 {
		return -1
	}
	i, found := slices.BinarySearch(positions, from)
	if dir > 0 {
		if found && !inclusive {
			i++
		}
		if i >= len(positions) {
			i = 0
		}
		return positions[i]
	}
	if found && inclusive {
		return positions[i]
	}
	i--
	if i < 0 {
		i = len(positions) - 1
	}
	return positions[i]
}

// matchOrdinal returns the 1-based rank of position p among the matches,
// or 0 when p is not a match.
func matchOrdinal(positions []int, p int) int {
	if i, ok := slices.BinarySearch(positions, p); ok {
		return i + 1
	}
	return 0
}
