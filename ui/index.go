package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"timeline/i18n"
	"timeline/model"
	"timeline/present"
	"timeline/search"
)

// entityIndex is the "p" screen: people, organisations and outlets, each
// with their role or kind at the selected date, their number of events and
// their first and last dates. Typing narrows the rows; enter asks the root
// for the chosen entity's events.
type entityIndex struct {
	outbox
	ds     *model.Dataset
	tab    int // 0 people, 1 organisations, 2 outlets
	rows   [3][]model.EntityRow
	query  string
	shown  []int // rows of the tab that match the query
	sel    int
	offset int
	keys   indexKeys
	width  int
	height int
	cat    i18n.Catalog
	st     *styles
}

// indexKeys are the index's bindings. Letters are not bound: they narrow.
type indexKeys struct {
	Up, Down, PageDown, PageUp key.Binding
	NextTab, PrevTab           key.Binding
	Choose, Erase, Clear, Back key.Binding
}

// newIndexKeys returns the index's bindings in cat's language.
func newIndexKeys(cat i18n.Catalog) indexKeys {
	return indexKeys{
		Up:       key.NewBinding(key.WithKeys("up", "ctrl+p", "ctrl+k"), key.WithHelp("↑/ctrl+p", cat.T("key.up"))),
		Down:     key.NewBinding(key.WithKeys("down", "ctrl+n", "ctrl+j"), key.WithHelp("↓/ctrl+n", cat.T("key.down"))),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("ctrl+d/pgdn", cat.T("key.pagedown"))),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("ctrl+u/pgup", cat.T("key.pageup"))),
		NextTab:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", cat.T("key.nexttab"))),
		PrevTab:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", cat.T("key.prevtab"))),
		Choose:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("key.events"))),
		Erase:    key.NewBinding(key.WithKeys("backspace"), key.WithHelp("backspace", cat.T("key.erase"))),
		Clear:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("key.clear"))),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("key.back"))),
	}
}

// newEntityIndex builds the three tabs as of day.
func newEntityIndex(ds *model.Dataset, day int32, cat i18n.Catalog, st *styles) entityIndex {
	lang := cat.Lang()
	x := entityIndex{
		ds: ds,
		rows: [3][]model.EntityRow{
			model.PeopleIndex(ds, day, lang),
			model.OrgIndex(ds, day, lang),
			model.OutletIndex(ds, day, lang),
		},
		keys: newIndexKeys(cat),
		cat:  cat,
		st:   st,
	}
	x.narrow()
	return x
}

// maxIndexQuery caps the narrowing text, in bytes.
const maxIndexQuery = 64

// Update implements the component: it moves, switches tabs, narrows as
// letters are typed, and asks for the chosen entity's events.
func (x entityIndex) Update(msg tea.Msg) (entityIndex, tea.Cmd) {
	k := x.bindings()
	switch msg := msg.(type) {
	case tea.PasteMsg:
		x.typed(msg.Content)
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Clear):
			x.query = ""
			x.narrow()
		case key.Matches(msg, k.Back):
			x.send(closeMsg{})
		case key.Matches(msg, k.NextTab):
			x.tab = (x.tab + 1) % 3
			x.narrow()
		case key.Matches(msg, k.PrevTab):
			x.tab = (x.tab + 2) % 3
			x.narrow()
		case key.Matches(msg, k.Down):
			x.move(1)
		case key.Matches(msg, k.Up):
			x.move(-1)
		case key.Matches(msg, k.PageDown):
			x.move(10)
		case key.Matches(msg, k.PageUp):
			x.move(-10)
		case key.Matches(msg, k.Erase):
			if r := []rune(x.query); len(r) > 0 {
				x.query = string(r[:len(r)-1])
				x.narrow()
			}
		case key.Matches(msg, k.Choose):
			if r := x.chosen(); r != nil {
				x.send(showEventsMsg{x.filterFor(r)})
			}
		default:
			x.typed(msg.Text)
		}
	}
	return x, nil
}

// typed adds printable text to the narrowing query.
func (x *entityIndex) typed(text string) {
	if text == "" || len(x.query) >= maxIndexQuery {
		return
	}
	t, _ := model.SanitizeN(text, maxIndexQuery-len(x.query), true)
	if t == "" {
		return
	}
	x.query += t
	x.narrow()
}

