package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"timeline/model"
	"timeline/search"
)

// typeText sends each rune of s as a key press.
func typeText(m Model, s string) Model {
	for _, r := range s {
		m = update(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

func TestIncrementalSearch(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	m = typeText(press(m, "/"), "agarwal")
	if m.ex.prompt.mode != searchPrompt {
		t.Fatal("/ did not open the search prompt")
	}
	if got := m.Selected(); got != "rishabh-agarwal-leaves-msl" {
		t.Errorf("search moved to %q", got)
	}
	if m.ex.list.n != len(m.ds.Events) {
		t.Error("search must keep the list whole")
	}
	s := screen(m)
	if !strings.Contains(s, "match 1/") || !strings.Contains(s, "Rishabh Agarwal") {
		t.Errorf("status or detail missing:\n%s", s)
	}
	if !strings.Contains(m.View().Content, m.st.match.Render("Agarw")) && !strings.Contains(m.View().Content, m.st.match.Render("Agarwal")) {
		t.Error("matches are not highlighted")
	}
	m = press(m, "enter")
	if m.ex.prompt.mode != noPrompt || !m.ex.search.active() {
		t.Fatal("enter should close the prompt and keep the search")
	}
	first := m.Selected()
	m = press(m, "n")
	if m.Selected() == first {
		t.Error("n did not move to the next match")
	}
	m = press(m, "N")
	if m.Selected() != first {
		t.Errorf("N did not come back: %s", m.Selected())
	}
	n := len(m.ex.search.positions)
	for i := 0; i < n; i++ {
		m = press(m, "n")
	}
	if m.Selected() != first {
		t.Error("n does not wrap around")
	}
	m = press(m, "esc")
	if m.ex.search.active() {
		t.Error("esc did not clear the search")
	}
}

func TestSearchEscReturnsToOrigin(t *testing.T) {
	m := press(sized(t, bundled(t), 120, 40), "j")
	m = typeText(press(m, "/"), "lecun")
	if m.Selected() == "google-plans-split-from-scale-ai" {
		t.Fatal("search did not move")
	}
	m = press(m, "esc")
	if m.Selected() != "google-plans-split-from-scale-ai" || m.ex.search.active() {
		t.Errorf("esc in the prompt should cancel: at %s", m.Selected())
	}
}

func TestSearchAccentsAndNoMatch(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	m = typeText(press(m, "/"), "zzzzqqq")
	if !strings.Contains(screen(m), "no match") {
		t.Errorf("no-match state missing:\n%s", screen(m))
	}
	m = press(m, "esc")
	fr := typeText(press(press(m, "L"), "/"), "reorganisation")
	en := typeText(press(press(m, "L"), "/"), "réorganisation")
	if len(fr.ex.search.matches) == 0 || len(fr.ex.search.matches) != len(en.ex.search.matches) {
		t.Errorf("accents: %d vs %d matches", len(fr.ex.search.matches), len(en.ex.search.matches))
	}
}

func TestMalformedQueryIsAHint(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	m = typeText(press(m, "f"), "from:banana")
	if m.ex.prompt.hint == "" || !strings.Contains(screen(m), "from:banana") {
		t.Errorf("no hint:\n%s", screen(m))
	}
	m = update(press(press(m, "esc"), "f"), tea.PasteMsg{Content: "foo:bar"})
	if m.ex.prompt.hint == "" {
		t.Error("unknown field gives no hint")
	}
	if m.ex.list.n != len(m.ds.Events) {
		t.Error("a bad filter must not hide events")
	}
}

func TestHostilePaste(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	m = press(m, "/")
	paste := strings.Repeat("\x1b]52;c;aGk=\x07\x1b[2Jagarwal ", 400)
	m = update(m, tea.PasteMsg{Content: paste})
	if v := m.ex.prompt.value(); len(v) > maxQueryBytes || strings.ContainsAny(v, "\x1b\x07") {
		t.Errorf("paste not sanitised or capped: %d bytes", len(v))
	}
	checkFits(t, m, 120, 40, "after paste")
	if strings.Contains(m.View().Content, "\x1b]52") {
		t.Error("an OSC 52 from a paste reached the frame")
	}
}

func TestFilterAndKinds(t *testing.T) {
	ds := bundled(t)
	m := sized(t, ds, 120, 40)
	m = typeText(press(m, "f"), "kind:vendor")
	for i := 0; i < m.ex.list.n; i++ {
		if k := m.ex.list.event(i).Kind; k != model.Vendor {
			t.Fatalf("filter kept a %s event", k)
		}
	}
	if m.ex.list.n == 0 || !strings.Contains(screen(m), "of 36 events") {
		t.Fatalf("filter header missing:\n%s", screen(m))
	}
	m = press(m, "enter")
	if len(m.ex.prompt.history) != 1 || m.ex.prompt.history[0] != "kind:vendor" {
		t.Errorf("history: %v", m.ex.prompt.history)
	}
	// Kinds: hide vendor (5) to get the empty state; every key still works.
	m = press(m, "5")
	if m.ex.list.n != 0 || !strings.Contains(screen(m), "No events match") {
		t.Fatalf("empty state missing:\n%s", screen(m))
	}
	for _, k := range []string{"j", "k", "g", "G", "]", "[", "enter", "esc", "tab", "tab", "n", "N", "m", "'", "ctrl+d", "?", "?"} {
		m = press(m, k)
		checkFits(t, m, 120, 40, "empty state, key "+k)
	}
	m = press(m, "5")
	m = press(press(m, "f"), "esc")
	if m.ex.list.n != len(ds.Events) {
		t.Errorf("esc did not clear the filter: %d shown", m.ex.list.n)
	}
	// History recall.
	m = press(press(m, "f"), "up")
	if m.ex.prompt.input.Value() != "kind:vendor" {
		t.Errorf("up did not recall: %q", m.ex.prompt.input.Value())
	}
}

func TestFilterKeepsSelection(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	m = press(m, "]", "]", "j", "j", "j", "j", "j", "j") // Agarwal, a departure
	want := m.Selected()
	m = typeText(press(m, "f"), "kind:departure")
	if m.Selected() != want {
		t.Errorf("filter moved the selection from %s to %s", want, m.Selected())
	}
	m = press(m, "enter")
	m = typeText(press(m, "f"), ",vendor")
	if m.Selected() != want {
		t.Errorf("widening moved the selection to %s", m.Selected())
	}
	m = press(press(m, "esc"), "1") // hide departures: the nearest event by date
	if e := m.ex.list.selected(); e == nil || e.Kind == model.Departure {
		t.Fatalf("hidden kind still selected")
	}
}

func TestJumpToDate(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	for in, wantMonth := range map[string]int{"2025-07": 7, "aug 19": 8, "19 août": 8, "2025-09-30": 9} {
		j := press(typeText(press(m, "@"), in), "enter")
		e := j.ex.list.selected()
		if e == nil || int(e.Date.Month) != wantMonth {
			t.Errorf("@%s selected %v", in, e.Date)
		}
	}
	j := press(typeText(press(m, "@"), "+3w"), "enter")
	if e := j.ex.list.selected(); e.Date.Days() < model.MustDate("2025-06-30").Days() {
		t.Errorf("+3w from 12 June selected %s", e.Date)
	}
	bad := press(typeText(press(m, "@"), "banana"), "enter")
	if bad.notice == "" || bad.Selected() != m.Selected() {
		t.Error("a bad date must say so and stay put")
	}
	// ctrl+o goes back to where the jump started, ctrl+i forward again.
	j = press(typeText(press(m, "@"), "2025-08-19"), "enter")
	at := j.Selected()
	j = update(j, tea.KeyPressMsg{Code: 'o', Mod: tea.ModCtrl})
	if j.Selected() != m.Selected() {
		t.Errorf("ctrl+o went to %s", j.Selected())
	}
	j = update(j, tea.KeyPressMsg{Code: 'i', Mod: tea.ModCtrl})
	if j.Selected() != at {
		t.Errorf("ctrl+i went to %s", j.Selected())
	}
}

func TestMarks(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	m = press(m, "m", "]", "]", "j", "j", "j", "j", "j", "j")
	s := screen(m)
	if !strings.Contains(s, "74 days after the marked event") {
		t.Errorf("distance to the mark missing:\n%s", s)
	}
	m = press(m, "'")
	if m.Selected() != "meta-invests-in-scale-ai" {
		t.Errorf("' went to %s", m.Selected())
	}
	m = press(m, "m")
	if m.ex.mark != -1 {
		t.Error("m on the marked event should unmark it")
	}
	if m = press(m, "'"); m.notice == "" {
		t.Error("' without a mark should say so")
	}
}

// TestAsyncSearchDropsStaleResults runs the large-dataset path on the small
// dataset: each keystroke returns a command, typing does not wait, and a
// result that a newer keystroke has superseded is dropped.
func TestAsyncSearchDropsStaleResults(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	m.ex.async = 0
	m.ex.ix = search.NewIndex(m.ds, nil)
	m = press(m, "/")
	next, cmdA := m.Update(tea.KeyPressMsg{Code: 'l', Text: "l"})
	m = next.(Model)
	m = typeText(m, "ecun")
	next, cmdB := m.Update(tea.KeyPressMsg{Code: ' ', Text: " "})
	m = next.(Model)
	if cmdA == nil || cmdB == nil {
		t.Fatal("keystrokes on a large dataset must return search commands")
	}
	if !strings.Contains(screen(m), "searching") {
		t.Errorf("no sign of a running search:\n%s", screen(m))
	}
	// The first search was cancelled by the later keystrokes, or finished
	// anyway: either way its generation is old and it must be dropped.
	stale := findResult(t, cmdA)
	stale.err = nil
	stale.matches = []int32{0}
	m = update(m, stale)
	if len(m.ex.search.matches) != 0 {
		t.Error("a stale result was applied")
	}
	fresh := findResult(t, cmdB)
	m = update(m, fresh)
	if len(m.ex.search.matches) == 0 || m.ex.search.pending {
		t.Fatalf("the fresh result was not applied: %+v", fresh)
	}
	if m.Selected() != m.ds.Events[m.ex.search.matches[0]].ID && !strings.Contains(screen(m), "match") {
		t.Error("the selection did not follow the result")
	}
}

// findResult runs cmd (perhaps a batch) and returns its matchResultMsg.
func findResult(t *testing.T, cmd tea.Cmd) matchResultMsg {
	t.Helper()
	msg := cmd()
	if r, ok := msg.(matchResultMsg); ok {
		return r
	}
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			if c == nil {
				continue
			}
			if r, ok := c().(matchResultMsg); ok {
				return r
			}
		}
	}
	t.Fatalf("no search result in %T", msg)
	return matchResultMsg{}
}

// initIndexBuild returns the command of m.Init that builds the index.
func initIndexBuild(t *testing.T, m Model) tea.Cmd {
	t.Helper()
	if b, ok := m.Init()().(tea.BatchMsg); ok {
		for _, c := range b {
			if c == nil {
				continue
			}
			if _, ok := c().(indexReadyMsg); ok {
				return c
			}
		}
	}
	t.Fatal("Init did not start building the index")
	return nil
}

// TestIndexBuiltAtStartForLargeDatasets: the index of a large dataset is
// built by a command from Init; what is typed before it is ready is
// answered by a scan of the events, and a scan still running when the
// index arrives is run again on the index.
func TestIndexBuiltAtStartForLargeDatasets(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	m.ex.async = 0 // treat the bundled dataset as large
	build := initIndexBuild(t, m)
	m = press(m, "/")
	var scan tea.Cmd
	for _, r := range "agarwal" {
		var next tea.Model
		next, scan = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		m = next.(Model)
	}
	if m.ex.ix != nil || !m.ex.search.pending || !strings.Contains(screen(m), "indexing") || scan == nil {
		t.Fatalf("typing before the index is ready should scan and say the index is coming:\n%s", screen(m))
	}
	m = update(m, findResult(t, scan))
	if m.ex.ix != nil || m.Selected() != "rishabh-agarwal-leaves-msl" || m.ex.search.pending {
		t.Fatalf("the scan did not answer the search typed early: at %s", m.Selected())
	}
	m = press(m, "backspace", "backspace", "backspace")
	next, cmd := m.Update(build())
	m = next.(Model)
	if cmd == nil {
		t.Fatal("the search still scanning was not run again on the index")
	}
	m = update(m, findResult(t, cmd))
	want := m.ex.search.query.Filter(m.ds)
	if m.ex.ix == nil || !slices.Equal(m.ex.search.matches, want) || len(want) == 0 {
		t.Errorf("matches on the index %v, want %v", m.ex.search.matches, want)
	}
}

// TestRecalledResultsAreExact types, erases and retypes queries in both
// prompts, each key answered within the results of the earlier ones, and
// checks every answer against a scan of the events; an edit and a star
// make the recalled results stale.
func TestRecalledResultsAreExact(t *testing.T) {
	m, _ := notebookModel(t, 120, 40)
	check := func(m Model, what string) {
		t.Helper()
		for _, p := range []struct {
			name    string
			q       search.Query
			matches []int32
		}{{"search", m.ex.search.query, m.ex.search.matches}, {"filter", m.ex.filter.query, m.ex.filter.matches}} {
			if p.q.Empty() {
				continue
			}
			if want := p.q.Filter(m.ds); !slices.Equal(p.matches, want) {
				t.Fatalf("%s, %s %q: %v, want %v", what, p.name, p.q.String(), p.matches, want)
			}
		}
	}
	m = keys(t, m, "/")
	for _, r := range "wang meta" {
		m = typeIn(t, m, string(r))
		check(m, "typing")
	}
	if len(m.ex.recall.results) < 5 {
		t.Fatalf("only %d results recalled", len(m.ex.recall.results))
	}
	for range 6 {
		m = keys(t, m, "backspace")
		check(m, "erasing")
	}
	m = typeIn(t, m, "g !kind:departure")
	check(m, "a negation")
	m = keys(t, m, "enter", "f")
	m = typeIn(t, m, "starred:")
	check(m, "no star yet")
	m = keys(t, m, "esc", "*", "f")
	m = typeIn(t, m, "starred:")
	check(m, "a star")
	if len(m.ex.filter.matches) != 1 {
		t.Fatalf("a starred event is not found: %v", m.ex.filter.matches)
	}
	m = keys(t, m, "esc", "/")
	m = step(t, m, ctrl('u'))
	m = typeIn(t, m, "wang")
	wang := m.ex.search.query
	m = step(t, m, ctrl('u'))
	m = typeIn(t, m, "dallas")
	m = keys(t, m, "enter")
	if i := m.ex.list.selectedIndex(); wang.Match(m.ds, i) {
		t.Fatalf("%s matches wang: pick another event to edit", m.Selected())
	}
	m = keys(t, m, "e")
	m = focusOn(t, m, fTitleEn)
	m = step(t, m, ctrl('u'))
	m = typeIn(t, m, "Wangled title")
	m = step(t, m, ctrl('s'))
	m = keys(t, m, "/")
	m = step(t, m, ctrl('u'))
	m = typeIn(t, m, "wang")
	check(m, "after an edit")
	if !slices.Contains(m.ex.search.matches, int32(m.ex.list.selectedIndex())) {
		t.Fatalf("the edited title is not found: %v\n%s", m.ex.search.matches, screen(m))
	}
}

// TestRecallLeavesOutDenseResults checks that recall keeps a result a
// later query may search within, or a small one, but not a large result
// that holds most of the events.
func TestRecallLeavesOutDenseResults(t *testing.T) {
	q, _ := search.ParseQuery("l")
	for _, c := range []struct {
		matches, events int
		kept            bool
	}{
		{600_000, 1_000_000, false},
		{400_000, 1_000_000, true},
		{90, 100, true}, // most of a small file's events: kept
	} {
		var r recall
		got := r.add(q, make([]int32, c.matches), c.events)
		if (got != nil) != c.kept || len(r.results) != map[bool]int{false: 0, true: 1}[c.kept] {
			t.Errorf("%d matches of %d events: kept %v (%d results), want %v", c.matches, c.events, got != nil, len(r.results), c.kept)
		}
	}
}
