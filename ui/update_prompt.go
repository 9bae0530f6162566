package ui

import (
	"context"
	"errors"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"timeline/model"
	"timeline/search"
)

// handlePromptKey edits the open prompt. Enter accepts, esc cancels (and
// clears a search or filter), up and down recall earlier filters.
func (m Model) handlePromptKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	p := &m.prompt
	switch msg.String() {
	case "ctrl+c":
		return m, tea.Quit
	case "esc":
		switch p.mode {
		case searchPrompt:
			origin := m.search.origin
			m.clearSearch()
			m.selectIndex(origin)
		case filterPrompt:
			m.clearFilter()
		}
		p.close()
		m.syncDetail()
		return m, nil
	case "enter":
		mode := p.mode
		p.close()
		switch mode {
		case filterPrompt:
			p.remember(m.filter.text)
		case jumpPrompt:
			m.jumpTo(m.prompt.input.Value())
		}
		m.syncDetail()
		return m, nil
	case "up", "down":
		if p.mode == filterPrompt {
			delta := -1
			if msg.String() == "down" {
				delta = 1
			}
			if p.recall(delta) {
				return m, m.promptChanged()
			}
		}
		return m, nil
	}
	before := p.input.Value()
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() == before {
		return m, cmd
	}
	return m, tea.Batch(cmd, m.promptChanged())
}

// handlePaste feeds a paste to the open prompt; the input caps its length
// and the value is sanitised before use.
func (m Model) handlePaste(msg tea.PasteMsg) (tea.Model, tea.Cmd) {
	if m.prompt.mode == noPrompt {
		return m, nil
	}
	var cmd tea.Cmd
	m.prompt.input, cmd = m.prompt.input.Update(msg)
	return m, tea.Batch(cmd, m.promptChanged())
}

// promptChanged applies the prompt's new value: a search or a filter runs
// at once (or as a command on a large dataset); a date waits for enter.
func (m *Model) promptChanged() tea.Cmd {
	text := m.prompt.value()
	m.prompt.hint = ""
	switch m.prompt.mode {
	case searchPrompt:
		return m.setSearch(text)
	case filterPrompt:
		return m.setFilter(text)
	}
	return nil
}

// setSearch parses text and finds its matches.
func (m *Model) setSearch(text string) tea.Cmd {
	q, err := search.ParseQuery(text)
	if err != nil {
		m.prompt.hint = err.Error()
		return nil
	}
	s := &m.search
	s.text, s.query, s.terms = text, q, q.Terms()
	s.gen++
	if q.Empty() {
		m.clearSearch()
		m.selectIndex(s.origin)
		return nil
	}
	if m.ix == nil && !m.ensureIndex() {
		s.pending = true
		return nil
	}
	matches, cmd := runQuery(m.ix, q, s.gen, false, m.async, &s.cancel)
	s.pending = cmd != nil
	if cmd == nil {
		m.setSearchMatches(matches)
	}
	return cmd
}

// setSearchMatches stores the matches and moves the selection to the first
// one from where the search started, as incremental search does.
func (m *Model) setSearchMatches(matches []int32) {
	s := &m.search
	s.matches, s.pending = matches, false
	s.positions = matchPositions(&m.list, matches)
	if p := nextMatch(s.positions, m.list.positionOf(max(s.origin, 0)), 1, true); p >= 0 {
		m.list.selectEvent(p)
	}
	m.detailEvent = -1 // highlights changed
	m.syncDetail()
}

// clearSearch forgets the search and its highlights.
func (m *Model) clearSearch() {
	s := &m.search
	if s.cancel != nil {
		s.cancel()
	}
	origin := s.origin
	*s = finder{gen: s.gen + 1, origin: origin}
	m.detailEvent = -1
}

// setFilter parses text and narrows the list to its matches.
func (m *Model) setFilter(text string) tea.Cmd {
	q, err := search.ParseQuery(text)
	if err != nil {
		m.prompt.hint = err.Error()
		return nil
	}
	f := &m.filter
	f.text, f.query = text, q
	f.gen++
	if q.Empty() {
		f.matches = nil
		m.applyFilter()
		return nil
	}
	if m.ix == nil && !m.ensureIndex() {
		f.pending = true
		return nil
	}
	matches, cmd := runQuery(m.ix, q, f.gen, true, m.async, &f.cancel)
	f.pending = cmd != nil
	if cmd == nil {
		f.matches = matches
		m.applyFilter()
	}
	return cmd
}

// clearFilter shows every event again, kinds included.
func (m *Model) clearFilter() {
	f := &m.filter
	if f.cancel != nil {
		f.cancel()
	}
	*f = filter{gen: f.gen + 1, origin: f.origin}
	m.applyFilter()
}

