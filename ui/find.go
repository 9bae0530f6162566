package ui

import (
	"context"
	"errors"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"timeline/model"
	"timeline/search"
)

// How the explorer finds events: "/" searches as you type and keeps the
// list whole, "f" filters it, 1–9 hide kinds, "@" jumps to a date, "m" and
// "'" mark and come back, ctrl+o and ctrl+i retrace jumps.

// handleFindKey applies the keys of search, filter, marks and jumps.
func (e *explorer) handleFindKey(msg tea.KeyPressMsg, k explorerKeys) tea.Cmd {
	cur := e.list.selectedIndex()
	switch {
	case key.Matches(msg, k.Search):
		e.search.origin = cur
		return e.prompt.open(searchPrompt, e.search.text)
	case key.Matches(msg, k.Filter):
		e.filter.origin = cur
		return e.prompt.open(filterPrompt, e.filter.text)
	case key.Matches(msg, k.JumpDate):
		return e.prompt.open(jumpPrompt, "")
	case key.Matches(msg, k.NextMatch), key.Matches(msg, k.PrevMatch):
		dir := 1
		if key.Matches(msg, k.PrevMatch) {
			dir = -1
		}
		if p := nextMatch(e.search.positions, e.list.sel, dir, false); p >= 0 {
			e.jumps.push(cur)
			e.list.selectEvent(p)
		}
	case key.Matches(msg, k.Kinds):
		kind := model.Kind(msg.Code - '1')
		e.filter.hidden ^= 1 << kind
		e.applyFilter()
	case key.Matches(msg, k.NoKind):
		e.filter.hidden ^= 1 << model.NoKind
		e.applyFilter()
	case key.Matches(msg, k.Mark):
		if e.mark == cur {
			e.mark = -1
			e.send(noticeMsg{e.cat.T("status.unmarked")})
		} else if cur >= 0 {
			e.mark = cur
			e.send(noticeMsg{e.cat.T("status.marked")})
		}
	case key.Matches(msg, k.ToMark):
		if e.mark < 0 {
			e.send(noticeMsg{e.cat.T("status.nomark")})
			break
		}
		e.jumps.push(cur)
		e.selectIndex(e.mark)
	case key.Matches(msg, k.JumpBack):
		if to := e.jumps.goBack(cur); to >= 0 {
			e.selectIndex(to)
		} else {
			e.send(noticeMsg{e.cat.T("status.nojump")})
		}
	case key.Matches(msg, k.JumpForward):
		if to := e.jumps.goForward(cur); to >= 0 {
			e.selectIndex(to)
		}
	}
	return nil
}

// updatePrompt gives msg to the open prompt and acts on what it sends: an
// edit runs the search or the filter at once (or as a command on a large
// dataset); enter keeps it, or jumps to the date typed; esc cancels it.
func (e *explorer) updatePrompt(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	e.prompt, cmd = e.prompt.Update(msg)
	switch ask := e.prompt.take().(type) {
	case promptEditedMsg:
		switch ask.mode {
		case searchPrompt:
			return tea.Batch(cmd, e.setSearch(ask.value))
		case filterPrompt:
			return tea.Batch(cmd, e.setFilter(ask.value))
		}
	case promptDoneMsg:
		switch {
		case ask.mode == searchPrompt && !ask.accepted:
			origin := e.search.origin
			e.clearSearch()
			e.selectIndex(origin)
		case ask.mode == filterPrompt && !ask.accepted:
			e.clearFilter()
		case ask.mode == filterPrompt:
			e.prompt.remember(e.filter.text)
		case ask.mode == jumpPrompt && ask.accepted:
			e.jumpTo(ask.value)
		}
	}
	return cmd
}

