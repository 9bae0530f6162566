package ui

import (
	"strings"
	"testing"

	"timeline/locale"
)

// TestDetailDrawnFromItsKey: the pane is drawn again only when its key
// changes; a new event or a zoom just opened starts at the top, anything
// else keeps the reader's place.
func TestDetailDrawnFromItsKey(t *testing.T) {
	lines := make([]string, 100)
	draws := 0
	draw := func() []string { draws++; return lines }
	d := newDetailView()
	d.vp.SetHeight(10)
	st, dark := newStyles(false), newStyles(true)
	k := detailKey{event: 3, width: 40, lang: locale.English, mark: -1, st: st}
	step := func(what string, k detailKey, wantDraws, wantOffset int) {
		t.Helper()
		d.show(k, draw)
		if draws != wantDraws || d.vp.YOffset() != wantOffset {
			t.Errorf("%s: %d draws, offset %d; want %d draws, offset %d", what, draws, d.vp.YOffset(), wantDraws, wantOffset)
		}
	}
	step("first", k, 1, 0)
	step("same key", k, 1, 0)
	d.vp.SetYOffset(5)
	step("same key after scrolling", k, 1, 5)
	k.width = 50
	step("width", k, 2, 5)
	k.lang = locale.French
	step("language", k, 3, 5)
	k.terms = "wang"
	step("search", k, 4, 5)
	k.mark = 7
	step("mark", k, 5, 5)
	k.st = dark
	step("styles", k, 6, 5)
	k.zoom = true
	step("zoom opened", k, 7, 0)
	d.vp.SetYOffset(4)
	k.zoom = false
	step("zoom closed", k, 8, 4)
	k.event = 4
	step("another event", k, 9, 0)
}

// TestZoomOpensAtTop: tab j j j enter opens the zoom with the date line
// on screen, not scrolled off (issue 14, item 5).
func TestZoomOpensAtTop(t *testing.T) {
	m := press(sized(t, bundled(t), 120, 40), "tab", "j", "j", "j")
	if m.ex.detail.vp.YOffset() != 3 {
		t.Fatalf("j did not scroll the detail: offset %d", m.ex.detail.vp.YOffset())
	}
	m = press(m, "enter")
	if !m.ex.zoom || m.ex.detail.vp.YOffset() != 0 {
		t.Errorf("zoom: %v, offset %d", m.ex.zoom, m.ex.detail.vp.YOffset())
	}
	if s := screen(m); !strings.Contains(s, "Thu 12 Jun 2025 · $ investment") {
		t.Errorf("the zoom does not open on the date line:\n%s", s)
	}
}

// TestDetailFollowsSearchMarkAndLanguage: what the detail shows follows
// the search's highlights, the mark and the language without anyone
// invalidating it.
func TestDetailFollowsSearchMarkAndLanguage(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	match := m.st.match.Render("Scale")
	s := press(typeText(press(m, "/"), "scale"), "enter")
	if !strings.Contains(s.ex.detail.vp.GetContent(), match) {
		t.Error("the search's matches are not highlighted in the detail")
	}
	if s = press(s, "esc"); strings.Contains(s.ex.detail.vp.GetContent(), match) {
		t.Error("the highlights stay after esc cleared the search")
	}
	mk := press(m, "m")
	if !strings.Contains(stripANSI(mk.ex.detail.vp.GetContent()), "this is the marked event") {
		t.Error("the detail does not say the event is marked")
	}
	if mk = press(mk, "m"); strings.Contains(stripANSI(mk.ex.detail.vp.GetContent()), "marked event") {
		t.Error("the detail still speaks of a mark after m removed it")
	}
	if fr := press(m, "L"); !strings.Contains(stripANSI(fr.ex.detail.vp.GetContent()), "jeu. 12 juin 2025") {
		t.Errorf("L did not redraw the detail in French:\n%s", stripANSI(fr.ex.detail.vp.GetContent()))
	}
}
