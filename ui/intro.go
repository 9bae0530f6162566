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

// introView is the "i" screen, the timeline's introduction: the title
// slide's headline and text, its media, the eras, the span of the events,
// then how the file opened (where from, "17 of 18 slides opened, 1
// skipped") and every warning of the load, each naming its slide. It is a
// screen of its own rather than a row of the list, so that the list holds
// only events and every count, search and jump stays about them; the
// explorer opens on it when there is an introduction or a warning, as
// TimelineJS opens on its title slide.
type introView struct {
	outbox
	ds     *model.Dataset
	opened Opened
	pager  viewport.Model
	keys   introKeys
	width  int
	height int
	cat    i18n.Catalog
	st     *styles
}

// introKeys are the introduction's bindings.
type introKeys struct {
	Scroll scrollKeys
	Back   key.Binding
}

// newIntroView returns the introduction of ds as it opened.
func newIntroView(ds *model.Dataset, opened Opened, cat i18n.Catalog, st *styles) introView {
	vp := viewport.New()
	vp.SoftWrap = false
	return introView{ds: ds, opened: opened, pager: vp, cat: cat, st: st, keys: introKeys{
		Scroll: newScrollKeys(cat),
		Back:   key.NewBinding(key.WithKeys("esc", "enter", "i"), key.WithHelp("esc/enter", cat.T("key.totimeline"))),
	}}
}

// Update implements the component.
func (v introView) Update(msg tea.Msg) (introView, tea.Cmd) {
	if _, closing, _ := v.keys.Scroll.page(&v.pager, v.keys.Back, msg); closing {
		v.send(closeMsg{})
	}
	return v, nil
}

// ShortHelp implements help.KeyMap.
func (v introView) ShortHelp() []key.Binding {
	return []key.Binding{v.keys.Back, v.keys.Scroll.Down, v.keys.Scroll.PageDown}
}

// FullHelp implements help.KeyMap.
func (v introView) FullHelp() [][]key.Binding {
	return [][]key.Binding{v.keys.Scroll.list(), {v.keys.Back}}
}

// SetSize implements the component: the text is wrapped again for the
// width, from the top.
func (v *introView) SetSize(width, height int) {
	v.width, v.height = width, height
	w := max(width-2, 1)
	v.pager.SetWidth(w)
	v.pager.SetHeight(max(height-2, 0))
	v.pager.SetContentLines(introLines(v.ds, v.opened, w, v.cat, v.st))
	v.pager.GotoTop()
}

// View implements the component: the introduction in a box.
func (v introView) View() string {
	return box(v.cat.T("intro.title"), strings.Split(v.pager.View(), "\n"), v.width, v.height, true, v.st)
}

// introLines writes the introduction, then how the file opened, in width
// columns; how it opened comes first when the load warned, so that the
// warnings are read before the rest.
func introLines(ds *model.Dataset, opened Opened, width int, cat i18n.Catalog, st *styles) []string {
	intro := present.IntroLines(ds, width, cat, st.detail())
	notes := openedLines(opened, width, cat, st)
	switch {
	case len(notes) == 0:
		return intro
	case len(opened.Warnings) > 0 || opened.skipped() > 0:
		return append(append(notes, ""), intro...)
	}
	return append(append(intro, ""), notes...)
}

// openedLines says where the dataset came from, how many of its slides
// opened, and lists every warning of the load.
func openedLines(o Opened, width int, cat i18n.Catalog, st *styles) []string {
	var out []string
	if o.Source == "" && o.Slides == 0 && len(o.Warnings) == 0 {
		return nil
	}
	out = append(out, st.heading.Render(cat.T("intro.opened")))
	if o.Source != "" {
		src, _ := model.SanitizeLine(o.Source)
		out = append(out, present.Indent(cat.T("intro.source", src), "", width)...)
	}
	if o.Slides > 0 {
		line := present.SlidesOpened(o.SlidesOpened, o.Slides, cat)
		if o.skipped() > 0 {
			line = st.warning.Render(line) + cat.T("intro.why")
		}
		out = append(out, present.Indent(line, "", width)...)
	}
	if len(o.Warnings) > 0 {
		out = append(out, "", st.heading.Render(cat.T("intro.warnings", len(o.Warnings))))
		for _, w := range o.Warnings {
			lines := present.Indent(w, "  ", width)
			lines[0] = "•" + strings.TrimPrefix(lines[0], " ")
			out = append(out, lines...)
		}
	}
	return out
}
