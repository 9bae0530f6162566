package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"timeline/i18n"
	"timeline/model"
	"timeline/present"
	"timeline/search"
)

// explorer is the home screen: the timeline list and the detail pane, the
// header above them and the position in the status line. It owns what
// finds events (the search, the filter, the date prompt, the mark and the
// jumps) and the search index they use.
type explorer struct {
	outbox
	ds    *model.Dataset
	cat   i18n.Catalog
	st    *styles
	keys  explorerKeys
	list  timeline
	rul   ruler  // the density ruler, laid out for the width
	span  string // the header's count and dates (present.DatasetRange), in the language
	first model.Date
	last  model.Date

	detail detailView
	lay    layout
	focus  pane
	zoom   bool
	width  int
	height int

	text   *search.Packed // for the search index (Options.Text)
	ix     *search.Index  // built on first use, or by a command for large datasets
	async  int            // dataset size from which queries and indexing run as commands
	prompt prompt
	search finder
	filter filter
	recall recall // the latest queries' results, which the next ones narrow
	reads  *reads // keeps searches running as commands off an edit
	mark   int    // dataset index of the marked event, or -1
	jumps  jumpList

	notes   *annotations // the reporter's stars and notes (annotations.go)
	version int          // bumped by every edit, reload and annotation, for the detail's key
	canUndo bool         // the root's history has a change to undo, for the key map
	canRedo bool
	// spanDirty says that first and last must be worked out again from
	// every event: an edit moved the event that ended the span.
	spanDirty bool
	web       bool // the dataset came from a web address, which r fetches again
	// kindsHeld has bit k set when some event has kind k (NoKind included):
	// the kinds the legend lists.
	kindsHeld uint16
	// kindShort are the kinds' short labels in the language, looked up
	// once rather than on every frame of the legend.
	kindShort [model.NoKind + 1]string
}

// langMsg gives the explorer a new language.
type langMsg struct{ cat i18n.Catalog }

// stylesMsg gives the explorer new styles.
type stylesMsg struct{ st *styles }

// newExplorer returns the explorer on ds, with the first event selected.
func newExplorer(ds *model.Dataset, text *search.Packed, cat i18n.Catalog, st *styles) explorer {
	e := explorer{
		reads:  &reads{},
		ds:     ds,
		text:   text,
		cat:    cat,
		st:     st,
		keys:   newExplorerKeys(cat),
		list:   newTimeline(ds.Events, nil),
		detail: newDetailView(),
		prompt: newPrompt(cat, st),
		async:  asyncEvents,
		mark:   -1,
		notes:  newAnnotations(),
	}
	e.list.eras = ds.Eras
	e.setKindShort()
	e.prompt.comp = &completer{ds: ds}
	e.filter.items(columnsOf(ds, nil)) // the legend's counts
	e.countKinds()
	e.first, e.last = ds.Span()
	e.span = present.DatasetRange(ds, cat)
	return e
}

// countKinds notes the kinds the events have, from the filter's counts,
// for the legend.
func (e *explorer) countKinds() {
	e.kindsHeld = 0
	for k, n := range e.filter.counts {
		if n > 0 {
			e.kindsHeld |= 1 << k
		}
	}
}

// Init starts building the search index of a large dataset, so that the
// first "/" does not wait for it.
func (e explorer) Init() tea.Cmd {
	if len(e.ds.Events) >= min(e.async, indexAsyncEvents) {
		return buildIndex(e.ds, e.text)
	}
	return nil
}

// SetSize implements the component: the panes share width×height.
func (e *explorer) SetSize(width, height int) {
	e.width, e.height = max(width, 0), max(height, 0)
	e.prompt.SetSize(e.width-statusRoom, 1) // the status line's right part keeps the rest
	e.rul = newRuler(e.ds.Events, e.first, e.last, e.width-2, e.cat.Lang())
	e.relayout()
	e.settle()
}

