package ui

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"timeline/data"
	"timeline/locale"
)

// Issue 15, the explorer side: the title slide as the introduction, eras,
// media to open, slides skipped, kind none, deep time, times of day, and
// fetching a timeline by its address again.

// TestIntroOfTheTitleSlide: a timeline with a title slide opens on it, as
// TimelineJS does; esc shows the timeline, i the introduction again.
func TestIntroOfTheTitleSlide(t *testing.T) {
	l, opt := opened(t, "women_in_computing.json")
	m := update(New(l.Dataset, opt), windowSize(100, 30))
	s := screen(m)
	for _, want := range []string{"About this timeline", "Women in Computing", "walk you through what TimelineJS can do", "all 10 slides opened"} {
		if !strings.Contains(s, want) {
			t.Errorf("the introduction lacks %q:\n%s", want, s)
		}
	}
	m = press(m, "esc")
	if m.active != explorerScreen || !strings.Contains(screen(m), "Ada Lovelace") {
		t.Fatalf("esc did not show the timeline:\n%s", screen(m))
	}
	if m = press(m, "i"); m.active != introScreen {
		t.Error("i did not show the introduction")
	}
	if b := update(New(bundled(t), Options{NoMouse: true}), windowSize(100, 30)); b.active != explorerScreen {
		t.Error("the bundled dataset, with no title slide nor warning, opens on an introduction")
	}
}

// TestErasInTheExplorer: the eras are a band under the ruler, their names
// stand beside the months they span, and the detail names its era.
func TestErasInTheExplorer(t *testing.T) {
	m := sizedFile(t, "eras.json", 120, 40, locale.English)
	header := strings.Join(strings.Split(screen(m), "\n")[:4], "\n")
	for _, want := range []string{"╶Era Test 600-650", "╶Era Test 650-700"} {
		if !strings.Contains(header, want) {
			t.Errorf("the era band lacks %q:\n%s", want, header)
		}
	}
	list := strings.Join(listLines(m), "\n")
	if !strings.Contains(list, "602 · Era Test 600-650") {
		t.Errorf("the list does not name the era beside its events:\n%s", list)
	}
	if !strings.Contains(screen(m), "Era: Era Test 600-650") {
		t.Errorf("the detail does not name the era:\n%s", screen(m))
	}
	if small := sizedFile(t, "eras.json", 80, 20, locale.English); strings.Contains(strings.Join(strings.Split(screen(small), "\n")[:3], ""), "╶") {
		t.Error("the band takes a line of a window under 24 rows")
	}
}

// TestMediaToOpen: o offers the media's address, resolved against the
// address the file came from.
func TestMediaToOpen(t *testing.T) {
	l, opt := opened(t, "welcome.json")
	l.Dataset.Origin = "https://timeline.example/welcome/welcome.json"
	m := press(update(New(l.Dataset, opt), windowSize(120, 40)), "esc")
	m = selectID(t, m, m.ds.Events[0].ID)
	for i := range m.ds.Events {
		if strings.HasPrefix(m.ds.Events[i].Title.String(locale.English), "It's Easy") {
			m = selectID(t, m, m.ds.Events[i].ID)
		}
	}
	m = press(m, "o")
	var found bool
	for _, it := range m.menu.items {
		found = found || (strings.HasPrefix(it.label, "Media") && it.value == "https://timeline.example/static/welcome/step3.png")
	}
	if !found && !(m.active == explorerScreen && strings.Contains(m.notice, "step3.png")) {
		t.Errorf("o does not offer the media resolved against the file's address: %+v, notice %q", m.menu.items, m.notice)
	}
}

// TestSlidesSkippedSaid: a file with slides that cannot be read says how
// many opened and why the others did not, at once.
func TestSlidesSkippedSaid(t *testing.T) {
	l, opt := opened(t, "bad-slides.json")
	m := update(New(l.Dataset, opt), windowSize(120, 40))
	s := screen(m)
	if !strings.Contains(s, "of 5 slides opened") || !strings.Contains(s, "skipped") || !strings.Contains(s, `slide 2 "Month 13"`) {
		t.Errorf("the skipped slides are not said:\n%s", s)
	}
}