// setSearch parses text and finds its matches.
func (e *explorer) setSearch(text string) tea.Cmd {
	q, err := search.ParseQuery(text)
	if err != nil {
		e.prompt.hint = queryHint(err, e.cat)
		if !incomplete(err) {
			return nil
		}
	}
	q = q.WithMarks(e.notes.marks)
	s := &e.search
	s.text, s.query, s.terms = text, q, q.Terms()
	s.gen++
	if q.Empty() {
		e.clearSearch()
		e.selectIndex(s.origin)
		return nil
	}
	e.ensureIndex()
	matches, cmd := e.query(q, s.gen, false).run(e.async, &s.cancel)
	s.pending = cmd != nil
	if cmd == nil {
		e.recall.add(q, matches, len(e.ds.Events))
		e.setSearchMatches(matches)
	}
	return cmd
}

// setSearchMatches stores the matches and moves the selection to the first
// one from where the search started, as incremental search does.
func (e *explorer) setSearchMatches(matches []int32) {
	s := &e.search
	s.matches, s.pending = matches, false
	s.positions = matchPositions(&e.list, matches)
	if p := nextMatch(s.positions, e.list.positionOf(max(s.origin, 0)), 1, true); p >= 0 {
		e.list.selectEvent(p)
	}
}

// incomplete reports whether err is a query still being typed ("kind:"
// without a value, a quote not yet closed): its finished terms apply
// meanwhile, so that the list does not empty itself while a field is typed.
func incomplete(err error) bool {
	var qe *search.QueryError
	return errors.As(err, &qe) && qe.Incomplete
}

// clearSearch forgets the search and its highlights.
func (e *explorer) clearSearch() {
	s := &e.search
	if s.cancel != nil {
		s.cancel()
	}
	*s = finder{gen: s.gen + 1, origin: s.origin}
}

// setFilter parses text and narrows the list to its matches.
func (e *explorer) setFilter(text string) tea.Cmd {
	q, err := search.ParseQuery(text)
	if err != nil {
		e.prompt.hint = queryHint(err, e.cat)
		if !incomplete(err) {
			return nil
		}
	}
	q = q.WithMarks(e.notes.marks)
	f := &e.filter
	f.text, f.query = text, q
	f.gen++
	if q.Empty() {
		f.matches = nil
		e.applyFilter()
		return nil
	}
	e.ensureIndex()
	matches, cmd := e.query(q, f.gen, true).run(e.async, &f.cancel)
	f.pending = cmd != nil
	if cmd == nil {
		e.recall.add(q, matches, len(e.ds.Events))
		f.matches = matches
		e.applyFilter()
	}
	return cmd
}

// clearFilter shows every event again, kinds included.
func (e *explorer) clearFilter() {
	f := &e.filter
	if f.cancel != nil {
		f.cancel()
	}
	*f = filter{gen: f.gen + 1, origin: f.origin}
	e.applyFilter()
}

// applyFilter rebuilds the list from the filter, keeping the selection on
// the same event when it is still shown, else on the nearest one by date.
func (e *explorer) applyFilter() {
	prevIdx := e.list.selectedIndex()
	if e.prompt.mode == filterPrompt && e.filter.origin >= 0 {
		// While typing, stay anchored where the filter started, so that
		// the intermediate filters of a half-typed query do not drift the
		// selection.
		prevIdx = e.filter.origin
	}
	var prev *model.Event
	if prevIdx >= 0 && prevIdx < len(e.ds.Events) {
		prev = &e.ds.Events[prevIdx]
	}
	cols := columnsOf(e.ds, e.ix)
	e.list = e.list.rebuilt(e.ds, cols, e.filter.items(cols))
	switch {
	case prev == nil:
		e.list.selectEvent(0)
	case e.list.n > 0 && e.list.index(e.list.positionOf(prevIdx)) == prevIdx:
		e.list.selectEvent(e.list.positionOf(prevIdx))
	default:
		e.list.selectEvent(e.list.nearestDay(prev.Date.Days()))
	}
	e.search.positions = matchPositions(&e.list, e.search.matches)
}

