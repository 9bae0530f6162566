package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"timeline/i18n"
	"timeline/model"
	"timeline/present"
)

// statsView is the "s" screen: events per kind per week, or per month
// when the window is narrow, with totals and the busiest period named.
type statsView struct {
	outbox
	ds     *model.Dataset
	pager  viewport.Model
	keys   statsKeys
	width  int
	height int
	cat    i18n.Catalog
	st     *styles
}

// statsKeys are the stats' bindings.
type statsKeys struct {
	Scroll scrollKeys
	Back   key.Binding
}

// newStatsView returns the stats of ds.
func newStatsView(ds *model.Dataset, cat i18n.Catalog, st *styles) statsView {
	return statsView{ds: ds, pager: viewport.New(), cat: cat, st: st, keys: statsKeys{
		Scroll: newScrollKeys(cat),
		Back:   key.NewBinding(key.WithKeys("esc", "s"), key.WithHelp("esc/s", cat.T("key.back"))),
	}}
}

// Update implements the component.
func (s statsView) Update(msg tea.Msg) (statsView, tea.Cmd) {
	if _, closing, _ := s.keys.Scroll.page(&s.pager, s.keys.Back, msg); closing {
		s.send(closeMsg{})
	}
	return s, nil
}

// ShortHelp implements help.KeyMap.
func (s statsView) ShortHelp() []key.Binding {
	return []key.Binding{s.keys.Scroll.Down, s.keys.Scroll.Up, s.keys.Back}
}

// FullHelp implements help.KeyMap.
func (s statsView) FullHelp() [][]key.Binding {
	return [][]key.Binding{s.keys.Scroll.list(), {s.keys.Back}}
}

// SetSize implements the component: the table is drawn again for the
// width, by week or by month.
func (s *statsView) SetSize(width, height int) {
	s.width, s.height = width, height
	w := max(width-2, 1)
	s.pager.SetWidth(w)
	s.pager.SetHeight(max(height-2, 0))
	t := model.Stats(s.ds, w < 100)
	s.pager.SetContentLines(strings.Split(strings.TrimRight(present.RenderStatsText(t, w, s.cat.Lang()), "\n"), "\n"))
	s.pager.GotoTop()
}

// View implements the component: the table in a box.
func (s statsView) View() string {
	return box(s.cat.T("stats.title"), strings.Split(s.pager.View(), "\n"), s.width, s.height, true, s.st)
}
