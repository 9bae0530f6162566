package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(msg.Width, 0), max(msg.Height, 0)
		m.relayout()
	case tea.BackgroundColorMsg:
		m.st = newStyles(msg.IsDark())
		m.help.Styles = m.st.help
		m.detailEvent = -1
		m.syncDetail()
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.PasteMsg:
		return m.handlePaste(msg)
	case matchResultMsg:
		m.handleResult(msg)
	case indexReadyMsg:
		return m, m.indexReady(msg.ix)
	case openedMsg:
		m.openResult(msg)
	case tea.MouseWheelMsg:
		m.handleWheel(msg.Mouse())
	case tea.MouseClickMsg:
		m.handleClick(msg.Mouse())
	}
	return m, nil
}

// handleKey applies one key press.
func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	m.notice = ""
	if m.prompt.mode != noPrompt {
		return m.handlePromptKey(msg)
	}
	if key.Matches(msg, k.Suspend) {
		return m, tea.Suspend
	}
	if m.showHelp {
		return m.handleHelpKey(msg)
	}
	if m.screen != exploreScreen {
		return m.handleScreenKey(msg)
	}
	if key.Matches(msg, k.Quit) {
		return m, tea.Quit
	}
	if cmd, ok := m.handleFindKeys(msg); ok {
		return m, cmd
	}
	if cmd, ok := m.openScreen(msg); ok {
		return m, cmd
	}
	onDetail := m.focus == detailPane || m.zoom
	switch {
	case key.Matches(msg, k.Help):
		m.showHelp, m.helpQuery = true, ""
	case key.Matches(msg, k.Back):
		switch {
		case m.zoom:
			m.zoom, m.focus = false, listPane
			m.relayout()
		case m.focus == detailPane:
			m.focus = listPane
			m.relayout()
		case m.search.active():
			m.clearSearch()
		case m.filter.active():
			m.clearFilter()
		}
	case key.Matches(msg, k.Lang):
		m.setLang(1 - m.langIndex())
	case key.Matches(msg, k.Tab):
		m.focus = 1 - m.focus
		m.zoom = false
		m.relayout()
	case key.Matches(msg, k.Zoom):
		m.zoom = !m.zoom
		if m.zoom {
			m.focus = detailPane
		} else {
			m.focus = listPane
		}
		m.relayout()
	case onDetail && key.Matches(msg, k.Down):
		m.detail.ScrollDown(1)
	case onDetail && key.Matches(msg, k.Up):
		m.detail.ScrollUp(1)
	case onDetail && key.Matches(msg, k.PageDown):
		m.detail.HalfPageDown()
	case onDetail && key.Matches(msg, k.PageUp):
		m.detail.HalfPageUp()
	case onDetail && key.Matches(msg, k.Top):
		m.detail.GotoTop()
	case onDetail && key.Matches(msg, k.Bottom):
		m.detail.GotoBottom()
	case key.Matches(msg, k.Down):
		m.list.move(1)
	case key.Matches(msg, k.Up):
		m.list.move(-1)
	case key.Matches(msg, k.PageDown):
		m.list.move(max(m.list.height-1, 1))
	case key.Matches(msg, k.PageUp):
		m.list.move(-max(m.list.height-1, 1))
	case key.Matches(msg, k.Top):
		m.jumps.push(m.list.selectedIndex())
		m.list.selectEvent(0)
	case key.Matches(msg, k.Bottom):
		m.jumps.push(m.list.selectedIndex())
		m.list.selectEvent(m.list.n - 1)
	case key.Matches(msg, k.NextMonth):
		m.list.nextMonth()
	case key.Matches(msg, k.PrevMonth):
		m.list.prevMonth()
	}
	m.syncDetail()
	return m, nil
}

