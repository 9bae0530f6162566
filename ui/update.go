package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"timeline/i18n"
	"timeline/locale"
)

// Update implements tea.Model. The root handles the window, the styles,
// the language and its own keys (quit, help, suspend), routes everything
// else to the screen in front, and acts on what that screen asks. Keys
// and results also schedule a look at the heap for when the user is idle
// (idle_collect.go).
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case idleMsg:
		return m, m.idle.update(msg)
	case collectedMsg:
		m.idle.collecting = false
		return m, nil
	}
	if !wakes(msg) {
		return m.update(msg)
	}
	idle := m.idle.touch()
	mm, cmd := m.update(msg)
	return mm, tea.Batch(cmd, idle)
}

// update is Update for every message but the idle collector's.
func (m Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
		return m, nil
	case tea.BackgroundColorMsg:
		m.restyle(newStyles(msg.IsDark()))
		return m, nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.PasteMsg:
		return m.route(msg)
	case openedMsg:
		m.openResult(msg)
		return m, nil
	case askDoneMsg, formDoneMsg, conflictDoneMsg:
		m, cmd, _ := m.actNotebook(msg)
		return m, cmd
	case refetchedMsg:
		return m.refetched(msg)
	case loadProgressMsg:
		return m.loadProgressed(msg)
	case loadDoneMsg:
		return m.loadDone(msg)
	case tea.MouseWheelMsg:
		if m.exploring() {
			return m.updateExplorer(tea.MouseWheelMsg(m.bodyMouse(msg.Mouse())))
		}
		return m.route(msg) // the pagers scroll wherever the pointer is
	case tea.MouseClickMsg:
		if m.exploring() {
			return m.updateExplorer(tea.MouseClickMsg(m.bodyMouse(msg.Mouse())))
		}
		return m, nil
	}
	if mm, cmd, ok := m.updateNotebook(msg); ok {
		return mm, cmd
	}
	// The rest are the explorer's: search results, the index once built.
	return m.updateExplorer(msg)
}

// handleKey applies one key press: the root's own keys first, then the
// screen in front.
func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	m.notice = ""
	k := m.globalBindings()
	switch {
	case key.Matches(msg, k.Quit), key.Matches(msg, k.Interrupt):
		return m, tea.Quit
	case key.Matches(msg, k.Suspend):
		return m, tea.Suspend
	case key.Matches(msg, k.Help):
		m.help = newHelpView(m.frontKeys(), m.cat, m.st)
		m.help.SetSize(m.width, m.bodyHeight())
		m.showHelp = true
		return m, nil
	case key.Matches(msg, k.Lang):
		m.setLang()
		return m, nil
	}
	return m.route(msg)
}

// route gives msg to the help when it is open, else to the active screen,
// then acts on what the screen asks.
func (m Model) route(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	var ask tea.Msg
	switch {
	case m.showHelp:
		m.help, cmd = m.help.Update(msg)
		if _, ok := m.help.take().(closeMsg); ok {
			m.showHelp = false
		}
		return m, cmd
	case m.active == explorerScreen:
		return m.updateExplorer(msg)
	case m.notebookScreen():
		return m.routeNotebook(msg)
	case m.active == indexScreen:
		m.index, cmd = m.index.Update(msg)
		ask = m.index.take()
	case m.active == chartScreen:
		m.chart, cmd = m.chart.Update(msg)
		ask = m.chart.take()
	case m.active == statsScreen:
		m.stats, cmd = m.stats.Update(msg)
		ask = m.stats.take()
	case m.active == introScreen:
		m.intro, cmd = m.intro.Update(msg)
		ask = m.intro.take()
	default:
		m.menu, cmd = m.menu.Update(msg)
		ask = m.menu.take()
	}
	m, acted := m.act(ask)
	return m, batch(cmd, acted)
}

// updateExplorer gives msg to the explorer and acts on what it asks.
func (m Model) updateExplorer(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.ex, cmd = m.ex.Update(msg)
	m, acted := m.act(m.ex.take())
	return m, batch(cmd, acted)
}

// act carries out what a component asked of the root (intents.go). A
// screen that asks for anything but a notice is done with.
func (m Model) act(ask tea.Msg) (Model, tea.Cmd) {
	switch a := ask.(type) {
	case nil:
		return m, nil
	case noticeMsg:
		m.notice = a.text
		return m, nil
	case openMsg:
		return m.openScreen(a.screen)
	case refetchMsg:
		return m.startRefetch()
	}
	if mm, cmd, ok := m.actNotebook(ask); ok {
		return mm, cmd
	}
	m.active = explorerScreen
	switch a := ask.(type) {
	case copyMsg:
		// OSC 52 has no reply: say what was sent, not that it arrived.
		m.notice = m.copyNotice(a)
		return m, tea.SetClipboard(a.text)
	case openURLMsg:
		return m, m.open(a.url)
	case showEventsMsg:
		return m.updateExplorer(a)
	}
	return m, nil
}

