package ui

import (
	"context"
	"slices"

	tea "charm.land/bubbletea/v2"

	"timeline/model"
	"timeline/present"
	"timeline/search"
)

// How the explorer follows its dataset as it changes: an edit of the
// reporter's is applied in place and everything that depends on the
// events is brought up to date from what the edit did (model.Applied),
// so that an edit at 100k events costs a few passes over arrays and the
// screen shows it in the same frame; a new version of the file from
// another writer replaces the dataset whole.

// applyEdit makes edit to the dataset and brings the explorer up to date,
// selecting the event with id sel when it is shown ("" keeps the
// selection). Nothing changes when the edit does not apply.
func (e *explorer) applyEdit(edit model.Edit, sel string) (model.Applied, error) {
	markID := ""
	if e.mark >= 0 && e.mark < len(e.ds.Events) {
		markID = e.ds.Events[e.mark].ID
	}
	// The searches running as commands read the events and the index,
	// which the edit changes in place: they are cancelled and waited for.
	for _, cancel := range []*context.CancelFunc{&e.filter.cancel, &e.search.cancel} {
		if *cancel != nil {
			(*cancel)()
			*cancel = nil
		}
	}
	done := e.reads.edit()
	defer done()
	a, err := edit.Apply(e.ds)
	if err != nil {
		if e.filter.pending || e.search.pending {
			// Nothing changed, but the searches under way were
			// cancelled: they are answered now.
			sel := ""
			if ev := e.list.selected(); ev != nil {
				sel = ev.ID
			}
			e.settleSearches()
			e.refreshEvents(sel)
		}
		return a, err
	}
	e.afterEdit(a, sel, markID)
	return a, nil
}

// afterEdit brings the explorer up to date with the edit a that was just
// applied to its dataset: the search index is updated for the events the
// edit touched (search.Index.Update), the filter's and the search's
// matches are kept for the other events and tested again for those, the
// marks follow the events, and the list, the ruler and the legend are
// counted again.
func (e *explorer) afterEdit(a model.Applied, sel, markID string) {
	ds := e.ds
	if sel == "" {
		sel = e.selectedIDAfter(a)
	}
	oldOf := a.OldOf(ds)
	if e.ix != nil {
		e.ix = e.ix.Update(ds, oldOf)
	}
	e.notes.remark(ds)
	e.recall.forget()
	f, s := &e.filter, &e.search
	f.query, s.query = f.query.WithMarks(e.notes.marks), s.query.WithMarks(e.notes.marks)
	same := a.From == nil && !kindChanged(a) // the list's rows may stay as they are
	if f.matches != nil {
		before := f.matches
		f.matches = rematch(ds, oldOf, f.matches, f.query)
		same = same && slices.Equal(before, f.matches)
	}
	if s.matches != nil {
		s.matches = rematch(ds, oldOf, s.matches, s.query)
	}
	if f.pending || s.pending {
		same = false
	}
	e.settleSearches()
	e.mark = -1
	if i, ok := ds.EventIndex(markID); ok && markID != "" {
		e.mark = i
	}
	e.jumps = jumpList{}
	keepSpan := e.countEdit(a)
	if same {
		// The same events in the same rows: the list keeps its rows and
		// the legend its counts, and only redraws.
		e.version++
		e.list.cache = newRowCache()
		e.list.star = e.notes.starFunc(ds)
		e.selectID(sel)
		e.search.positions = matchPositions(&e.list, e.search.matches)
		if !keepSpan {
			e.span = present.DatasetRange(ds, e.cat)
		}
		e.settle()
		return
	}
	e.refreshList(sel)
	if !keepSpan {
		e.span = present.DatasetRange(ds, e.cat)
	}
}

// settleSearches answers now the filter and the search that were running
// in the background (settlePending).
func (e *explorer) settleSearches() {
	f, s := &e.filter, &e.search
	e.settlePending(&f.gen, &f.pending, &f.cancel, &f.matches, f.query)
	e.settlePending(&s.gen, &s.pending, &s.cancel, &s.matches, s.query)
}