// handleWheel scrolls the pane under the pointer.
func (m *Model) handleWheel(ms tea.Mouse) {
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
	case m.lay.showList && m.lay.list.contains(ms.X, ms.Y):
		m.list.scroll(delta)
		m.syncDetail()
	case m.lay.showDetail && m.lay.detail.contains(ms.X, ms.Y):
		if delta > 0 {
			m.detail.ScrollDown(delta)
		} else {
			m.detail.ScrollUp(-delta)
		}
	}
}

// handleClick selects the clicked event, or focuses the clicked pane.
func (m *Model) handleClick(ms tea.Mouse) {
	if ms.Button != tea.MouseLeft || m.showHelp {
		return
	}
	switch {
	case m.lay.showList && m.lay.list.contains(ms.X, ms.Y):
		m.focus = listPane
		if i := m.list.eventAtRow(ms.Y - m.lay.list.y - 1); i >= 0 {
			m.list.selectEvent(i)
		}
		m.syncDetail()
	case m.lay.showDetail && m.lay.detail.contains(ms.X, ms.Y):
		m.focus = detailPane
	}
}

// relayout recomputes the layout and the panes' sizes.
func (m *Model) relayout() {
	m.lay = computeLayout(m.width, m.height, m.focus, m.zoom)
	if m.lay.showList {
		m.list.setHeight(m.lay.list.h - 2)
	} else if m.lay.showDetail {
		m.list.setHeight(max(m.lay.detail.h-2, 1))
	}
	if m.lay.showDetail {
		m.detail.SetWidth(max(m.lay.detail.w-2, 0))
		m.detail.SetHeight(max(m.lay.detail.h-2, 0))
	}
	m.help.SetWidth(max(m.width-2, 0))
	if m.screen == chartScreen || m.screen == statsScreen {
		m.fillPager()
	}
	m.syncDetail()
}

// syncDetail rebuilds the detail pane's content when the selection, the
// width or the language has changed since it was built.
func (m *Model) syncDetail() {
	w := m.detail.Width()
	idx := m.list.selectedIndex()
	if idx == m.detailEvent && w == m.detailWidth && m.cat.Lang() == m.detailLang {
		return
	}
	resetScroll := idx != m.detailShown
	m.detailEvent, m.detailShown, m.detailWidth, m.detailLang = idx, idx, w, m.cat.Lang()
	e := m.list.selected()
	showTitle := e != nil && boxTitleCut(e.Title.String(m.cat.Lang()), w+2)
	opt := present.DetailOptions{ShowTitle: showTitle, Highlight: m.highlighter()}
	if e != nil {
		opt.Extra = m.markLines(e)
	}
	m.detail.SetContentLines(present.Detail(m.ds, e, w, m.cat, m.st.detail(), opt))
	if resetScroll {
		m.detail.GotoTop()
	}
}

// langIndex is 0 for English and 1 for French, so that L toggles them.
func (m *Model) langIndex() int {
	if m.cat.Lang() == locale.French {
		return 1
	}
	return 0
}

// setLang switches the interface and the content to English (0) or
// French (1), keeping the selection.
func (m *Model) setLang(i int) {
	lang := locale.English
	if i == 1 {
		lang = locale.French
	}
	m.cat = i18n.For(lang)
	m.keys = defaultKeyMap(m.cat)
	m.syncDetail()
}

// handleHelpKey narrows the help as the user types (a searchable help, as
// a command palette would be); ? closes it, esc clears the narrowing and
// then closes it, ctrl+c quits.
func (m Model) handleHelpKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch s := msg.String(); {
	case s == "ctrl+c":
		return m, tea.Quit
	case s == "?":
		m.showHelp = false
	case s == "esc":
		if m.helpQuery != "" {
			m.helpQuery = ""
		} else {
			m.showHelp = false
		}
	case s == "backspace":
		if r := []rune(m.helpQuery); len(r) > 0 {
			m.helpQuery = string(r[:len(r)-1])
		}
	case msg.Text != "" && len(m.helpQuery) < 40:
		t, _ := model.SanitizeN(msg.Text, 40, true)
		m.helpQuery += t
	}
	return m, nil
}
