package ui

import (
	"strings"
	"testing"
)

// Issue 14, honest precision, citations a reporter can paste, the org
// chart's steps.

// selectID selects the event with id.
func selectID(t *testing.T, m Model, id string) Model {
	t.Helper()
	i, ok := m.ds.EventIndex(id)
	if !ok {
		t.Fatalf("no event %s", id)
	}
	m.ex.selectIndex(i)
	m.ex.settle()
	return m
}

// TestNoApproximateDateAsADay: the detail's related events, the index's
// first and last, the mark's distance and the list's order never show a
// date known to a month, or approximately, as an exact day.
func TestNoApproximateDateAsADay(t *testing.T) {
	ds := bundled(t)
	m := sized(t, ds, 120, 40)

	// The mark: an exact day, then an approximate one a day later.
	m = press(selectID(t, m, "rishabh-agarwal-leaves-msl"), "m")
	m = selectID(t, m, "ethan-knight-returns-to-openai")
	if s := screen(m); !strings.Contains(s, "at about the same time as the marked event") || strings.Contains(s, "1 days after") {
		t.Errorf("the mark counts days to an approximate date:\n%s", s)
	}
	m = selectID(t, m, "rohan-varma-leaves-meta") // known only to August
	if s := screen(m); !strings.Contains(s, "in the same month as the marked event") {
		t.Errorf("the mark counts days to a month:\n%s", s)
	}

	// The index: Ethan Knight's first and last events, approximate.
	m = typeText(press(sized(t, ds, 120, 40), "p"), "knight")
	if s := screen(m); !strings.Contains(s, "late Aug 2025 – 29 Aug 2025") || strings.Contains(s, "26 Aug 2025") {
		t.Errorf("the index shows an approximate date as a day:\n%s", s)
	}

	// Related events: approximate ones as such, in date order.
	m = selectID(t, sized(t, ds, 120, 40), "meta-invests-in-scale-ai")
	for _, l := range m.ex.detailLines() {
		if strings.HasPrefix(stripANSI(l), "• 28 Aug 2025") {
			t.Errorf("a related event dated late August shows as a day: %q", stripANSI(l))
		}
	}

	// The list: no "~mid" row among the "~late" ones of late August.
	var gutters []string
	for _, line := range listLines(sized(t, ds, 120, 80)) {
		if f := strings.Fields(strings.TrimLeft(line, "▶•' ")); len(f) > 0 && strings.HasPrefix(f[0], "~") {
			gutters = append(gutters, f[0])
		}
	}
	if g := strings.Join(gutters, " "); strings.Contains(g, "~late ~mid ~late") {
		t.Errorf("a ~mid row sits among the ~late ones: %s", g)
	}
}

// TestStatsCountNoMonthAsAWeek: the stats put no event known only to its
// month in a week, and say so; approximate dates are shaded.
func TestStatsCountNoMonthAsAWeek(t *testing.T) {
	m := press(sized(t, bundled(t), 120, 60), "s")
	s := screen(m)
	for _, want := range []string{"In no week, known only to their month or year: 2", "▒ approximate dates"} {
		if !strings.Contains(s, want) {
			t.Errorf("stats lack %q:\n%s", want, s)
		}
	}
}

// TestCopyNoticeNamesTheEvent: the copy notice gives the real command, with
// the event's id, and fits the window, on several lines if it must.
func TestCopyNoticeNamesTheEvent(t *testing.T) {
	for _, w := range []int{120, 80, 60} {
		m := press(sized(t, bundled(t), w, 24), "y", "enter")
		s := strings.ReplaceAll(screen(m), "▌ ", "")
		flat := strings.Join(strings.Fields(s), " ")
		if !strings.Contains(flat, "timeline show meta-invests-in-scale-ai --format citation") || strings.Contains(s, " ID ") {
			t.Errorf("%d columns: the copy notice does not name the event:\n%s", w, s)
		}
		checkFits(t, m, w, 24, "copy notice")
	}
	m := press(sized(t, bundled(t), 120, 40), "y", "4")
	if strings.Contains(screen(m), "timeline show") {
		t.Error("a copy that no command prints names one")
	}
}

