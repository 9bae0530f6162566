package ui

import (
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestNavigationKeys(t *testing.T) {
	ds := bundled(t)
	last := ds.Events[len(ds.Events)-1].ID
	cases := []struct {
		keys []string
		want string
	}{
		{nil, "meta-invests-in-scale-ai"},
		{[]string{"j"}, "google-plans-split-from-scale-ai"},
		{[]string{"down", "down", "up"}, "google-plans-split-from-scale-ai"},
		{[]string{"k"}, "meta-invests-in-scale-ai"},
		{[]string{"G"}, last},
		{[]string{"end", "g"}, "meta-invests-in-scale-ai"},
		{[]string{"end", "home"}, "meta-invests-in-scale-ai"},
		{[]string{"]"}, "scale-ai-layoffs-july"},
		{[]string{"]", "]"}, "rohan-varma-leaves-meta"},
		{[]string{"]", "]", "j", "["}, "rohan-varma-leaves-meta"},
		{[]string{"]", "]", "["}, "scale-ai-layoffs-july"},
		{[]string{"[", "["}, "meta-invests-in-scale-ai"},
		{[]string{"G", "]"}, last},
		{[]string{"ctrl+d"}, "lecun-confirms-departure"}, // a page of rows on, month headers included
		{[]string{"ctrl+d", "ctrl+u"}, "meta-invests-in-scale-ai"},
		{[]string{"pgdown", "pgup"}, "meta-invests-in-scale-ai"},
	}
	for _, c := range cases {
		m := press(sized(t, ds, 120, 40), c.keys...)
		if got := m.Selected(); got != c.want {
			t.Errorf("keys %v: selected %q, want %q", c.keys, got, c.want)
		}
	}
}

func TestDetailFollowsSelection(t *testing.T) {
	m := press(sized(t, bundled(t), 120, 40), "j")
	if !strings.Contains(screen(m), "Fri 13 Jun 2025") {
		t.Errorf("detail does not show the second event's date:\n%s", screen(m))
	}
}

func TestFocusAndZoom(t *testing.T) {
	ds := bundled(t)
	m := sized(t, ds, 120, 40)
	m = press(m, "tab")
	if m.ex.focus != detailPane {
		t.Fatal("tab did not focus the detail")
	}
	m = press(m, "j")
	if m.Selected() != "meta-invests-in-scale-ai" {
		t.Error("j moved the list while the detail had focus")
	}
	if m.ex.detail.vp.YOffset() != 1 {
		t.Errorf("j did not scroll the detail: offset %d", m.ex.detail.vp.YOffset())
	}
	m = press(m, "esc")
	if m.ex.focus != listPane {
		t.Error("esc did not return focus to the list")
	}
	m = press(m, "enter")
	if !m.ex.zoom || m.ex.lay.showList {
		t.Error("enter did not zoom the detail")
	}
	m = press(m, "esc")
	if m.ex.zoom || !m.ex.lay.showList {
		t.Error("esc did not leave the zoom")
	}
}

func TestNarrowShowsOnePane(t *testing.T) {
	m := sized(t, bundled(t), 50, 20)
	if !m.ex.lay.showList || m.ex.lay.showDetail {
		t.Fatal("below 60 columns the list alone should show")
	}
	m = press(m, "tab")
	if m.ex.lay.showList || !m.ex.lay.showDetail {
		t.Fatal("tab should show the detail alone")
	}
	if !strings.Contains(screen(m), "Thu 12 Jun 2025") {
		t.Errorf("detail missing:\n%s", screen(m))
	}
}

func TestLayouts(t *testing.T) {
	for _, c := range []struct {
		w, h              int
		side, stack, solo bool
	}{
		{120, 40, true, false, false},
		{100, 30, true, false, false},
		{99, 30, false, true, false},
		{60, 20, false, true, false},
		{59, 20, false, false, true},
	} {
		l := computeLayout(c.w, c.h, listPane, false)
		side := l.showList && l.showDetail && l.list.y == l.detail.y
		stack := l.showList && l.showDetail && l.list.x == l.detail.x
		solo := l.showList != l.showDetail
		if side != c.side || stack != c.stack || solo != c.solo {
			t.Errorf("%d×%d: side %v stacked %v single %v", c.w, c.h, side, stack, solo)
		}
	}
}

func TestHelpAndQuit(t *testing.T) {
	m := press(sized(t, bundled(t), 120, 40), "?")
	if !strings.Contains(screen(m), "previous month") {
		t.Fatalf("help not shown:\n%s", screen(m))
	}
	m = press(m, "j")
	if m.Selected() != "meta-invests-in-scale-ai" {
		t.Error("keys should not move the list under the help")
	}
	m = press(m, "esc", "esc") // the first closes the help, the second has nothing to back out of
	if m.showHelp {
		t.Error("esc did not close the help")
	}
	for _, k := range []tea.KeyPressMsg{{Code: 'q', Text: "q"}, {Code: 'c', Mod: tea.ModCtrl}} {
		_, cmd := m.Update(k)
		if cmd == nil {
			t.Fatalf("%v returned no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%v did not quit", k)
		}
	}
}

func TestMouse(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	// The list's first row, inside the border, is the JUNE header; the
	// first event follows, selected, its title on two lines; then the
	// second event.
	y := m.header + m.ex.lay.list.y + 4
	m = update(m, tea.MouseClickMsg{X: 5, Y: y, Button: tea.MouseLeft})
	if m.Selected() != "google-plans-split-from-scale-ai" {
		t.Errorf("click selected %q", m.Selected())
	}
	m = update(m, tea.MouseWheelMsg{X: 80, Y: 10, Button: tea.MouseWheelDown})
	if m.ex.detail.vp.YOffset() == 0 {
		t.Error("wheel over the detail did not scroll it")
	}
	if m.Selected() != "google-plans-split-from-scale-ai" {
		t.Error("wheel over the detail moved the list")
	}
	m = update(m, tea.MouseClickMsg{X: 80, Y: 10, Button: tea.MouseLeft})
	if m.ex.focus != detailPane {
		t.Error("click on the detail did not focus it")
	}
	if v := New(bundled(t), Options{NoMouse: true}).View(); v.MouseMode != tea.MouseModeNone {
		t.Error("--no-mouse still captures the mouse")
	}
	if v := New(bundled(t), Options{}).View(); v.MouseMode != tea.MouseModeCellMotion {
		t.Error("mouse not enabled by default")
	}
}

func TestLightBackgroundRestyles(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	dark := m.View().Content
	m = update(m, tea.BackgroundColorMsg{Color: color.White})
	if m.View().Content == dark {
		t.Error("a light background did not change the styles")
	}
	if screen(m) != stripANSI(dark) {
		t.Error("restyling changed the text")
	}
}

func TestLanguageSwitchKeepsSelection(t *testing.T) {
	m := press(sized(t, bundled(t), 120, 40), "j", "j")
	sel := m.Selected()
	m = press(m, "L")
	if m.Selected() != sel {
		t.Fatalf("L moved the selection from %s to %s", sel, m.Selected())
	}
	s := screen(m)
	for _, want := range []string{"chercher", "Chronologie", "JUIN 2025", "événements"} {
		if !strings.Contains(s, want) {
			t.Errorf("French screen lacks %q:\n%s", want, s)
		}
	}
	if s := screen(press(m, "?")); !strings.Contains(s, "quitter") {
		t.Errorf("French help lacks quitter:\n%s", s)
	}
	m = press(m, "L")
	if s := screen(m); !strings.Contains(s, "search") || strings.Contains(s, "chercher") {
		t.Errorf("L did not switch back to English:\n%s", s)
	}
	if s := screen(press(m, "?")); !strings.Contains(s, "quit") || strings.Contains(s, "quitter") {
		t.Errorf("English help lacks quit:\n%s", s)
	}
}

func TestFrenchFromOptions(t *testing.T) {
	m := update(New(bundled(t), Options{Lang: "fr", NoMouse: true}), tea.WindowSizeMsg{Width: 120, Height: 40})
	if s := screen(m); !strings.Contains(s, "jeu. 12 juin 2025") && !strings.Contains(s, "12 jeu") {
		t.Errorf("French dates missing:\n%s", s)
	}
}

func TestHelpIsSearchable(t *testing.T) {
	// As in less, "/" moves to the narrowing box; letters before it are
	// commands (TestHelpLettersAreCommands).
	m := press(sized(t, bundled(t), 120, 40), "?", "/")
	m = typeText(m, "org")
	s := screen(m)
	if !strings.Contains(s, "org chart") || strings.Contains(s, "previous month") {
		t.Errorf("help not narrowed to org:\n%s", s)
	}
	m = press(m, "esc")
	if !m.showHelp || !strings.Contains(screen(m), "previous month") {
		t.Error("the first esc should clear the narrowing")
	}
	if m = press(m, "esc"); m.showHelp {
		t.Error("the second esc should close the help")
	}
}
