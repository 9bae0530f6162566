package ui

import (
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
	// File is the data file the explorer shows, which its edits change
	// and which it watches for other writers' changes: "" for the
	// bundled dataset, whose first edit offers to save a copy.
	File    string
	Opened  Opened   // where the dataset came from and what its load warned about
	Refetch LoadFunc // loads the dataset again, for r on a web address; nil otherwise
}

// Model is the root of the interface. It routes messages to the screen in
// front and composes the frame: the explorer's header, that screen's body
// and the status line. It owns the language, the styles and the side
// effects components ask for (the clipboard, the browser).
type Model struct {
	ds    *model.Dataset
	cat   i18n.Catalog
	st    *styles
	keys  globalKeys
	mouse bool

	width, height int
	header        int // lines the header takes (headerLines)

	active   screenID // what the body shows
	ex       explorer
	menu     menu // y, o and P
	index    entityIndex
	chart    orgChart
	stats    statsView
	intro    introView
	help     helpView
	showHelp bool // the help is in front of the active screen

	opened   Opened      // how the dataset opened, for the introduction
	refetch  LoadFunc    // fetches the dataset again; nil when it is not from the web
	fetching bool        // a fetch started by r is under way
	loading  *loadBehind // the load still running behind a preview; nil once done (load_behind.go)

	changes []int32 // days at which the org chart changes, computed on first use
	notice  string  // a one-off message for the status line, cleared by the next key
	nb      desk    // the reporter's notebook: edits, saves, the live file (desk.go)
	idle    idler   // collects the heap while the user reads (idle_collect.go)
}

// New returns the explorer on ds.
func New(ds *model.Dataset, opt Options) Model {
	cat := i18n.For(opt.Lang)
	st := newStyles(true)
	m := Model{
		ds:      ds,
		cat:     cat,
		st:      st,
		keys:    newGlobalKeys(cat),
		mouse:   !opt.NoMouse,
		ex:      newExplorer(ds, opt.Text, cat, st),
		nb:      newDesk(opt.File),
		opened:  opt.Opened,
		refetch: opt.Refetch,
	}
	m.ex.web = opt.Refetch != nil
	m.openOnIntro()
	return m
}

// openOnIntro puts the introduction in front when the dataset has one, or
// when its load warned about something: a skipped slide or a clipped title
// is said at once, not on stderr after quitting. The status line says it
// too, until the next key.
func (m *Model) openOnIntro() {
	m.notice = m.opened.notice(m.cat)
	if m.notice != "" || hasIntro(m.ds) {
		m.intro = newIntroView(m.ds, m.opened, m.cat, m.st)
		m.active = introScreen
	}
}

// Init implements tea.Model: it asks for the background colour so that the
// styles suit light and dark terminals, and lets the explorer start
// building its search index.
func (m Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, m.ex.Init(), m.initDesk())
}

// Selected returns the id of the selected event, or "".
func (m Model) Selected() string {
	if e := m.ex.selected(); e != nil {
		return e.ID
	}
	return ""
}
