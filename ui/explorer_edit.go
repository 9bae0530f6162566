package ui

import (
	tea "charm.land/bubbletea/v2"

	"timeline/model"
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
	a, err := edit.Apply(e.ds)
	if err != nil {
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
	f, s := &e.filter, &e.search
	f.query, s.query = f.query.WithMarks(e.notes.marks), s.query.WithMarks(e.notes.marks)
	if f.matches != nil {
		f.matches = rematch(ds, oldOf, f.matches, f.query)
	}
	if s.matches != nil {
		s.matches = rematch(ds, oldOf, s.matches, s.query)
	}
	e.mark = -1
	if i, ok := ds.EventIndex(markID); ok && markID != "" {
		e.mark = i
	}
	e.jumps = jumpList{}
	e.refreshEvents(sel)
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
// legend, the list) and selects the event with id sel, or the nearest
// one shown.
func (e *explorer) refreshEvents(sel string) {
	ds := e.ds
	e.version++
	e.dens = newDensity(ds.Events)
	e.first, e.last = ds.Span()
	height := e.list.height
	prevDay := int32(0)
	if ev := e.list.selected(); ev != nil {
		prevDay = ev.Date.Days()
	}
	e.list = newTimeline(ds.Events, e.filter.items(ds.Events))
	e.list.star = e.notes.starFunc(ds)
	e.list.height = height
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
// again (by a command for a large dataset, as at start).
func (e *explorer) replaceDataset(ds *model.Dataset) tea.Cmd {
	sel := ""
	if ev := e.list.selected(); ev != nil {
		sel = ev.ID
	}
	markID := ""
	if e.mark >= 0 && e.mark < len(e.ds.Events) {
		markID = e.ds.Events[e.mark].ID
	}
	e.ds, e.text, e.ix = ds, nil, nil
	e.notes.remark(ds)
	e.mark = -1
	if i, ok := ds.EventIndex(markID); ok && markID != "" {
		e.mark = i
	}
	e.jumps = jumpList{}
	var cmds []tea.Cmd
	if len(ds.Events) >= min(e.async, indexAsyncEvents) {
		cmds = append(cmds, buildIndex(ds, nil))
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