// TestOpenMenuNamesSources: "o" lists each address by its outlet and
// headline, is not headed "Will copy", and neither is P's menu.
func TestOpenMenuNamesSources(t *testing.T) {
	m := press(sized(t, bundled(t), 120, 40), "o")
	s := screen(m)
	for _, want := range []string{"Observer, “", "Opens", "https://"} {
		if !strings.Contains(s, want) {
			t.Errorf("the open menu lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "Will copy") {
		t.Errorf("the open menu is headed Will copy:\n%s", s)
	}
	for _, it := range m.menu.items {
		if strings.HasPrefix(it.label, "http") {
			t.Errorf("a bare address in the open menu: %q", it.label)
		}
	}
	p := press(sized(t, bundled(t), 120, 40), "P")
	if strings.Contains(screen(p), "Will copy") {
		t.Errorf("P's menu is headed Will copy:\n%s", screen(p))
	}
}

// TestNoOpenerSaysTheWholeAddress: without a system opener the message
// gives the whole address, on several lines when it must.
func TestNoOpenerSaysTheWholeAddress(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no xdg-open nor open
	ds := bundled(t)
	m := sized(t, ds, 60, 24)
	url := "https://example.com/" + strings.Repeat("a-long-path/", 8) + "end"
	m.open(url)
	s := strings.ReplaceAll(screen(m), "▌ ", "")
	if !strings.Contains(strings.Join(strings.Fields(s), ""), url) {
		t.Errorf("the address is cut:\n%s", s)
	}
	checkFits(t, m, 60, 24, "no opener")
}

// TestChartStepsSayWhatChanged: each step of the org chart lists what
// changed and why a person left; a line too long ends with "…"; no line
// marks a role as disputed twice.
func TestChartStepsSayWhatChanged(t *testing.T) {
	m := selectID(t, sized(t, bundled(t), 80, 60), "msl-split-into-four-groups")
	m = press(m, "O")
	if s := screen(m); !strings.Contains(s, "What changed on 19 Aug 2025") || !strings.Contains(s, "+ Nat Friedman, under Alexandr Wang") {
		t.Errorf("the reorganization's changes:\n%s", s)
	}
	m = press(m, "]")
	s := screen(m)
	for _, want := range []string{"What changed on 1 Sep 2025", "− Ruben Mayer, was under Alexandr Wang: reporting line ended (Aug 2025)"} {
		if !strings.Contains(s, want) {
			t.Errorf("the step to 1 September lacks %q:\n%s", want, s)
		}
	}
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "disputed) (disputed)") {
			t.Errorf("doubled dispute mark: %q", l)
		}
	}
	lines := chartLines(m.ds, m.chart.day, false, 78, m.cat, m.st)
	cut := 0
	for _, l := range lines {
		if w := cellWidth(l); w > 78 {
			t.Errorf("a chart line is %d columns: %q", w, stripANSI(l))
		}
		if strings.HasSuffix(stripANSI(l), "…") {
			cut++
		}
	}
	if cut == 0 {
		t.Error("no chart line was cut with an ellipsis at 80 columns")
	}
}

// TestWarningsShownAtOnce: what the load warned about is in front at
// start, with "N of M slides opened".
func TestWarningsShownAtOnce(t *testing.T) {
	o := Opened{Source: "f.json", Slides: 3, SlidesOpened: 2,
		Warnings: []string{`f.json: warning: slide 2 "Bad": skipped: start_date: year is not a number`}}
	m := update(New(bundled(t), Options{NoMouse: true, Opened: o}), windowSize(120, 40))
	s := screen(m)
	for _, want := range []string{"2 of 3 slides opened, 1 skipped", `slide 2 "Bad": skipped`, "i shows why"} {
		if !strings.Contains(s, want) {
			t.Errorf("start screen lacks %q:\n%s", want, s)
		}
	}
	m = press(m, "esc")
	if m.active != explorerScreen {
		t.Fatal("esc does not leave the introduction")
	}
	if !strings.Contains(screen(press(m, "i")), `slide 2 "Bad"`) {
		t.Error("i does not show the warnings again")
	}
	clipped := Opened{Warnings: []string{"f.json: warning: event \"x\": title: clipped to 64 KiB"}}
	m = update(New(bundled(t), Options{NoMouse: true, Opened: clipped}), windowSize(80, 24))
	if s := screen(m); !strings.Contains(s, "clipped to 64 KiB") || !strings.Contains(s, "1 warning when opening") {
		t.Errorf("a clipped title is not said at once:\n%s", s)
	}
}
