package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestCopyMenu(t *testing.T) {
	m := press(sized(t, bundled(t), 120, 40), "]", "]", "j", "j", "j", "j", "j", "j") // Agarwal
	m = press(m, "y")
	if m.active != copyScreen || m.menu.purpose != copyMenu {
		t.Fatal("y did not open the copy menu")
	}
	s := screen(m)
	for _, want := range []string{"Citation", "Markdown", "Plain summary", "Source URLs", "Event id", "Quote: Rishabh Agarwal", "Will copy"} {
		if !strings.Contains(s, want) {
			t.Errorf("copy menu lacks %q:\n%s", want, s)
		}
	}
	next, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	m = next.(Model)
	if cmd == nil || m.active != explorerScreen {
		t.Fatal("enter did not copy and close")
	}
	if !strings.Contains(m.notice, "OSC 52") || !strings.Contains(m.notice, "Citation") {
		t.Errorf("status does not say what was sent: %q", m.notice)
	}
	// A digit picks an item directly: 5 is the event id.
	m = press(m, "y")
	next, cmd = m.Update(tea.KeyPressMsg{Code: '5', Text: "5"})
	if cmd == nil || !strings.Contains(next.(Model).notice, "Event id") {
		t.Errorf("5 did not copy the id: %q", next.(Model).notice)
	}
	if m = press(press(m, "y"), "esc"); m.active != explorerScreen {
		t.Error("esc did not close the menu")
	}
}

func TestOpenRefusesWhatIsNotWeb(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	if cmd := m.open("javascript:alert(1)"); cmd != nil || !strings.Contains(m.notice, "http") {
		t.Errorf("a javascript: URL was not refused: %q", m.notice)
	}
	if cmd := m.open("file:///etc/passwd"); cmd != nil {
		t.Error("a file: URL was not refused")
	}
}

func TestOpenChooser(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	m = press(m, "o") // the first event has several sources with addresses
	if m.active != openScreen || m.menu.purpose != openMenu || len(m.menu.items) < 2 {
		t.Fatalf("o did not offer a chooser: screen %d, %d items", m.active, len(m.menu.items))
	}
	for _, it := range m.menu.items {
		if !strings.HasPrefix(it.value, "http://") && !strings.HasPrefix(it.value, "https://") {
			t.Errorf("chooser offers %q", it.value)
		}
	}
}

func TestPeopleIndex(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	m = press(m, "p")
	if m.active != indexScreen {
		t.Fatal("p did not open the index")
	}
	s := screen(m)
	for _, want := range []string{"People (", "Organisations (", "Outlets (", "Alexandr Wang"} {
		if !strings.Contains(s, want) {
			t.Errorf("index lacks %q:\n%s", want, s)
		}
	}
	m = typeText(m, "wang")
	if r := m.index.chosen(); r == nil || r.ID != "alexandr-wang" {
		t.Fatalf("typing wang selected %v", r)
	}
	m = press(m, "enter")
	if m.active != explorerScreen || m.ex.filter.text != "person:alexandr-wang" || m.ex.list.n < 5 {
		t.Fatalf("enter did not show Wang's events: %q, %d events", m.ex.filter.text, m.ex.list.n)
	}
	m = press(m, "p", "tab")
	if m.index.tab != 1 || !strings.Contains(screen(m), "TBD Lab") {
		t.Errorf("tab did not show organisations:\n%s", screen(m))
	}
	m = typeText(press(m, "tab"), "techc")
	if !strings.Contains(screen(m), "TechCrunch") {
		t.Errorf("outlets tab lacks TechCrunch:\n%s", screen(m))
	}
	m = press(m, "esc")
	if m.active != indexScreen || m.index.query != "" {
		t.Error("the first esc should clear the narrowing")
	}
	m = press(m, "esc")
	if m.active != explorerScreen {
		t.Error("esc did not go back")
	}
}

func TestPersonJumpFromDetail(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	m = press(m, "P")
	if m.active != personScreen || m.menu.purpose != personMenu {
		t.Fatal("P did not list the event's people")
	}
	m = press(m, "1")
	if !strings.HasPrefix(m.ex.filter.text, "person:") || m.ex.list.n == 0 {
		t.Errorf("choosing a person did not filter: %q", m.ex.filter.text)
	}
}

func TestOrgChartScreen(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	m = press(typeText(press(m, "@"), "2025-08-20"), "enter")
	m = press(m, "O")
	if m.active != chartScreen {
		t.Fatal("O did not open the chart")
	}
	s := screen(m)
	if !strings.Contains(s, "Org chart on Wed 20 Aug 2025") || !strings.Contains(s, "Yann LeCun") {
		t.Fatalf("chart on 20 Aug:\n%s", s)
	}
	// LeCun sits under Wang on the 20th: his line is indented below Wang's.
	if !strings.Contains(stripANSI(m.chart.pager.GetContent()), "    └── Yann LeCun") {
		t.Errorf("LeCun is not under Wang:\n%s", m.chart.pager.GetContent())
	}
	m = press(m, "[")
	if got := m.chart.day; got >= m.ex.list.selected().Date.Days() {
		t.Errorf("[ did not step back: day %d", got)
	}
	if !strings.Contains(m.chart.pager.GetContent(), "disputed") {
		t.Errorf("before 19 Aug LeCun's line should be disputed:\n%s", m.chart.pager.GetContent())
	}
	m = press(m, "esc")
	if m.active != explorerScreen {
		t.Error("esc did not go back")
	}
}

func TestReorganizationShowsBeforeAndAfter(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	m = press(typeText(press(m, "@"), "2025-08-19"), "enter", "O")
	c := m.chart.pager.GetContent()
	for _, want := range []string{"Before: Mon 18 Aug 2025", "After: Tue 19 Aug 2025", "→ Yann LeCun: Mark Zuckerberg → Alexandr Wang", "+ Nat Friedman"} {
		if !strings.Contains(c, want) {
			t.Errorf("reorganization chart lacks %q:\n%s", want, c)
		}
	}
}

func TestStatsScreen(t *testing.T) {
	m := press(sized(t, bundled(t), 120, 40), "s")
	s := screen(m)
	if m.active != statsScreen || !strings.Contains(s, "Busiest week: 25 Aug 2025 (10)") {
		t.Errorf("stats:\n%s", s)
	}
	n := press(sized(t, bundled(t), 80, 24), "s")
	if !strings.Contains(n.stats.pager.GetContent(), "month") {
		t.Errorf("narrow stats should go by month:\n%s", n.stats.pager.GetContent())
	}
}

func TestScreensFitEverySize(t *testing.T) {
	ds := bundled(t)
	for _, keys := range [][]string{{"y"}, {"p"}, {"O"}, {"s"}, {"P"}, {"o"}, {"i"}} {
		for _, sz := range [][2]int{{120, 40}, {80, 24}, {60, 20}, {40, 15}, {20, 5}} {
			m := press(sized(t, ds, sz[0], sz[1]), keys...)
			checkFits(t, m, sz[0], sz[1], "screen "+keys[0])
			m = press(m, "j", "down", "ctrl+d", "]", "[", "tab")
			checkFits(t, m, sz[0], sz[1], "screen "+keys[0]+" after keys")
			m = update(m, tea.WindowSizeMsg{Width: sz[1], Height: sz[0] / 2})
			checkFits(t, m, sz[1], sz[0]/2, "screen "+keys[0]+" resized")
		}
	}
}