// settlePending answers now a query that was running in the background
// on the dataset before the edit: its result, in the old positions, is
// made stale (gen), and the query is run on the index as the edit left it.
func (e *explorer) settlePending(gen *int, pending *bool, cancel *context.CancelFunc, matches *[]int32, q search.Query) {
	if !*pending || e.ix == nil {
		return
	}
	if *cancel != nil {
		(*cancel)()
		*cancel = nil
	}
	*gen++
	*pending = false
	*matches = e.ix.Filter(q)
}

// kindChanged reports whether the edit a changed an event's kind, which
// the legend counts and 1–9 hide.
func kindChanged(a model.Applied) bool {
	for _, c := range a.Inverse.Events {
		if c.Before == nil || c.After == nil || c.Before.Kind != c.After.Kind {
			return true
		}
	}
	return false
}

// countEdit brings the dataset's span up to date from the events the edit
// a touched, rather than from every event; a change that may have moved
// the span's last day works it out again. The header's text of the span
// is kept when the edit changed neither the count nor an event it is
// written from: it reports whether it is. The ruler is laid out anew from
// the span (refreshList).
func (e *explorer) countEdit(a model.Applied) (keepSpan bool) {
	ds := e.ds
	if len(ds.Events) == 0 {
		e.spanDirty = true
		return false
	}
	lastDay, first := e.last.LastDays(), e.first
	keepSpan = true
	for _, c := range a.Inverse.Events { // Before is the event after the edit, After before it
		if was := c.After; was != nil && eventEnd(was).LastDays() >= lastDay {
			e.spanDirty = true
		}
		if now := c.Before; now != nil {
			if end := eventEnd(now); end.LastDays() >= lastDay && !e.spanDirty {
				e.last, lastDay = end, end.LastDays()
			}
		}
		keepSpan = keepSpan && c.Before != nil && c.After != nil &&
			!endsSpan(c.Before, first, lastDay) && !endsSpan(c.After, first, lastDay)
	}
	e.first = ds.Events[0].Date
	return keepSpan && !e.spanDirty
}

// endsSpan reports whether ev may be the event the header's span starts
// or ends with: its text is written from those two events.
func endsSpan(ev *model.Event, first model.Date, lastDay int32) bool {
	return ev.Date.Compare(first) <= 0 || eventEnd(ev).LastDays() >= lastDay
}

// eventEnd returns the last date an event covers: its end date, or its
// date.
func eventEnd(e *model.Event) model.Date {
	if end := e.End(); !end.IsZero() {
		return end
	}
	return e.Date
}

// selectedIDAfter returns the id of the event selected before the edit a:
// the list still holds the events as they were, unless the edit moved
// them, when the position no longer names the same event and the
// selection is left to the nearest date.
func (e *explorer) selectedIDAfter(a model.Applied) string {
	if a.From != nil {
		i := e.list.selectedIndex()
		for j, k := range a.From {
			if int(k) == i {
				return e.ds.Events[j].ID
			}
		}
		return ""
	}
	if ev := e.list.selected(); ev != nil {
		return ev.ID
	}
	return ""
}

// refreshEvents rebuilds what is counted over the events (the ruler, the
// legend, the list, the header's span) and selects the event with id sel,
// or the nearest one shown.
func (e *explorer) refreshEvents(sel string) {
	e.refreshList(sel)
	e.span = present.DatasetRange(e.ds, e.cat)
}

