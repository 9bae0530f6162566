package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// lastLine returns the frame's status line.
func lastLine(m Model) string {
	lines := strings.Split(screen(m), "\n")
	return lines[len(lines)-1]
}

// TestHelpScrollsAtSmallSize: at 60×20 the help does not fit, and ↓,
// pgdn, ctrl+d and end each scroll it; end reaches the last binding
// (issue 14, item 4).
func TestHelpScrollsAtSmallSize(t *testing.T) {
	m := press(sized(t, bundled(t), 60, 20), "?")
	if strings.Contains(screen(m), "quit") {
		t.Fatalf("the help fits at 60×20, so this test scrolls nothing:\n%s", screen(m))
	}
	for _, k := range []string{"down", "j", "pgdown", "ctrl+d", "end", "G"} {
		s := press(m, k)
		if s.help.pager.YOffset() == 0 {
			t.Errorf("%s did not scroll the help", k)
		}
		checkFits(t, s, 60, 20, "help after "+k)
	}
	end := press(m, "end")
	if s := screen(end); !strings.Contains(s, "quit") || !strings.Contains(s, "suspend") {
		t.Errorf("end does not show the last bindings:\n%s", s)
	}
	if !strings.Contains(lastLine(end), "100%") {
		t.Errorf("the status line does not say the help is scrolled to its end: %q", lastLine(end))
	}
	if back := press(end, "home"); back.help.pager.YOffset() != 0 {
		t.Error("home did not scroll the help back to the top")
	}
}

// TestHelpLettersAreCommands: until "/" gives the narrowing box the
// focus, letters are the help's commands: j scrolls, q closes; after it
// they narrow (issue 14, item 4).
func TestHelpLettersAreCommands(t *testing.T) {
	m := press(sized(t, bundled(t), 60, 20), "?", "j")
	if m.help.query != "" || m.help.pager.YOffset() != 1 {
		t.Fatalf("j typed %q, scrolled to %d", m.help.query, m.help.pager.YOffset())
	}
	next, cmd := m.Update(keyMsg("q"))
	q := next.(Model)
	if q.showHelp || q.help.query != "" {
		t.Errorf("q did not close the help: shown %v, query %q", q.showHelp, q.help.query)
	}
	if cmd != nil {
		t.Error("q in the help returned a command: it should close the help, not quit")
	}
	n := typeText(press(m, "/"), "qj")
	if !n.showHelp || n.help.query != "qj" {
		t.Errorf("with the box focused, q and j should type: shown %v, query %q", n.showHelp, n.help.query)
	}
	if s := screen(n); !strings.Contains(s, "type to narrow: qj") {
		t.Errorf("the narrowing box does not show what was typed:\n%s", s)
	}
	n = press(n, "backspace")
	if n.help.query != "q" {
		t.Errorf("backspace left %q", n.help.query)
	}
}

// TestOneEscClosesHelp: esc closes the help at once, after scrolling or
// after a narrowing kept with enter; inside the box it clears the
// narrowing first.
func TestOneEscClosesHelp(t *testing.T) {
	base := sized(t, bundled(t), 120, 40)
	for _, keys := range [][]string{
		{"?", "esc"},
		{"?", "j", "k", "esc"},
		{"?", "/", "o", "r", "g", "enter", "esc"},
		{"?", "/", "o", "r", "g", "esc", "esc"},
	} {
		m := press(base, keys...)
		if m.showHelp {
			t.Errorf("%v: the help is still open", keys)
		}
		if m.Selected() != base.Selected() || m.ex.focus != listPane {
			t.Errorf("%v: a key reached the explorer under the help", keys)
		}
	}
	kept := press(base, "?", "/", "o", "r", "g", "enter")
	if !kept.showHelp || kept.help.query != "org" || kept.help.narrowing {
		t.Errorf("enter should keep the narrowing and leave the box: query %q, box %v", kept.help.query, kept.help.narrowing)
	}
	if s := screen(kept); !strings.Contains(s, "org chart") || strings.Contains(s, "previous month") {
		t.Errorf("the kept narrowing is not applied:\n%s", s)
	}
}

