package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"timeline/model"
)

// bodyScreen is what the body of the window shows.
type bodyScreen int

const (
	exploreScreen bodyScreen = iota // the timeline and the detail
	menuScreen                      // a chooser: copy, open, a person
	indexScreen                     // people, organisations, outlets
	chartScreen                     // the org chart at a date
	statsScreen                     // events per kind over time
)

// openScreen handles the keys that open a screen from the explorer. It
// reports whether the key was one of them.
func (m *Model) openScreen(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.keys
	e := m.list.selected()
	switch {
	case key.Matches(msg, k.Copy), key.Matches(msg, k.Open), key.Matches(msg, k.Person):
		if e == nil {
			return nil, true
		}
		mn := menu{purpose: copyMenu, title: m.cat.T("copy.title"), items: m.copyItems(e)}
		switch {
		case key.Matches(msg, k.Open):
			mn = menu{purpose: openMenu, title: m.cat.T("open.title"), items: m.openItems(e)}
			if len(mn.items) == 0 {
				m.notice = m.cat.T("open.nourl")
				return nil, true
			}
			if len(mn.items) == 1 {
				return m.choose(mn), true
			}
		case key.Matches(msg, k.Person):
			mn = menu{purpose: personMenu, title: m.cat.T("person.title"), items: m.personItems(e)}
			if len(mn.items) == 0 {
				m.notice = m.cat.T("person.none")
				return nil, true
			}
		}
		m.menu, m.screen = mn, menuScreen
	case key.Matches(msg, k.People):
		day := int32(0)
		if e != nil {
			day = e.Date.Days()
		}
		m.index, m.screen = newEntityIndex(m.ds, day, m.cat.Lang()), indexScreen
	case key.Matches(msg, k.OrgChart):
		if e == nil {
			return nil, true
		}
		m.chartDay, m.screen = e.Date.Days(), chartScreen
		if m.chartChanges == nil {
			m.chartChanges = model.ChartChanges(m.ds)
		}
		m.fillPager()
	case key.Matches(msg, k.Stats):
		m.screen = statsScreen
		m.fillPager()
	default:
		return nil, false
	}
	return nil, true
}

// fillPager draws the chart or the stats into the pager at its width.
func (m *Model) fillPager() {
	w := max(m.width-2, 1)
	m.pager.SetWidth(w)
	m.pager.SetHeight(max(m.height-m.lay.headerLines-3, 0))
	var lines []string
	switch m.screen {
	case chartScreen:
		reorg := false
		if e := m.list.selected(); e != nil && e.Kind == model.Reorganization && e.Date.Days() == m.chartDay {
			reorg = true
		}
		lines = chartLines(m.ds, m.chartDay, reorg, w, m.cat, m.st)
	case statsScreen:
		lines = statsLines(m.ds, w, m.cat)
	}
	m.pager.SetContentLines(lines)
	m.pager.GotoTop()
}

// handleScreenKey applies a key on a screen other than the explorer.
func (m Model) handleScreenKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	s := msg.String()
	if s == "ctrl+c" {
		return m, tea.Quit
	}
	if m.screen == indexScreen {
		return m.handleIndexKey(msg)
	}
	if key.Matches(msg, k.Back) {
		m.screen = exploreScreen
		return m, nil
	}
	if key.Matches(msg, k.Quit) {
		return m, tea.Quit
	}
	switch m.screen {
	case menuScreen:
		switch {
		case key.Matches(msg, k.Down):
			m.menu.move(1)
		case key.Matches(msg, k.Up):
			m.menu.move(-1)
		case s == "enter" || (len(s) == 1 && s[0] >= '1' && s[0] <= '9'):
			if s != "enter" {
				i := int(s[0] - '1')
				if i >= len(m.menu.items) {
					return m, nil
				}
				m.menu.sel = i
			}
			m.screen = exploreScreen
			cmd := m.choose(m.menu)
			m.syncDetail()
			return m, cmd
		}
	case chartScreen, statsScreen:
		switch {
		case key.Matches(msg, k.Down):
			m.pager.ScrollDown(1)
		case key.Matches(msg, k.Up):
			m.pager.ScrollUp(1)
		case key.Matches(msg, k.PageDown):
			m.pager.HalfPageDown()
		case key.Matches(msg, k.PageUp):
			m.pager.HalfPageUp()
		case key.Matches(msg, k.Top):
			m.pager.GotoTop()
		case key.Matches(msg, k.Bottom):
			m.pager.GotoBottom()
		case m.screen == chartScreen && key.Matches(msg, k.NextMonth):
			m.chartDay = chartStep(m.chartChanges, m.chartDay, 1)
			m.fillPager()
		case m.screen == chartScreen && key.Matches(msg, k.PrevMonth):
			m.chartDay = chartStep(m.chartChanges, m.chartDay, -1)
			m.fillPager()
		case key.Matches(msg, k.OrgChart), key.Matches(msg, k.Stats):
			m.screen = exploreScreen
		}
	}
	return m, nil
}

// handleIndexKey narrows, moves, switches tabs, or shows the chosen
// entity's events as a filtered timeline.
func (m Model) handleIndexKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	x := &m.index
	switch msg.String() {
	case "esc":
		if x.query != "" {
			x.query = ""
			x.narrow()
			return m, nil
		}
		m.screen = exploreScreen
	case "tab":
		x.tab = (x.tab + 1) % 3
		x.narrow()
	case "shift+tab":
		x.tab = (x.tab + 2) % 3
		x.narrow()
	case "down", "ctrl+n", "ctrl+j":
		x.move(1)
	case "up", "ctrl+p", "ctrl+k":
		x.move(-1)
	case "pgdown", "ctrl+d":
		x.move(10)
	case "pgup", "ctrl+u":
		x.move(-10)
	case "backspace":
		if r := []rune(x.query); len(r) > 0 {
			x.query = string(r[:len(r)-1])
			x.narrow()
		}
	case "enter":
		r := x.chosen()
		if r == nil {
			return m, nil
		}
		m.screen = exploreScreen
		q := x.filterFor(r)
		m.prompt.remember(q)
		cmd := m.setFilter(q)
		return m, cmd
	default:
		if msg.Text != "" && len(x.query) < 64 {
			t, _ := model.SanitizeN(msg.Text, 64, true)
			x.query += t
			x.narrow()
		}
	}
	return m, nil
}

// screenBody draws a screen other than the explorer in w×h cells.
func (m Model) screenBody(w, h int) string {
	var title string
	var lines []string
	switch m.screen {
	case menuScreen:
		title = m.menu.title
		lines = m.menu.view(w-2, m.cat.T("copy.preview"), m.st)
	case indexScreen:
		title = m.cat.T("index.title")
		lines = m.index.view(w-2, h-2, m.cat, m.st)
	case chartScreen:
		title = m.cat.T("chart.title")
		lines = strings.Split(m.pager.View(), "\n")
	case statsScreen:
		title = m.cat.T("stats.title")
		lines = strings.Split(m.pager.View(), "\n")
	}
	return box(title, lines, w, h, true, m.st)
}