// applyFilter rebuilds the list from the filter, keeping the selection on
// the same event when it is still shown, else on the nearest one by date.
func (m *Model) applyFilter() {
	prevIdx := m.list.selectedIndex()
	if m.prompt.mode == filterPrompt && m.filter.origin >= 0 {
		// While typing, stay anchored where the filter started, so that
		// the intermediate filters of a half-typed query do not drift the
		// selection.
		prevIdx = m.filter.origin
	}
	var prev *model.Event
	if prevIdx >= 0 && prevIdx < len(m.ds.Events) {
		prev = &m.ds.Events[prevIdx]
	}
	items := m.filter.items(m.ds.Events)
	height := m.list.height
	m.list = newTimeline(m.ds.Events, items)
	m.list.height = height
	switch {
	case prev == nil:
		m.list.selectEvent(0)
	case m.list.n > 0 && m.list.index(m.list.positionOf(prevIdx)) == prevIdx:
		m.list.selectEvent(m.list.positionOf(prevIdx))
	default:
		m.list.selectEvent(m.list.nearestDay(prev.Date.Days()))
	}
	m.search.positions = matchPositions(&m.list, m.search.matches)
	m.syncDetail()
}

// ensureIndex builds the search index now when the dataset is small and
// reports whether it is ready; a larger dataset's index comes from the
// command Init starts.
func (m *Model) ensureIndex() bool {
	if m.ix == nil && len(m.ds.Events) < min(m.async, indexAsyncEvents) {
		m.ix = search.NewIndex(m.ds, m.text)
	}
	return m.ix != nil
}

// handleResult applies a query run as a command, unless a newer keystroke
// has made it stale.
func (m *Model) handleResult(r matchResultMsg) {
	if r.err != nil {
		// A cancelled search was superseded; any other failure is said.
		if !errors.Is(r.err, context.Canceled) {
			if r.filter {
				m.filter.pending = false
			} else {
				m.search.pending = false
			}
			m.notice = r.err.Error()
		}
		return
	}
	if r.filter {
		if r.gen == m.filter.gen {
			m.filter.matches, m.filter.pending = r.matches, false
			m.applyFilter()
		}
		return
	}
	if r.gen == m.search.gen {
		m.setSearchMatches(r.matches)
	}
}

// indexReady stores the index and runs what was typed while it was built.
func (m *Model) indexReady(ix *search.Index) tea.Cmd {
	m.ix = ix
	var cmds []tea.Cmd
	if m.search.pending {
		cmds = append(cmds, m.setSearch(m.search.text))
	}
	if m.filter.pending {
		cmds = append(cmds, m.setFilter(m.filter.text))
	}
	return tea.Batch(cmds...)
}

// jumpTo selects the shown event nearest the date the user typed.
func (m *Model) jumpTo(text string) {
	e := m.list.selected()
	if e == nil {
		return
	}
	v, _ := model.SanitizeN(text, maxQueryBytes, true)
	start, end, err := search.ParseJump(v, e.Date.Days())
	if err != nil {
		m.notice = err.Error()
		return
	}
	m.jumps.push(m.list.selectedIndex())
	p := m.list.nearestDay(start)
	if d := m.list.event(p).Date.Days(); d < start && p+1 < m.list.n && m.list.event(p+1).Date.Days() <= end {
		p++ // "2025-07" means July: prefer an event inside it to a nearer one before
	}
	m.list.selectEvent(p)
}

// selectIndex selects the event with dataset index idx, or the next shown
// one when the filter hides it.
func (m *Model) selectIndex(idx int) {
	if idx < 0 || m.list.n == 0 {
		return
	}
	m.list.selectEvent(m.list.positionOf(idx))
}

// handleFindKeys applies the keys of search, filter, marks and jumps. It
// reports whether the key was one of them.
func (m *Model) handleFindKeys(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.keys
	cur := m.list.selectedIndex()
	switch {
	case key.Matches(msg, k.Search):
		m.search.origin = cur
		return m.prompt.open(searchPrompt, m.search.text), true
	case key.Matches(msg, k.Filter):
		m.filter.origin = cur
		return m.prompt.open(filterPrompt, m.filter.text), true
	case key.Matches(msg, k.JumpDate):
		return m.prompt.open(jumpPrompt, ""), true
	case key.Matches(msg, k.NextMatch), key.Matches(msg, k.PrevMatch):
		dir := 1
		if key.Matches(msg, k.PrevMatch) {
			dir = -1
		}
		if p := nextMatch(m.search.positions, m.list.sel, dir, false); p >= 0 {
			m.jumps.push(cur)
			m.list.selectEvent(p)
		}
	case key.Matches(msg, k.Kinds):
		kind := model.Kind(msg.Code - '1')
		m.filter.hidden ^= 1 << kind
		m.applyFilter()
	case key.Matches(msg, k.Mark):
		if m.mark == cur {
			m.mark, m.notice = -1, m.cat.T("status.unmarked")
		} else if cur >= 0 {
			m.mark, m.notice = cur, m.cat.T("status.marked")
		}
		m.detailEvent = -1
	case key.Matches(msg, k.ToMark):
		if m.mark < 0 {
			m.notice = m.cat.T("status.nomark")
			break
		}
		m.jumps.push(cur)
		m.selectIndex(m.mark)
	case key.Matches(msg, k.JumpBack):
		if to := m.jumps.goBack(cur); to >= 0 {
			m.selectIndex(to)
		} else {
			m.notice = m.cat.T("status.nojump")
		}
	case key.Matches(msg, k.JumpForward):
		if to := m.jumps.goForward(cur); to >= 0 {
			m.selectIndex(to)
		}
	default:
		return nil, false
	}
	m.syncDetail()
	return nil, true
}