// TestHelpPaste: a paste narrows only while the box has the focus.
func TestHelpPaste(t *testing.T) {
	m := press(sized(t, bundled(t), 120, 40), "?")
	if m = update(m, tea.PasteMsg{Content: "org"}); m.help.query != "" {
		t.Errorf("a paste narrowed an unfocused help: %q", m.help.query)
	}
	m = update(press(m, "/"), tea.PasteMsg{Content: "org\x1b[2J"})
	if !strings.HasPrefix(m.help.query, "org") || strings.ContainsRune(m.help.query, 0x1b) {
		t.Errorf("paste into the box, sanitised: %q", m.help.query)
	}
}

// TestStatusLineOffersHelp: "? help" ends the status line at every width
// the line has room for it, in both languages and on every screen that
// takes no typing (issue 14, item 4: at 120 columns it was cut off).
func TestStatusLineOffersHelp(t *testing.T) {
	ds := bundled(t)
	for _, sz := range [][2]int{{200, 50}, {120, 40}, {100, 30}, {80, 24}, {60, 20}, {40, 15}} {
		for _, keys := range [][]string{nil, {"y"}, {"O"}, {"s"}, {"P"}, {"/", "a", "enter"}, {"m"}} {
			m := press(sized(t, ds, sz[0], sz[1]), keys...)
			if keys != nil && keys[0] == "m" {
				m = press(m, "j") // the notice "marked" gives way to the help at the next key
			}
			if l := lastLine(m); !strings.Contains(l, "? help") {
				t.Errorf("%d×%d after %v: no \"? help\" in %q", sz[0], sz[1], keys, l)
			}
			fr := press(press(m, "esc"), "L")
			if fr.active == explorerScreen {
				if l := lastLine(fr); !strings.Contains(l, "? aide") {
					t.Errorf("%d×%d in French: no \"? aide\" in %q", sz[0], sz[1], l)
				}
			}
		}
	}
	// Where keys are text, "?" is text too, and the line does not offer it.
	if l := lastLine(press(sized(t, ds, 120, 40), "p")); strings.Contains(l, "? help") {
		t.Errorf("the index, where ? narrows, offers the help: %q", l)
	}
}

// TestHelpListsTheScreenInFront: the help lists the bindings of the
// screen it was opened on, and only those that apply there. The org
// chart's [ and ] step through changes, not months.
func TestHelpListsTheScreenInFront(t *testing.T) {
	base := sized(t, bundled(t), 120, 40)
	cases := []struct {
		keys      []string
		want, not []string
	}{
		{nil, []string{"previous month", "search", "org chart", "quit"}, []string{"previous change", "next match", "scroll down"}},
		{[]string{"tab"}, []string{"scroll down", "previous month", "back"}, []string{"next match"}},
		{[]string{"/", "a", "enter"}, []string{"next match", "previous match", "back"}, nil},
		{[]string{"O"}, []string{"previous change", "next change", "scroll down", "back"}, []string{"previous month", "search"}},
		{[]string{"s"}, []string{"scroll down", "back", "quit"}, []string{"previous change", "previous month"}},
		{[]string{"y"}, []string{"choose", "choose by number", "back"}, []string{"previous month", "français"}},
	}
	for _, c := range cases {
		s := screen(press(base, append(c.keys, "?")...))
		s = s[:strings.LastIndex(s, "\n")] // the status line is the help's own
		for _, w := range c.want {
			if !strings.Contains(s, w) {
				t.Errorf("help after %v lacks %q:\n%s", c.keys, w, s)
			}
		}
		for _, n := range c.not {
			if strings.Contains(s, n) {
				t.Errorf("help after %v lists %q:\n%s", c.keys, n, s)
			}
		}
	}
}

// TestWheelScrollsPagers: the wheel scrolls the help, the org chart and
// the stats, and no longer the timeline hidden behind them.
func TestWheelScrollsPagers(t *testing.T) {
	base := sized(t, bundled(t), 60, 20)
	wheel := tea.MouseWheelMsg{X: 10, Y: 10, Button: tea.MouseWheelDown}
	for _, k := range []string{"?", "O", "s"} {
		m := update(press(base, k), wheel)
		off := map[string]int{"?": m.help.pager.YOffset(), "O": m.chart.pager.YOffset(), "s": m.stats.pager.YOffset()}[k]
		if off != 3 {
			t.Errorf("the wheel on %s scrolled to %d, want 3", k, off)
		}
		if m.ex.list.offset != 0 || m.Selected() != base.Selected() {
			t.Errorf("the wheel on %s moved the timeline behind it", k)
		}
	}
}
