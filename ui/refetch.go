package ui

import (
	tea "charm.land/bubbletea/v2"

	"timeline/model"
)

// refetchedMsg carries the dataset fetched again by r, or why it could
// not be.
type refetchedMsg struct {
	loaded Loaded
	err    error
}

// startRefetch fetches the dataset again from its web address, as a
// command: the screen stays as it is, the status line says that a fetch is
// under way, and the new dataset replaces it only once it has arrived
// whole.
func (m Model) startRefetch() (Model, tea.Cmd) {
	if m.refetch == nil {
		m.notice = m.cat.T("fetch.notweb")
		return m, nil
	}
	if m.fetching {
		return m, nil
	}
	m.fetching = true
	load := m.refetch
	return m, func() tea.Msg {
		l, err := load(nil, nil)
		return refetchedMsg{l, err}
	}
}

// refetched puts the dataset fetched again in place of the one on screen,
// keeping the window, the language, the styles and the selected event when
// it is still there. A failure leaves everything as it was and says why.
func (m Model) refetched(msg refetchedMsg) (Model, tea.Cmd) {
	m.fetching = false
	if msg.err != nil || msg.loaded.Dataset == nil {
		why := "no dataset"
		if msg.err != nil {
			why, _ = model.SanitizeLine(msg.err.Error())
		}
		m.notice = m.cat.T("fetch.failed", why)
		return m, nil
	}
	sel := m.Selected()
	next := New(msg.loaded.Dataset, Options{Lang: m.cat.Lang(), NoMouse: !m.mouse, Text: msg.loaded.Text,
		Opened: msg.loaded.Opened, Refetch: m.refetch})
	next.restyle(m.st)
	next.resize(m.width, m.height)
	if i, ok := next.ds.EventIndex(sel); ok {
		next.ex.selectIndex(i)
		next.ex.settle()
	}
	if next.notice == "" {
		next.notice = m.cat.T("fetch.done", next.ex.span)
	}
	return next, next.ex.Init()
}
