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

// orgChart is the "O" screen: who reports to whom on a day, which [ and ]
// move to the previous and next change. On the day of a reorganization
// selected in the timeline it shows the charts before and after.
type orgChart struct {
	outbox
	ds       *model.Dataset
	day      int32
	reorgDay int32   // the selected event's day when it is a reorganization
	changes  []int32 // days at which the chart changes, in order
	pager    viewport.Model
	keys     chartKeys
	width    int
	height   int
	cat      i18n.Catalog
	st       *styles
}

// chartKeys are the org chart's bindings.
type chartKeys struct {
	Scroll                 scrollKeys
	PrevChange, NextChange key.Binding
	Back                   key.Binding
}

// newChartKeys returns the org chart's bindings in cat's language.
func newChartKeys(cat i18n.Catalog) chartKeys {
	return chartKeys{
		Scroll:     newScrollKeys(cat),
		PrevChange: key.NewBinding(key.WithKeys("["), key.WithHelp("[", cat.T("key.prevchange"))),
		NextChange: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", cat.T("key.nextchange"))),
		Back:       key.NewBinding(key.WithKeys("esc", "O"), key.WithHelp("esc/O", cat.T("key.back"))),
	}
}

// newOrgChart returns the chart as of e's day.
func newOrgChart(ds *model.Dataset, e *model.Event, changes []int32, cat i18n.Catalog, st *styles) orgChart {
	c := orgChart{ds: ds, day: e.Date.Days(), reorgDay: -1 << 31, changes: changes,
		pager: viewport.New(), keys: newChartKeys(cat), cat: cat, st: st}
	if e.Kind == model.Reorganization {
		c.reorgDay = c.day
	}
	return c
}

// Update implements the component.
func (c orgChart) Update(msg tea.Msg) (orgChart, tea.Cmd) {
	km, closing, left := c.keys.Scroll.page(&c.pager, c.keys.Back, msg)
	switch {
	case closing:
		c.send(closeMsg{})
	case !left:
	case key.Matches(km, c.keys.NextChange):
		c.day = c.step(1)
		c.fill()
	case key.Matches(km, c.keys.PrevChange):
		c.day = c.step(-1)
		c.fill()
	}
	return c, nil
}

// step returns the next (dir 1) or previous (dir -1) day on which the
// chart shows a change: a day on which a line or a role may change but
// none that shows (a role ending the day its successor starts) is passed
// over, so that every step has something to say.
func (c *orgChart) step(dir int) int32 {
	day := c.day
	for {
		next := chartStep(c.changes, day, dir)
		if next == day {
			return c.day // no change that shows that way
		}
		day = next
		before, after := model.OrgChart(c.ds, day-1), model.OrgChart(c.ds, day)
		if changes := model.DiffCharts(before, after); len(changes) > 0 || len(present.RoleChanges(before, after, nil, c.cat.Lang())) > 0 {
			return day
		}
	}
}

// ShortHelp implements help.KeyMap.
func (c orgChart) ShortHelp() []key.Binding {
	return []key.Binding{c.keys.PrevChange, c.keys.NextChange, c.keys.Scroll.Down, c.keys.Back}
}

// FullHelp implements help.KeyMap.
func (c orgChart) FullHelp() [][]key.Binding {
	return [][]key.Binding{c.keys.Scroll.list(), {c.keys.PrevChange, c.keys.NextChange, c.keys.Back}}
}

// SetSize implements the component: the chart is drawn again at the new
// width.
func (c *orgChart) SetSize(width, height int) {
	c.width, c.height = width, height
	c.fill()
}

// restyle draws the chart again in new styles.
func (c *orgChart) restyle(st *styles) {
	c.st = st
	if c.ds != nil {
		c.fill()
	}
}

// fill draws the chart of the day into the pager, from the top.
func (c *orgChart) fill() {
	w := max(c.width-2, 1)
	c.pager.SetWidth(w)
	c.pager.SetHeight(max(c.height-2, 0))
	c.pager.SetContentLines(chartLines(c.ds, c.day, c.day == c.reorgDay, w, c.cat, c.st))
	c.pager.GotoTop()
}

// View implements the component: the chart in a box.
func (c orgChart) View() string {
	return box(c.cat.T("chart.title"), strings.Split(c.pager.View(), "\n"), c.width, c.height, true, c.st)
}