// TestKindNoneToggle: events without a kind are in the legend as such,
// and 0 hides and shows them.
func TestKindNoneToggle(t *testing.T) {
	m := sizedFile(t, "women_in_computing.json", 120, 40, locale.English)
	legend := func(m Model) string { return strings.Split(screen(m), "\n")[2] }
	if l := legend(m); !strings.Contains(l, "0·none 10") || strings.Contains(l, "depart") {
		t.Errorf("legend %q", l)
	}
	m = press(m, "0")
	if l := legend(m); !strings.Contains(l, "0×none") || m.ex.list.n != 0 {
		t.Errorf("0 did not hide the events of no kind: legend %q, %d shown", l, m.ex.list.n)
	}
	if m = press(m, "0"); m.ex.list.n != 10 {
		t.Errorf("0 again shows %d events", m.ex.list.n)
	}
	if !strings.Contains(screen(press(m, "?")), "show/hide events of no kind") {
		t.Error("the help does not list 0")
	}
}

// TestDeepTime: the universe's timeline reads in the gutter, the header's
// range and the ruler.
func TestDeepTime(t *testing.T) {
	for _, w := range []int{120, 60} {
		m := sizedFile(t, "cosmo.json", w, 30, locale.English)
		s := screen(m)
		for _, want := range []string{"13.8Ga", "Ga "} {
			if !strings.Contains(s, want) {
				t.Errorf("%d columns: lacks %q:\n%s", w, want, s)
			}
		}
		checkFits(t, m, w, 30, "cosmo")
	}
	if s := screen(sizedFile(t, "cosmo.json", 120, 30, locale.French)); !strings.Contains(s, "il y a 13,8 milliards d'années – 3500 av. J.-C.") {
		t.Errorf("the French header's range:\n%s", s)
	}
}

// TestTimesOfDay: a time of day shows before the title in the list, and in
// the detail's date.
func TestTimesOfDay(t *testing.T) {
	m := sizedFile(t, "times.json", 120, 30, locale.English)
	list := strings.Join(listLines(m), "\n")
	for _, want := range []string{"20:17:40 Touchdown", "02:56:15.500 First step", "13:00 Descent"} {
		if !strings.Contains(list, want) {
			t.Errorf("the list lacks %q:\n%s", want, list)
		}
	}
	m = press(m, "j", "j")
	if !strings.Contains(screen(m), "Sun 20 Jul 1969 20:17:40") {
		t.Errorf("the detail lacks the time:\n%s", screen(m))
	}
}

// TestRefetch: r fetches a timeline opened by its address again; the
// screen stays until it has come, and a failure changes nothing.
func TestRefetch(t *testing.T) {
	first, _ := opened(t, "women_in_computing.json")
	second, _ := opened(t, "eras.json")
	fail := false
	refetch := func(func(read, total int64, events int), func(data.Preview)) (Loaded, error) {
		if fail {
			return Loaded{}, errors.New("https://x.example/t.json: cannot fetch: the server answered 500 Internal Server Error")
		}
		return second, nil
	}
	src := Opened{Source: "https://x.example/t.json"}
	m := update(New(first.Dataset, Options{NoMouse: true, Opened: src, Refetch: refetch}), windowSize(100, 30))
	m = press(m, "esc")
	if !strings.Contains(screen(press(m, "?")), "fetch again") {
		t.Error("the help does not list r")
	}
	next, cmd := m.Update(keyMsg("r"))
	m = next.(Model)
	if !m.fetching || cmd == nil || !strings.Contains(screen(m), "fetching https://x.example/t.json again") {
		t.Fatalf("r did not start a fetch:\n%s", screen(m))
	}
	if !strings.Contains(screen(m), "Ada Lovelace") {
		t.Error("the screen did not stay while fetching")
	}
	m = update(m, cmd())
	if m.ds != second.Dataset || m.fetching {
		t.Fatalf("the fetch did not replace the dataset")
	}
	checkFits(t, m, 100, 30, "after the fetch")
	fail = true
	next, cmd = m.Update(keyMsg("r"))
	m = update(next.(Model), cmd())
	if m.ds != second.Dataset || !strings.Contains(strings.Join(strings.Fields(screen(m)), " "), "could not fetch it again") {
		t.Errorf("a failed fetch:\n%s", screen(m))
	}
	plain := sized(t, bundled(t), 100, 30)
	if strings.Contains(screen(press(plain, "?")), "fetch again") {
		t.Error("the help lists r for a file")
	}
}

// TestLoadingAWebAddress: the loading screen of a web address says it is
// fetching, without a bar of nothing read.
func TestLoadingAWebAddress(t *testing.T) {
	var m tea.Model = NewLoading("https://x.example/t.json", nil, Options{})
	m, _ = m.Update(windowSize(80, 10))
	s := stripANSI(m.View().Content)
	if !strings.Contains(s, "Fetching https://x.example/t.json") || strings.Contains(s, "0 %") {
		t.Errorf("loading screen of an address:\n%s", s)
	}
}