// resize lays the window out and gives every screen its share.
func (m *Model) resize(width, height int) {
	m.width, m.height = max(width, 0), max(height, 0)
	m.header = headerLines(m.height, len(m.ds.Eras) > 0)
	m.ex.SetSize(m.width, m.bodyHeight())
	m.sizeFront()
}

// sizeFront gives the body to the screen in front of the explorer, and to
// the help when it is open.
func (m *Model) sizeFront() {
	w, h := m.width, m.bodyHeight()
	if m.showHelp {
		m.help.SetSize(w, h)
	}
	switch m.active {
	case indexScreen:
		m.index.SetSize(w, h)
	case chartScreen:
		m.chart.SetSize(w, h)
	case statsScreen:
		m.stats.SetSize(w, h)
	case introScreen:
		m.intro.SetSize(w, h)
	case copyScreen, openScreen, personScreen:
		m.menu.SetSize(w, h)
	default:
		m.sizeNotebook(w, h)
	}
}

// bodyHeight is what the header and the status line leave.
func (m *Model) bodyHeight() int { return max(m.height-m.header-1, 0) }

// restyle puts new styles everywhere, as the terminal's background is
// now known.
func (m *Model) restyle(st *styles) {
	m.st = st
	m.ex, _ = m.ex.Update(stylesMsg{st})
	m.menu.st, m.index.st, m.help.st = st, st, st
	m.chart.restyle(st)
	m.stats.st = st
	if m.active == introScreen {
		m.intro.st = st
		m.intro.SetSize(m.intro.width, m.intro.height) // its text carries styles
	}
}

// setLang switches the interface and the content between English and
// French, keeping the selection.
func (m *Model) setLang() {
	lang := locale.French
	if m.cat.Lang() == locale.French {
		lang = locale.English
	}
	m.cat = i18n.For(lang)
	m.keys = newGlobalKeys(m.cat)
	m.ex, _ = m.ex.Update(langMsg{m.cat})
}

// exploring reports whether the explorer is in front, without the help.
func (m *Model) exploring() bool { return m.active == explorerScreen && !m.showHelp }

// typing reports whether the screen in front takes printable keys as text,
// so that q, ? and L are text there, not commands.
func (m *Model) typing() bool {
	switch {
	case m.showHelp:
		return m.help.typing()
	case m.active == explorerScreen:
		return m.ex.typing()
	case m.notebookScreen():
		return m.notebookTyping()
	}
	return m.active == indexScreen
}

// globalBindings returns the root's keys with those that do not apply in
// front turned off: q, ? and L are text in a prompt; the help closes
// itself; only the explorer switches language.
func (m *Model) globalBindings() globalKeys {
	k := m.keys
	typing := m.typing()
	k.Quit.SetEnabled(!typing && !m.showHelp)
	k.Interrupt.SetEnabled(!k.Quit.Enabled())
	k.Help.SetEnabled(!typing && !m.showHelp)
	k.Lang.SetEnabled(!typing && m.exploring())
	return k
}

// frontKeys returns the key map of the screen in front with the root's
// keys that apply there: what the help lists. The root asks each screen by
// its concrete type, so that no copy of a screen escapes to the heap.
func (m *Model) frontKeys() screenKeys {
	k := screenKeys{global: m.globalBindings()}
	switch {
	case m.showHelp:
		k.short, k.full = m.help.ShortHelp(), m.help.FullHelp()
	case m.active == explorerScreen:
		k.short, k.full = m.ex.ShortHelp(), m.ex.FullHelp()
	case m.active == indexScreen:
		k.short, k.full = m.index.ShortHelp(), m.index.FullHelp()
	case m.active == chartScreen:
		k.short, k.full = m.chart.ShortHelp(), m.chart.FullHelp()
	case m.active == statsScreen:
		k.short, k.full = m.stats.ShortHelp(), m.stats.FullHelp()
	case m.notebookScreen():
		k.short, k.full = m.notebookHelp()
	case m.active == introScreen:
		k.short, k.full = m.intro.ShortHelp(), m.intro.FullHelp()
	default:
		k.short, k.full = m.menu.ShortHelp(), m.menu.FullHelp()
	}
	return k
}

// bodyMouse moves a mouse event's row from the window to the body.
func (m *Model) bodyMouse(ms tea.Mouse) tea.Mouse {
	ms.Y -= m.header
	return ms
}

// batch is tea.Batch of two commands, either of which may be nil.
func batch(a, b tea.Cmd) tea.Cmd {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	return tea.Batch(a, b)
}