// refreshList is refreshEvents but for the header's span, which an edit
// may keep (countEdit).
func (e *explorer) refreshList(sel string) {
	ds := e.ds
	e.version++
	if e.spanDirty {
		e.first, e.last = ds.Span()
		e.spanDirty = false
	}
	e.rul = newRuler(ds.Events, e.first, e.last, e.rul.width, e.cat.Lang())
	prevDay := int32(0)
	if ev := e.list.selected(); ev != nil {
		prevDay = ev.Date.Days()
	}
	cols := columnsOf(ds, e.ix)
	e.list = e.list.rebuilt(ds, cols, e.filter.items(cols))
	e.list.star = e.notes.starFunc(ds)
	e.countKinds()
	if i, ok := ds.EventIndex(sel); ok && sel != "" {
		p := e.list.positionOf(i)
		if e.list.n > 0 && e.list.index(p) == i {
			e.list.selectEvent(p)
		} else {
			e.list.selectEvent(e.list.nearestDay(ds.Events[i].Date.Days()))
		}
	} else {
		e.list.selectEvent(e.list.nearestDay(prevDay))
	}
	e.search.positions = matchPositions(&e.list, e.search.matches)
	e.settle()
}

// rematch returns the matches of q in ds after an edit: an event the edit
// left alone (oldOf[j] >= 0) matches as it did, in old; the others are
// tested again. q.Match answers as the index does (the search package's
// tests hold them together), so the result is what a new search finds.
func rematch(ds *model.Dataset, oldOf []int32, old []int32, q search.Query) []int32 {
	was := make([]bool, 0)
	if n := len(oldOf); n > 0 {
		top := int32(0)
		for _, i := range oldOf {
			top = max(top, i)
		}
		for _, i := range old {
			top = max(top, i)
		}
		was = make([]bool, top+1)
	}
	for _, i := range old {
		was[i] = true
	}
	out := make([]int32, 0, len(old)+1)
	for j, i := range oldOf {
		if i >= 0 && was[i] || i < 0 && q.Match(ds, j) {
			out = append(out, int32(j))
		}
	}
	return out
}

// replaceDataset shows ds, a new version of the file, in place of the
// dataset shown: the selection stays on the same event (by id), the
// filter and the search are run again, and the search index is built
// again (by a command for a large dataset, as at start), on text, the
// text ds's loader packed, when it is not nil.
func (e *explorer) replaceDataset(ds *model.Dataset, text *search.Packed) tea.Cmd {
	sel := ""
	if ev := e.list.selected(); ev != nil {
		sel = ev.ID
	}
	markID := ""
	if e.mark >= 0 && e.mark < len(e.ds.Events) {
		markID = e.ds.Events[e.mark].ID
	}
	e.ds, e.text, e.ix = ds, text, nil
	e.spanDirty = true
	e.notes.remark(ds)
	e.recall.forget()
	e.mark = -1
	if i, ok := ds.EventIndex(markID); ok && markID != "" {
		e.mark = i
	}
	e.jumps = jumpList{}
	var cmds []tea.Cmd
	if len(ds.Events) >= min(e.async, indexAsyncEvents) {
		cmds = append(cmds, buildIndex(ds, text))
	}
	f, s := &e.filter, &e.search
	if f.text != "" {
		f.matches = nil
		cmds = append(cmds, e.setFilter(f.text))
	}
	if s.text != "" {
		s.matches = nil
		cmds = append(cmds, e.setSearch(s.text))
	}
	e.refreshEvents(sel)
	return tea.Batch(cmds...)
}

// setAnnotations shows a as the reporter's stars and notes, running the
// filter again when it tests them.
func (e *explorer) setAnnotations(a *annotations) tea.Cmd {
	a.remark(e.ds)
	e.notes = a
	e.recall.forget()
	e.version++
	e.list.star = a.starFunc(e.ds)
	e.list.cache = newRowCache()
	e.settle()
	if e.filter.query.UsesMarks() {
		return e.setFilter(e.filter.text)
	}
	if e.search.query.UsesMarks() {
		return e.setSearch(e.search.text)
	}
	return nil
}

// indexing reports whether the search index of a large dataset is being
// built: the dataset must not change under it until it is.
func (e *explorer) indexing() bool {
	return e.ix == nil && len(e.ds.Events) >= min(e.async, indexAsyncEvents)
}

// selectID selects the event with id, when shown.
func (e *explorer) selectID(id string) {
	if i, ok := e.ds.EventIndex(id); ok {
		e.selectIndex(i)
	}
}
