package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"timeline/data"
	"timeline/present"
)

// loadBehind is a load still running behind the explorer, which meanwhile
// shows the file's first events (data.OpenPreviewing): a million events
// take seconds to read, and a reporter can read the first ones, search
// them and move about in the meantime. Its progress keeps arriving, the
// status line says how far it has gone, and what needs the whole file
// waits for it: edits, stars and notes, the menus and the screens that
// count or cite across events. When it ends, the whole dataset replaces
// the preview as a reload does (explorer.replaceDataset), the search and
// the filter run again on it; if it fails, the loading screen comes back
// with the error, as when nothing had been shown.
type loadBehind struct {
	progress <-chan loadProgressMsg
	last     loadProgressMsg
	count    func() int // the file's events once counted, else -1
	shown    int        // the events of the preview
	screen   Loading    // to show a failure on
}

// browse shows the preview p in the explorer while the load goes on.
func (m Loading) browse(p data.Preview) (tea.Model, tea.Cmd) {
	next := New(p.Dataset, m.opt)
	next.loading = &loadBehind{progress: m.progress, last: m.last, count: p.Events, shown: len(p.Dataset.Events), screen: m}
	next.restyle(m.st)
	next.resize(m.width, m.height)
	// The notebook's file is probed and watched once the load is done
	// (loadDone): the preview is not the file.
	return next, tea.Batch(tea.RequestBackgroundColor, next.ex.Init(), waitProgress(m.progress))
}

// loadProgressed records a progress report of the load behind.
func (m Model) loadProgressed(msg loadProgressMsg) (Model, tea.Cmd) {
	if m.loading == nil {
		return m, nil
	}
	m.loading.last = msg
	return m, waitProgress(m.loading.progress)
}

// loadDone puts the whole dataset in place of the preview, or the
// loading screen with the error in front.
func (m Model) loadDone(msg loadDoneMsg) (tea.Model, tea.Cmd) {
	lb := m.loading
	if lb == nil {
		return m, nil
	}
	if msg.err != nil {
		s := lb.screen
		s.err, s.width, s.height, s.st = msg.err, m.width, m.height, m.st
		return s, nil
	}
	l := msg.loaded
	m.loading = nil
	m.ds, m.nb.form.ds, m.changes, m.opened = l.Dataset, l.Dataset, nil, l.Opened
	cmd := m.ex.replaceDataset(l.Dataset, l.Text)
	m.notice = m.opened.notice(m.cat)
	if m.notice == "" {
		m.notice = m.cat.T("loading.done", present.Count(len(m.ds.Events), m.cat))
	}
	if m.active == introScreen {
		m.intro = newIntroView(m.ds, m.opened, m.cat, m.st)
		m.sizeFront()
	}
	return m, tea.Batch(cmd, m.initDesk())
}

// waitsForLoad reports whether the load behind is still running, and
// then says in the status line that what was asked waits for it.
func (m *Model) waitsForLoad() bool {
	if m.loading == nil {
		return false
	}
	m.notice = m.cat.T("loading.wait")
	return true
}

// line says how far the load has gone and what is shown meanwhile, in
// at most width columns: "loading 43 % · 430000 of 1000000 events read ·
// showing the first 10000 meanwhile", or as much of it as fits, the
// figures first.
func (l *loadBehind) line(m *Model, width int) string {
	pct := 0
	if l.last.total > 0 {
		pct = int(min(l.last.read*100/l.last.total, 100))
	}
	read, short := m.cat.T("loading.read", l.last.events), fmt.Sprint(l.last.events)
	if n := l.count(); n > 0 {
		read, short = m.cat.T("loading.readof", l.last.events, n), fmt.Sprintf("%d/%d", l.last.events, n)
	}
	long := m.cat.T("loading.behind", pct, read, l.shown)
	for _, s := range []string{long, m.cat.T("loading.short", pct, read), m.cat.T("loading.short", pct, short)} {
		if lipgloss.Width(s) <= width {
			return s
		}
	}
	return m.cat.T("loading.pct", pct)
}

// Loading reports whether the file is still loading behind a preview of
// its first events.
func (m Model) Loading() bool { return m.loading != nil }
