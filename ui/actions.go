package ui

import (
	"fmt"
	"os/exec"
	"runtime"

	tea "charm.land/bubbletea/v2"

	"timeline/model"
	"timeline/present"
)

// copyItems lists what "y" can copy for an event: the citation, Markdown,
// the plain summary, the source URLs, the id, and each quote with its
// attribution.
func (m *Model) copyItems(e *model.Event) []menuItem {
	lang := m.cat.Lang()
	items := []menuItem{
		{m.cat.T("copy.citation"), present.Citation(m.ds, e, lang)},
		{m.cat.T("copy.markdown"), present.CitationMarkdown(m.ds, e, lang)},
		{m.cat.T("copy.summary"), present.PlainSummary(m.ds, e, lang)},
	}
	if urls := present.SourceURLs(m.ds, e); len(urls) > 0 {
		v := ""
		for i, u := range urls {
			if i > 0 {
				v += "\n"
			}
			v += u
		}
		items = append(items, menuItem{m.cat.T("copy.urls", len(urls)), v})
	}
	items = append(items, menuItem{m.cat.T("copy.id"), e.ID})
	for i := range e.Quotes() {
		q := &e.Quotes()[i]
		items = append(items, menuItem{m.cat.T("copy.quote", m.ds.PersonName(q.Speaker)), present.QuoteCitation(m.ds, q, lang)})
	}
	return items
}

// openItems lists the event's web addresses for "o".
func (m *Model) openItems(e *model.Event) []menuItem {
	var items []menuItem
	for _, u := range present.SourceURLs(m.ds, e) {
		items = append(items, menuItem{u, u})
	}
	return items
}

// personItems lists the event's people for "P".
func (m *Model) personItems(e *model.Event) []menuItem {
	var items []menuItem
	for _, p := range e.People {
		label := m.ds.PersonName(p.ID)
		if r := p.Role().String(m.cat.Lang()); r != "" {
			label += " — " + r
		}
		items = append(items, menuItem{label, p.ID})
	}
	return items
}

// choose carries out the menu's selected item.
func (m *Model) choose(mn menu) tea.Cmd {
	it := mn.chosen()
	switch mn.purpose {
	case copyMenu:
		// OSC 52 has no reply: say what was sent, not that it arrived.
		m.notice = m.cat.T("copy.sent", it.label, len([]rune(it.value)))
		return tea.SetClipboard(it.value)
	case openMenu:
		return m.open(it.value)
	case personMenu:
		m.prompt.remember("person:" + it.value)
		return m.setFilter("person:" + it.value)
	}
	return nil
}

// openedMsg reports how starting the system opener went.
type openedMsg struct {
	url string
	err error
}

// open starts the system's opener on an http or https URL, with its
// output discarded so that nothing it prints reaches the screen.
func (m *Model) open(url string) tea.Cmd {
	if model.WebURL(url) == "" {
		m.notice = m.cat.T("open.refused")
		return nil
	}
	name := "xdg-open"
	if runtime.GOOS == "darwin" {
		name = "open"
	}
	path, err := exec.LookPath(name)
	if err != nil {
		m.notice = m.cat.T("open.noopener", name, url)
		return nil
	}
	m.notice = m.cat.T("open.opening", url)
	return func() tea.Msg {
		cmd := exec.Command(path, url)
		cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, nil, nil
		return openedMsg{url: url, err: cmd.Run()}
	}
}

// openResult reports a failed opener in the status line.
func (m *Model) openResult(msg openedMsg) {
	if msg.err != nil {
		m.notice = fmt.Sprintf("%s: %v", m.cat.T("open.failed", msg.url), msg.err)
	}
}
