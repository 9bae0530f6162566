package ui

import (
	tea "charm.land/bubbletea/v2"

	"timeline/model"
)

// openScreen puts a screen about the selected event in front, as the
// explorer asked. A menu with nothing in it says so instead; "o" with a
// single address opens it at once.
func (m Model) openScreen(which screenID) (Model, tea.Cmd) {
	e := m.ex.selected()
	if e == nil && which != indexScreen && which != statsScreen && which != introScreen {
		return m, nil
	}
	if which != introScreen && m.waitsForLoad() {
		return m, nil // the menus cite sources, the screens count across events: all of them
	}
	switch which {
	case copyScreen:
		m.menu = newMenu(copyMenu, m.cat.T("copy.title"), copyItems(m.ds, e, m.cat), m.cat, m.st)
	case openScreen:
		items := openItems(m.ds, e, m.cat)
		switch len(items) {
		case 0:
			m.notice = m.cat.T("open.nourl")
			return m, nil
		case 1:
			return m, m.open(items[0].value)
		}
		m.menu = newMenu(openMenu, m.cat.T("open.title"), items, m.cat, m.st)
	case personScreen:
		items := personItems(m.ds, e, m.cat)
		if len(items) == 0 {
			m.notice = m.cat.T("person.none")
			return m, nil
		}
		m.menu = newMenu(personMenu, m.cat.T("person.title"), items, m.cat, m.st)
	case indexScreen:
		day := int32(0)
		if e != nil {
			day = e.Date.Days()
		}
		m.index = newEntityIndex(m.ds, day, m.cat, m.st)
	case chartScreen:
		if m.changes == nil {
			m.changes = model.ChartChanges(m.ds)
		}
		m.chart = newOrgChart(m.ds, e, m.changes, m.cat, m.st)
	case statsScreen:
		m.stats = newStatsView(m.ds, m.cat, m.st)
	case introScreen:
		m.intro = newIntroView(m.ds, m.opened, m.cat, m.st)
	}
	m.active = which
	m.sizeFront()
	return m, nil
}