// Update implements the component. Whatever the message, the detail's
// text follows from the state once it has been applied (settle); the key
// map is derived from the state when it is asked for (bindings).
func (e explorer) Update(msg tea.Msg) (explorer, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if e.prompt.active() {
			cmd = e.updatePrompt(msg)
		} else {
			cmd = e.handleKey(msg)
		}
	case tea.PasteMsg:
		if e.prompt.active() {
			cmd = e.updatePrompt(msg)
		}
	case matchResultMsg:
		cmd = e.handleResult(msg)
	case indexReadyMsg:
		cmd = e.indexReady(msg.ix)
	case showEventsMsg:
		e.prompt.remember(msg.query)
		cmd = e.setFilter(msg.query)
	case langMsg:
		e.cat = msg.cat
		e.keys = newExplorerKeys(msg.cat)
		e.list.setShape(newRowShape(e.list.shape.width, msg.cat.Lang()))
		e.rul = newRuler(e.ds.Events, e.first, e.last, e.width-2, msg.cat.Lang())
		e.setKindShort()
		e.span = present.DatasetRange(e.ds, msg.cat)
		e.prompt.cat, e.prompt.keys = msg.cat, newPromptKeys(msg.cat)
	case stylesMsg:
		e.st, e.prompt.st = msg.st, msg.st
	case tea.MouseWheelMsg:
		e.handleWheel(msg.Mouse())
	case tea.MouseClickMsg:
		e.handleClick(msg.Mouse())
	}
	e.settle()
	return e, cmd
}

// settle brings the detail pane up to date with the selection, the width,
// the language, the search, the mark, the styles and the zoom.
func (e *explorer) settle() {
	k := detailKey{
		event: e.list.selectedIndex(),
		width: e.detail.vp.Width(),
		lang:  e.cat.Lang(),
		terms: e.search.highlighted(),
		mark:  e.mark,
		st:    e.st,
		zoom:  e.zoom,
		data:  e.version,
	}
	e.detail.show(k, e.detailLines)
}

// bindings returns the key map with what does not apply now turned off.
func (e *explorer) bindings() explorerKeys {
	sel := e.list.selected()
	return e.keys.enabled(keyState{
		onDetail:  e.focus == detailPane || e.zoom,
		selected:  sel != nil,
		people:    sel != nil && len(sel.People) > 0,
		searching: e.search.active(),
		canBack:   e.zoom || e.focus == detailPane || e.search.active() || e.filter.active(),
		canUndo:   e.canUndo,
		canRedo:   e.canRedo,
		fromWeb:   e.web,
		noKind:    e.kindsHeld&(1<<model.NoKind) != 0,
	})
}

// ShortHelp implements help.KeyMap: the prompt's bindings while it is
// open, else the explorer's.
func (e explorer) ShortHelp() []key.Binding {
	if e.prompt.active() {
		return e.prompt.ShortHelp()
	}
	return e.bindings().ShortHelp()
}

// FullHelp implements help.KeyMap.
func (e explorer) FullHelp() [][]key.Binding {
	if e.prompt.active() {
		return e.prompt.FullHelp()
	}
	return e.bindings().FullHelp()
}

// typing reports whether keys go to the prompt as text.
func (e *explorer) typing() bool { return e.prompt.active() }

// selected returns the selected event, or nil.
func (e *explorer) selected() *model.Event { return e.list.selected() }

