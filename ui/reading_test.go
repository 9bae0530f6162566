package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"timeline/data"
	"timeline/locale"
)

// Issue 14, reading the list: titles with room, every match marked, the
// prompts' hints and completions.

// listLines returns the lines inside the list pane's border, as plain text.
func listLines(m Model) []string {
	l := m.ex.lay.list
	rows := strings.Split(screen(m), "\n")
	var out []string
	for y := m.header + l.y + 1; y < m.header+l.y+l.h-1 && y < len(rows); y++ {
		out = append(out, ansi.Cut(rows[y], l.x+1, l.x+l.w-1))
	}
	return out
}

// opened loads one of the TimelineJS test files as the command line does.
func opened(t *testing.T, name string) (Loaded, Options) {
	t.Helper()
	path := filepath.Join("..", "data", "testdata", "timelinejs", name)
	l, err := data.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	var warnings []string
	for _, w := range l.Warnings {
		warnings = append(warnings, w.String())
	}
	o := Opened{Source: path, Warnings: warnings, Slides: l.Slides.Slides, SlidesOpened: l.Slides.Opened}
	return Loaded{Dataset: l.Dataset, Text: l.Text, Opened: o}, Options{NoMouse: true, Opened: o}
}

// sizedFile returns the explorer on a TimelineJS test file, past its
// introduction.
func sizedFile(t *testing.T, name string, w, h int, lang locale.Lang) Model {
	t.Helper()
	l, opt := opened(t, name)
	opt.Lang = lang
	m := update(New(l.Dataset, opt), windowSize(w, h))
	if m.active == introScreen {
		m = press(m, "esc")
	}
	return m
}

// TestTitlesHaveRoom: at 120 columns every row shows at least 40
// characters of its title (or all of it), the kind as a glyph; the word
// comes where there is room, at 200.
func TestTitlesHaveRoom(t *testing.T) {
	ds := bundled(t)
	m := sized(t, ds, 120, 40)
	l := &m.ex.list
	for y := 0; y < l.height-l.extra() && l.offset+y < len(l.rows); y++ {
		v := l.rows[l.offset+y]
		if v < 0 || int(v) == l.sel {
			continue
		}
		title := []rune(l.event(int(v)).Title.String(locale.English))
		want := string(title[:min(40, len(title))])
		found := false
		for _, line := range listLines(m) {
			found = found || strings.Contains(line, want)
		}
		if !found {
			t.Errorf("no row shows %q at 120 columns:\n%s", want, strings.Join(listLines(m), "\n"))
		}
	}
	if s := strings.Join(listLines(m), "\n"); strings.Contains(s, " invest ") || !strings.Contains(s, "12 Thu $ ") {
		t.Errorf("at 120 columns the kind is its glyph alone:\n%s", s)
	}
	wide := sized(t, ds, 200, 50)
	if s := strings.Join(listLines(wide), "\n"); !strings.Contains(s, "$ invest ") {
		t.Errorf("at 200 columns the kind's word follows its glyph:\n%s", s)
	}
}

// TestSelectedTitleWhole: the selected row shows its whole title, over
// several lines, in every layout; a click on its second line selects it.
func TestSelectedTitleWhole(t *testing.T) {
	ds := bundled(t)
	for _, sz := range [][2]int{{120, 40}, {80, 24}, {60, 20}, {40, 15}} {
		m := sized(t, ds, sz[0], sz[1])
		title := ds.Events[0].Title.String(locale.English)
		var joined []string
		prefix := m.ex.list.shape.prefix()
		for _, line := range listLines(m) {
			if strings.HasPrefix(line, "▶") || len(joined) > 0 && strings.HasPrefix(line, "   ") {
				joined = append(joined, strings.TrimSpace(ansi.Cut(line, prefix, 1<<16)))
			} else if len(joined) > 0 {
				break
			}
		}
		if got := strings.Join(joined, " "); got != title {
			t.Errorf("%d×%d: the selected row reads %q, want %q", sz[0], sz[1], got, title)
		}
	}
}

// TestSearchMarksEveryMatch: "/wang" marks every matching row shown with
// "•", a sign that survives NO_COLOR, not the current one alone.
func TestSearchMarksEveryMatch(t *testing.T) {
	m := typeText(press(sized(t, bundled(t), 120, 40), "/"), "wang")
	m = press(m, "enter")
	marked, shown := 0, 0
	l := &m.ex.list
	for _, p := range m.ex.search.positions {
		if r := int(l.rowOf[p]); r >= l.offset && r < l.offset+l.height-l.extra() {
			shown++
		}
	}
	for _, line := range listLines(m) {
		if strings.HasPrefix(line, "•") || strings.HasPrefix(line, "▶") {
			marked++
		}
	}
	if shown < 5 || marked != shown {
		t.Errorf("%d matches on screen, %d rows marked:\n%s", shown, marked, strings.Join(listLines(m), "\n"))
	}
	if !strings.Contains(screen(m), "match 1/") {
		t.Errorf("no match count:\n%s", screen(m))
	}
}

