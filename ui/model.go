package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
	"timeline/search"
)

// Options are the choices made on the command line.
type Options struct {
	Lang    locale.Lang
	NoMouse bool
	Text    *search.Packed // the text the dataset's loader packed, for the search index; may be nil
}

// Model is the root of the interface: the timeline list, the detail pane,
// the header and the status line.
type Model struct {
	ds     *model.Dataset
	cat    i18n.Catalog
	mouse  bool
	keys   keyMap
	st     styles
	help   help.Model
	list   timeline
	detail viewport.Model
	dens   density
	first  model.Date
	last   model.Date

	text   *search.Packed // for the search index (Options.Text)
	ix     *search.Index  // built on first use, or by a command for large datasets
	prompt prompt
	search finder
	filter filter
	mark   int // dataset index of the marked event, or -1
	jumps  jumpList
	notice string // a one-off message for the status line, cleared by the next key

	async        int // dataset size from which queries and indexing run as commands
	screen       bodyScreen
	menu         menu
	index        entityIndex
	pager        viewport.Model // the org chart and the stats
	chartDay     int32
	chartChanges []int32 // days at which the org chart changes, computed on first use

	width, height int
	lay           layout
	focus         pane
	zoom          bool
	showHelp      bool
	helpQuery     string // narrows the help to matching bindings

	// The detail pane's content is rebuilt only when the selection, the
	// width or the language changes.
	detailEvent int // -1 forces a rebuild
	detailShown int // the event shown, to keep the scroll on a rebuild
	detailWidth int
	detailLang  locale.Lang
}

// New returns the explorer on ds.
func New(ds *model.Dataset, opt Options) Model {
	cat := i18n.For(opt.Lang)
	m := Model{
		ds:          ds,
		text:        opt.Text,
		cat:         cat,
		mouse:       !opt.NoMouse,
		keys:        defaultKeyMap(cat),
		st:          newStyles(true),
		help:        help.New(),
		list:        newTimeline(ds.Events, nil),
		detail:      viewport.New(),
		dens:        newDensity(ds.Events),
		detailEvent: -1,
		prompt:      newPrompt(),
		pager:       viewport.New(),
		async:       asyncEvents,
		mark:        -1,
	}
	m.filter.items(ds.Events) // the legend's counts
	m.detail.SoftWrap = false
	m.detail.FillHeight = false
	m.first, m.last = ds.Span()
	m.help.Styles = m.st.help
	return m
}

// Init implements tea.Model: it asks for the background colour so that the
// styles suit light and dark terminals.
func (m Model) Init() tea.Cmd {
	if len(m.ds.Events) >= min(m.async, indexAsyncEvents) {
		return tea.Batch(tea.RequestBackgroundColor, buildIndex(m.ds, m.text))
	}
	return tea.RequestBackgroundColor
}

// Selected returns the id of the selected event, or "".
func (m Model) Selected() string {
	if e := m.list.selected(); e != nil {
		return e.ID
	}
	return ""
}