// handleKey applies one key press outside the prompt.
func (e *explorer) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := e.bindings()
	cur := e.list.selectedIndex()
	switch {
	case key.Matches(msg, k.Down):
		e.list.move(1)
	case key.Matches(msg, k.Up):
		e.list.move(-1)
	case k.Scroll.scroll(&e.detail.vp, msg):
	case key.Matches(msg, k.PageDown):
		e.list.move(max(e.list.height-1, 1))
	case key.Matches(msg, k.PageUp):
		e.list.move(-max(e.list.height-1, 1))
	case key.Matches(msg, k.Top):
		e.jumps.push(cur)
		e.list.selectEvent(0)
	case key.Matches(msg, k.Bottom):
		e.jumps.push(cur)
		e.list.selectEvent(e.list.n - 1)
	case key.Matches(msg, k.NextMonth):
		e.list.nextMonth()
	case key.Matches(msg, k.PrevMonth):
		e.list.prevMonth()
	case key.Matches(msg, k.Tab):
		e.focus = 1 - e.focus
		e.zoom = false
		e.relayout()
	case key.Matches(msg, k.Zoom):
		e.zoom = !e.zoom
		e.focus = listPane
		if e.zoom {
			e.focus = detailPane
		}
		e.relayout()
	case key.Matches(msg, k.Back):
		e.back()
	case key.Matches(msg, k.Copy):
		e.send(openMsg{copyScreen})
	case key.Matches(msg, k.Open):
		e.send(openMsg{openScreen})
	case key.Matches(msg, k.Person):
		e.send(openMsg{personScreen})
	case key.Matches(msg, k.People):
		e.send(openMsg{indexScreen})
	case key.Matches(msg, k.OrgChart):
		e.send(openMsg{chartScreen})
	case key.Matches(msg, k.Stats):
		e.send(openMsg{statsScreen})
	case e.notebookKey(msg, k.Notebook):
	case key.Matches(msg, k.Intro):
		e.send(openMsg{introScreen})
	case key.Matches(msg, k.Refetch):
		e.send(refetchMsg{})
	default:
		return e.handleFindKey(msg, k)
	}
	return nil
}

// back backs out of one thing: the zoom, the detail's focus, the search,
// then the filter.
func (e *explorer) back() {
	switch {
	case e.zoom:
		e.zoom, e.focus = false, listPane
		e.relayout()
	case e.focus == detailPane:
		e.focus = listPane
		e.relayout()
	case e.search.active():
		e.clearSearch()
	case e.filter.active():
		e.clearFilter()
	}
}

// relayout places the panes in the explorer's size and sizes the list
// and the detail.
func (e *explorer) relayout() {
	e.lay = computeLayout(e.width, e.height, e.focus, e.zoom)
	if e.lay.showList {
		e.list.setHeight(e.lay.list.h - 2)
		e.list.setShape(newRowShape(e.lay.list.w-2, e.cat.Lang()))
	} else if e.lay.showDetail {
		e.list.setHeight(max(e.lay.detail.h-2, 1))
	}
	if e.lay.showDetail {
		e.detail.vp.SetWidth(max(e.lay.detail.w-2, 0))
		e.detail.vp.SetHeight(max(e.lay.detail.h-2, 0))
	}
}

// handleWheel scrolls the pane under the pointer; y counts from the top
// of the explorer.
func (e *explorer) handleWheel(ms tea.Mouse) {
	delta := 0
	switch ms.Button {
	case tea.MouseWheelDown:
		delta = 3
	case tea.MouseWheelUp:
		delta = -3
	default:
		return
	}
	switch {
	case e.lay.showList && e.lay.list.contains(ms.X, ms.Y):
		e.list.scroll(delta)
	case e.lay.showDetail && e.lay.detail.contains(ms.X, ms.Y):
		if delta > 0 {
			e.detail.vp.ScrollDown(delta)
		} else {
			e.detail.vp.ScrollUp(-delta)
		}
	}
}

// handleClick selects the clicked event, or focuses the clicked pane.
func (e *explorer) handleClick(ms tea.Mouse) {
	if ms.Button != tea.MouseLeft {
		return
	}
	switch {
	case e.lay.showList && e.lay.list.contains(ms.X, ms.Y):
		e.focus = listPane
		if i := e.list.eventAtRow(ms.Y - e.lay.list.y - 1); i >= 0 {
			e.list.selectEvent(i)
		}
	case e.lay.showDetail && e.lay.detail.contains(ms.X, ms.Y):
		e.focus = detailPane
	}
}