// TestPromptHintsAndCompletions: the prompts show their hints at 120
// columns: "@"'s examples, the fields after "/", a field's values after
// "kind:" (never "kind:: want a value"); tab completes a field and a value.
func TestPromptHintsAndCompletions(t *testing.T) {
	ds := bundled(t)
	status := func(m Model) string {
		rows := strings.Split(screen(m), "\n")
		return rows[len(rows)-1]
	}
	m := press(sized(t, ds, 120, 40), "@")
	if s := status(m); !strings.Contains(s, "2025-08-19, aug 19, 19 août, +3w, -10d") {
		t.Errorf("@ hides its examples: %q", s)
	}
	m = press(sized(t, ds, 120, 40), "/")
	if s := status(m); !strings.Contains(s, "kind: person: org: outlet: status: tag:") {
		t.Errorf("/ does not offer the fields: %q", s)
	}
	m = typeText(m, "ki")
	m = press(m, "tab")
	if v := m.ex.prompt.input.Value(); v != "kind:" {
		t.Errorf("tab after ki gives %q, want kind:", v)
	}
	if s := status(m); !strings.Contains(s, "departure hire appointment") || strings.Contains(s, "want a value") {
		t.Errorf("kind: does not show its values: %q", s)
	}
	m = press(typeText(m, "dep"), "tab")
	if v := m.ex.prompt.input.Value(); v != "kind:departure" {
		t.Errorf("tab after kind:dep gives %q", v)
	}
	m = press(typeText(m, " person:zuck"), "tab")
	if v := m.ex.prompt.input.Value(); v != "kind:departure person:mark-zuckerberg" {
		t.Errorf("tab completes a person's name to their id: %q", v)
	}
	// While a field is typed without its value, the finished terms apply:
	// the list does not empty itself.
	f := typeText(press(sized(t, ds, 120, 40), "f"), "kind:")
	if f.ex.list.n != len(ds.Events) || strings.Contains(status(f), "want a value") {
		t.Errorf("f kind: shows %d events, status %q", f.ex.list.n, status(f))
	}
	if f = typeText(f, "vendor"); f.ex.list.n != 4 {
		t.Errorf("f kind:vendor shows %d events, want 4", f.ex.list.n)
	}
	fr := press(sized(t, ds, 120, 40), "L", "f")
	fr = typeText(fr, "foo:bar")
	if s := status(fr); !strings.Contains(s, "pas de champ") {
		t.Errorf("a malformed term is said in French: %q", s)
	}
}

// TestLegendAbbreviatesBeforeCutting: at 80 and 60 columns the legend
// lists every kind with its key and count, without its words, uncut.
func TestLegendAbbreviatesBeforeCutting(t *testing.T) {
	for _, w := range []int{80, 60} {
		m := sized(t, bundled(t), w, 20)
		legend := strings.Split(screen(m), "\n")[2]
		for _, want := range []string{"1←10", "7▼3", "9≡10"} {
			if !strings.Contains(legend, want) || strings.Contains(legend, "…") {
				t.Errorf("%d columns: legend %q lacks %q or is cut", w, legend, want)
			}
		}
	}
	if legend := strings.Split(screen(sized(t, bundled(t), 120, 40)), "\n")[3]; !strings.Contains(legend, "7▼layoff 3") {
		t.Errorf("at 120 columns the legend keeps its words: %q", legend)
	}
}

// TestRulerScaledToSpan: the ruler reads weeks on a summer, years on
// 1815–1985, billions of years on the universe, each with labels.
func TestRulerScaledToSpan(t *testing.T) {
	ruler := func(m Model) string { return strings.Split(screen(m), "\n")[1] }
	if r := ruler(sized(t, bundled(t), 120, 40)); !strings.Contains(r, "jun ") || !strings.Contains(r, " aug ") {
		t.Errorf("bundled ruler: %q", r)
	}
	r := ruler(sizedFile(t, "women_in_computing.json", 120, 40, locale.English))
	if !strings.Contains(r, "1815 ▲") || !strings.Contains(r, " 1900 ") || !strings.Contains(r, " 1950 ") || cellWidth(r) < 80 {
		t.Errorf("1815–1985 ruler: %q", r)
	}
	r = ruler(sizedFile(t, "cosmo.json", 120, 40, locale.English))
	if !strings.Contains(r, "13.8Ga ▲") || !strings.Contains(r, " 4Ga ") {
		t.Errorf("cosmological ruler: %q", r)
	}
	// A week starting in December that holds 1 January is labelled with
	// the year the events start in, once; labels leave room for cells.
	if r := ruler(sizedFile(t, "edge.csv", 120, 24, locale.English)); !strings.HasPrefix(r, " 2012 ▲") || strings.Count(r, "2012") != 1 || !strings.Contains(r, " feb ") {
		t.Errorf("ruler of a few weeks from 1 January: %q", r)
	}
	if r := ruler(sizedFile(t, "mediatypes-timeline3.json", 120, 24, locale.English)); !strings.Contains(r, " 1905 ") || strings.Contains(r, " 1902 ") {
		t.Errorf("ruler of thirty years: %q", r)
	}
	// Events known only to their year: cells of years, not weeks.
	if r := ruler(sizedFile(t, "bad-slides.json", 80, 24, locale.English)); !strings.HasPrefix(r, " 2012 ▲") {
		t.Errorf("ruler of a year: %q", r)
	}
	for _, w := range []int{200, 80, 40} {
		m := sizedFile(t, "women_in_computing.json", w, 24, locale.English)
		checkFits(t, m, w, 24, "women_in_computing")
		if r := ruler(m); strings.Count(r, "18") == 0 || !strings.Contains(r, "▲") {
			t.Errorf("%d columns: ruler %q", w, r)
		}
	}
}