// bindings returns the keys with esc's meaning for now: it clears the
// narrowing first, then goes back.
func (x *entityIndex) bindings() indexKeys {
	k := x.keys
	k.Clear.SetEnabled(x.query != "")
	k.Back.SetEnabled(x.query == "")
	k.Erase.SetEnabled(x.query != "")
	k.Choose.SetEnabled(len(x.shown) > 0)
	return k
}

// ShortHelp implements help.KeyMap.
func (x entityIndex) ShortHelp() []key.Binding {
	k := x.bindings()
	return []key.Binding{k.Down, k.NextTab, k.Choose, k.Clear, k.Back}
}

// FullHelp implements help.KeyMap.
func (x entityIndex) FullHelp() [][]key.Binding {
	k := x.bindings()
	return [][]key.Binding{
		{k.Up, k.Down, k.PageDown, k.PageUp},
		{k.NextTab, k.PrevTab, k.Choose, k.Erase, k.Clear, k.Back},
	}
}

// SetSize implements the component.
func (x *entityIndex) SetSize(width, height int) { x.width, x.height = width, height }

// View implements the component: the index in a box.
func (x entityIndex) View() string {
	return box(x.cat.T("index.title"), x.lines(x.width-2, x.height-2), x.width, x.height, true, x.st)
}

// narrow recomputes the rows shown for the query.
func (x *entityIndex) narrow() {
	q := search.Fold(x.query)
	x.shown = x.shown[:0]
	for i, r := range x.rows[x.tab] {
		if q == "" || strings.Contains(search.Fold(r.Name+" "+r.ID+" "+r.Detail), q) {
			x.shown = append(x.shown, i)
		}
	}
	x.sel, x.offset = 0, 0
}

// move moves the selection by delta rows.
func (x *entityIndex) move(delta int) {
	x.sel = min(max(x.sel+delta, 0), max(len(x.shown)-1, 0))
}

// chosen returns the selected row, or nil.
func (x *entityIndex) chosen() *model.EntityRow {
	if x.sel >= len(x.shown) {
		return nil
	}
	return &x.rows[x.tab][x.shown[x.sel]]
}

// filterFor returns the query that shows the chosen entity's events.
func (x *entityIndex) filterFor(r *model.EntityRow) string {
	switch x.tab {
	case 0:
		return "person:" + r.ID
	case 1:
		return "org:" + r.ID
	}
	return `outlet:"` + strings.ReplaceAll(r.Name, `"`, "") + `"`
}

// lines draws the tabs, the narrowing line and the rows in w×h cells.
func (x *entityIndex) lines(w, h int) []string {
	cat, st := x.cat, x.st
	tabs := []string{cat.T("index.people"), cat.T("index.orgs"), cat.T("index.outlets")}
	var tb strings.Builder
	for i, t := range tabs {
		label := fmt.Sprintf(" %s (%d) ", t, len(x.rows[i]))
		if i == x.tab {
			tb.WriteString(st.selected.Render("[" + label + "]"))
		} else {
			tb.WriteString(" " + st.dim.Render(label) + " ")
		}
	}
	out := []string{tb.String(), st.prompt.Render(cat.T("index.narrow")) + x.query + "▏", ""}
	body := max(h-len(out), 0)
	if x.sel < x.offset {
		x.offset = x.sel
	}
	if x.sel >= x.offset+body {
		x.offset = x.sel - body + 1
	}
	lang := cat.Lang()
	nameW := min(max(w/3, 12), 32)
	countW := 6
	spanW := 29
	if w < 90 {
		spanW = 0 // narrow: the role matters more than the dates
	}
	detailW := max(w-nameW-countW-spanW-6, 0)
	for i := x.offset; i < len(x.shown) && i < x.offset+body; i++ {
		r := &x.rows[x.tab][x.shown[i]]
		span := ""
		if spanW > 0 {
			span = present.EntitySpan(x.ds, r, lang)
		}
		line := "  " + fit(r.Name, nameW) + " " + fit(r.Detail, detailW) + " " +
			lipgloss.PlaceHorizontal(countW, lipgloss.Right, fmt.Sprint(len(r.Events)))
		if spanW > 0 {
			line += "  " + fit(span, spanW)
		}
		if i == x.sel {
			line = st.selected.Render(fit("▶"+line[1:], w))
		}
		out = append(out, line)
	}
	if len(x.shown) == 0 {
		out = append(out, st.dim.Render(cat.T("index.none")))
	}
	return out
}
