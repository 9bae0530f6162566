package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"timeline/i18n"
	"timeline/model"
)

// helpView is the "?" screen: every binding of the screen under it, in
// columns by purpose, scrolled like a pager. As in less, "/" moves to a
// narrowing box; until then letters are commands (j scrolls, q closes),
// and once the box has the focus they narrow the list.
type helpView struct {
	outbox
	groups    [][]key.Binding // what it lists: the bindings of the screen under it
	query     string
	narrowing bool // the narrowing box has the focus
	pager     viewport.Model
	keys      helpKeys
	width     int
	height    int
	cat       i18n.Catalog
	st        *styles
}

// helpKeys are the help's own bindings: while the narrowing box has the
// focus, only Keep and Clear are on and every other key types.
type helpKeys struct {
	Scroll      scrollKeys
	Narrow      key.Binding
	Close       key.Binding
	Keep, Clear key.Binding
	Erase       key.Binding
}

// newHelpKeys returns the help's bindings in cat's language.
func newHelpKeys(cat i18n.Catalog) helpKeys {
	return helpKeys{
		Scroll: newScrollKeys(cat),
		Narrow: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", cat.T("key.narrow"))),
		Close:  key.NewBinding(key.WithKeys("esc", "?", "q"), key.WithHelp("esc/?/q", cat.T("key.close"))),
		Keep:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", cat.T("key.keep"))),
		Clear:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", cat.T("key.clear"))),
		Erase:  key.NewBinding(key.WithKeys("backspace"), key.WithHelp("backspace", cat.T("key.erase"))),
	}
}

// maxHelpQuery caps the narrowing text, in bytes.
const maxHelpQuery = 40

// newHelpView returns the help listing km's bindings.
func newHelpView(km help.KeyMap, cat i18n.Catalog, st *styles) helpView {
	vp := viewport.New()
	vp.SoftWrap = false
	return helpView{groups: km.FullHelp(), pager: vp, keys: newHelpKeys(cat), cat: cat, st: st}
}

// Update implements the component.
func (h helpView) Update(msg tea.Msg) (helpView, tea.Cmd) {
	k := h.bindings()
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		wheel(&h.pager, msg.Mouse())
	case tea.PasteMsg:
		if h.narrowing {
			h.typed(msg.Content)
		}
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Keep):
			h.narrowing = false
		case key.Matches(msg, k.Clear):
			h.narrowing, h.query = false, ""
			h.fill()
		case key.Matches(msg, k.Erase):
			if r := []rune(h.query); len(r) > 0 {
				h.query = string(r[:len(r)-1])
				h.fill()
			}
		case h.narrowing:
			h.typed(msg.Text)
		case key.Matches(msg, k.Narrow):
			h.narrowing = true
		case key.Matches(msg, k.Close):
			h.send(closeMsg{})
		default:
			k.Scroll.scroll(&h.pager, msg)
		}
	}
	return h, nil
}

// typed adds printable text to the narrowing query.
func (h *helpView) typed(text string) {
	if text == "" || len(h.query) >= maxHelpQuery {
		return
	}
	t, _ := model.SanitizeN(text, maxHelpQuery-len(h.query), true)
	if t == "" {
		return
	}
	h.query += t
	h.fill()
}

// typing reports whether keys go to the narrowing box as text.
func (h *helpView) typing() bool { return h.narrowing }

// bindings returns the keys that apply: the box's while it has the focus,
// the pager's otherwise.
func (h *helpView) bindings() helpKeys {
	k := h.keys
	k.Scroll.setEnabled(!h.narrowing)
	k.Narrow.SetEnabled(!h.narrowing)
	k.Close.SetEnabled(!h.narrowing)
	k.Keep.SetEnabled(h.narrowing)
	k.Clear.SetEnabled(h.narrowing)
	k.Erase.SetEnabled(h.narrowing)
	return k
}

// ShortHelp implements help.KeyMap.
func (h helpView) ShortHelp() []key.Binding {
	k := h.bindings()
	return []key.Binding{k.Close, k.Narrow, k.Scroll.Down, k.Scroll.PageDown, k.Keep, k.Clear}
}

// FullHelp implements help.KeyMap.
func (h helpView) FullHelp() [][]key.Binding {
	k := h.bindings()
	return [][]key.Binding{k.Scroll.list(), {k.Narrow, k.Close, k.Keep, k.Clear, k.Erase}}
}

// SetSize implements the component: the columns are laid out again for
// the width.
func (h *helpView) SetSize(width, height int) {
	h.width, h.height = width, height
	h.fill()
}

// fill lays out the bindings that match the query into the pager, from
// the top. The box takes two lines and the narrowing line two more.
func (h *helpView) fill() {
	h.pager.SetWidth(max(h.width-2, 0))
	h.pager.SetHeight(max(h.height-4, 0))
	h.pager.SetContentLines(fullHelp(narrowHelp(h.groups, h.query), h.width-2, h.st))
	h.pager.GotoTop()
}

// View implements the component: the narrowing line, then the bindings.
func (h helpView) View() string {
	var line string
	switch {
	case h.narrowing:
		line = h.st.prompt.Render(h.cat.T("help.narrow")) + h.query + "▏"
	case h.query != "":
		line = h.st.prompt.Render(h.cat.T("index.narrow")) + h.query
	default:
		line = h.st.dim.Render(h.cat.T("help.slash"))
	}
	lines := append([]string{line, ""}, splitLines(h.pager.View())...)
	return box(h.cat.T("pane.help"), lines, h.width, h.height, true, h.st)
}