// ensureIndex builds the search index now when the dataset is small; a
// larger dataset's index comes from the command Init starts, and until it
// does, queries scan the events.
func (e *explorer) ensureIndex() {
	if e.ix == nil && len(e.ds.Events) < min(e.async, indexAsyncEvents) {
		e.ix = search.NewIndex(e.ds, e.text)
	}
}

// query returns a run of q on the explorer's index (or its events, while
// the index is built), within the results recalled: a copy of their list,
// which the run may read in the background while recall changes.
func (e *explorer) query(q search.Query, gen int, filter bool) query {
	return query{ix: e.ix, ds: e.ds, q: q, gen: gen, filter: filter, earlier: slices.Clone(e.recall.results),
		reads: e.reads, version: e.reads.version}
}

// handleResult applies a query run as a command, unless a newer keystroke
// has made it stale, and returns the command that prepares the next key's
// search within it.
func (e *explorer) handleResult(r matchResultMsg) tea.Cmd {
	if r.err != nil {
		// A cancelled search was superseded; any other failure is said.
		if !errors.Is(r.err, context.Canceled) {
			if r.filter {
				e.filter.pending = false
			} else {
				e.search.pending = false
			}
			e.send(noticeMsg{r.err.Error()})
		}
		return nil
	}
	var kept *search.Result
	if r.gen == e.filter.gen && r.filter || r.gen == e.search.gen && !r.filter {
		kept = e.recall.add(r.query, r.matches, len(e.ds.Events))
	}
	if r.filter {
		if r.gen == e.filter.gen {
			e.filter.matches, e.filter.pending = r.matches, false
			e.applyFilter()
		}
	} else if r.gen == e.search.gen {
		e.setSearchMatches(r.matches)
	}
	return e.prepare(kept)
}

// prepare returns a command that works out, once its result is on the
// screen, where a search within r looks (search.Index.Prepare), so that
// the key that narrows it does not: tens of milliseconds at a million
// events, which made the first key of a word that searched within the
// last one the slowest of them. Nil when there is nothing to prepare.
func (e *explorer) prepare(r *search.Result) tea.Cmd {
	if r == nil || e.ix == nil {
		return nil
	}
	ix, reads, version, earlier := e.ix, e.reads, e.reads.version, slices.Clone(e.recall.results)
	return func() tea.Msg {
		if reads.enter(version) {
			defer reads.leave()
			ix.Prepare(r, earlier...)
		}
		return nil
	}
}

// indexReady stores the index and runs again on it what is still being
// scanned of what was typed while it was built.
func (e *explorer) indexReady(ix *search.Index) tea.Cmd {
	if ix.Dataset() != e.ds {
		return nil // built for a version of the file since replaced
	}
	e.ix = ix
	var cmds []tea.Cmd
	if e.search.pending {
		cmds = append(cmds, e.setSearch(e.search.text))
	}
	if e.filter.pending {
		cmds = append(cmds, e.setFilter(e.filter.text))
	}
	return tea.Batch(cmds...)
}

// jumpTo selects the shown event nearest the date the user typed.
func (e *explorer) jumpTo(text string) {
	ev := e.list.selected()
	if ev == nil {
		return
	}
	start, end, err := search.ParseJump(text, ev.Date.Days())
	if err != nil {
		e.send(noticeMsg{err.Error()})
		return
	}
	e.jumps.push(e.list.selectedIndex())
	p := e.list.nearestDay(start)
	if d := e.list.event(p).Date.Days(); d < start && p+1 < e.list.n && e.list.event(p+1).Date.Days() <= end {
		p++ // "2025-07" means July: prefer an event inside it to a nearer one before
	}
	e.list.selectEvent(p)
}

// selectIndex selects the event with dataset index idx, or the next shown
// one when the filter hides it.
func (e *explorer) selectIndex(idx int) {
	if idx < 0 || e.list.n == 0 {
		return
	}
	e.list.selectEvent(e.list.positionOf(idx))
}
