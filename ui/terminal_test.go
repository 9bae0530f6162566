package ui

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"timeline/data"
	"timeline/model"
)

// Hostile terminals, from docs/HOSTILE_INPUT.md: odd sizes, resize bursts
// and hostile text. Every frame must fit its window and carry no escape
// sequence but SGR styling (frameProblem).

// hostile loads testdata/hostile.json: one event per payload of the
// checklist's Text line.
func hostile(t testing.TB) *model.Dataset {
	t.Helper()
	ds, _, err := data.Load(filepath.Join("..", "testdata", "hostile.json"))
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestSizeSweep draws both datasets at the checklist's sizes, before and
// after a few keys, and on a coarse grid up to 1000×500.
func TestSizeSweep(t *testing.T) {
	sizes := [][2]int{{0, 0}, {1, 1}, {2, 1}, {1, 2}, {3, 3}, {40, 15}, {1000, 500}, {0, 40}, {120, 0}}
	for name, ds := range map[string]*model.Dataset{"bundled": bundled(t), "hostile": hostile(t)} {
		for _, s := range sizes {
			w, h := s[0], s[1]
			m := update(New(ds, Options{NoMouse: true}), tea.WindowSizeMsg{Width: w, Height: h})
			checkFrame(t, m, w, h, name)
			for _, k := range []string{"j", "enter", "esc", "G", "?"} {
				m = press(m, k)
				checkFrame(t, m, w, h, name+" after "+k)
			}
		}
		m := press(New(ds, Options{NoMouse: true}), "j", "tab")
		for w := 0; w <= 1000; w += 97 {
			for h := 0; h <= 500; h += 53 {
				m = update(m, tea.WindowSizeMsg{Width: w, Height: h})
				checkFrame(t, m, w, h, name+" grid")
			}
		}
	}
}

// TestResizeBurst sends 300 window sizes in a row, as a terminal being
// dragged does, then keys: every frame fits the latest size.
func TestResizeBurst(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 300))
	m := New(hostile(t), Options{NoMouse: true})
	var w, h int
	for i := range 300 {
		w, h = rng.IntN(260), rng.IntN(90)
		if i%50 == 0 {
			w, h = rng.IntN(1001), rng.IntN(501)
		}
		m = update(m, tea.WindowSizeMsg{Width: w, Height: h})
		checkFrame(t, m, w, h, fmt.Sprintf("resize %d", i))
	}
	w, h = 80, 24
	m = update(m, tea.WindowSizeMsg{Width: w, Height: h})
	for _, k := range []string{"j", "j", "tab", "j", "tab", "enter", "esc", "G", "g", "?", "?"} {
		m = press(m, k)
		checkFrame(t, m, w, h, "after the burst, key "+k)
	}
	if !strings.Contains(screen(m), "Hostile") {
		t.Errorf("the title is not drawn after the burst:\n%s", screen(m))
	}
}

// TestHostileBrowse walks the hostile dataset event by event at three
// sizes, opening each event's detail with enter and the detail pane with
// tab: no payload reaches the frame as a control, and no line is wider
// than the window, whatever the text (wide CJK, emoji, 50 combining marks).
func TestHostileBrowse(t *testing.T) {
	ds := hostile(t)
	for _, s := range [][2]int{{120, 40}, {80, 24}, {40, 15}} {
		w, h := s[0], s[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			m := sized(t, ds, w, h)
			checkFrame(t, m, w, h, "start")
			seen := map[string]bool{}
			for i := range ds.Events {
				seen[m.Selected()] = true
				// enter zooms the detail; esc unzooms, then leaves the
				// detail pane; tab, G, tab scrolls the detail to its end.
				for _, k := range []string{"enter", "ctrl+d", "esc", "esc", "tab", "G", "tab"} {
					m = press(m, k)
					checkFrame(t, m, w, h, fmt.Sprintf("event %d %s, key %s", i, m.Selected(), k))
				}
				m = press(m, "j")
				checkFrame(t, m, w, h, fmt.Sprintf("event %d, key j", i))
			}
			if len(seen) != len(ds.Events) {
				t.Errorf("j visited %d events of %d", len(seen), len(ds.Events))
			}
			for _, payload := range []string{"pwned", "aGFja2Vk", "evil.example"} {
				if strings.Contains(screen(m), payload) {
					t.Errorf("the frame shows a payload's hidden part %q", payload)
				}
			}
		})
	}
}

// TestWideTextAtEveryWidth moves the truncation point across wide and
// combining text one column at a time: a double-width rune cut in half,
// a flag, a ZWJ family or a letter with 50 marks never widens a line.
func TestWideTextAtEveryWidth(t *testing.T) {
	titles := []string{
		strings.Repeat("全角の漢字", 30),
		"a" + strings.Repeat("漢", 100),
		strings.Repeat("👩\u200d👩\u200d👧\u200d👦🇫🇷❤\ufe0f👍🏽", 20),
		strings.Repeat("Z"+strings.Repeat("\u0301", 50), 20),
		strings.Repeat("Meta ميتا and מטא ", 10),
		strings.Repeat("देवनागरी ภาษาไทย ", 10),
	}
	ds := &model.Dataset{Title: model.Plain(titles[0])}
	for i, title := range titles {
		ds.Events = append(ds.Events, model.Event{
			ID: fmt.Sprintf("e%d", i), Date: model.NewDate(2025, 7, i+1),
			Kind: model.Report, Title: model.Plain(title), Summary: model.Plain(title),
		}.WithRefs(nil, nil, []string{title}))
	}
	ds.Index()
	for w := 1; w <= 130; w++ {
		for _, h := range []int{8, 24} {
			m := sized(t, ds, w, h)
			checkFrame(t, m, w, h, "start")
			for range titles {
				m = press(m, "j")
				checkFrame(t, m, w, h, "j")
			}
			m = press(m, "enter")
			checkFrame(t, m, w, h, "detail")
		}
	}
	m := sized(t, ds, 80, 24)
	if got := screen(m); !strings.Contains(got, "全角") || !strings.Contains(got, "漢") {
		t.Errorf("wide text is not drawn:\n%s", got)
	}
	for _, l := range strings.Split(m.View().Content, "\n") {
		if ansi.StringWidth(l) > 80 {
			t.Fatalf("line wider than 80: %q", ansi.Strip(l))
		}
	}
}

// TestFilterShrinksUnderCursor: with the last event selected, a filter
// that removes it leaves a valid selection, and every key still works.
func TestFilterShrinksUnderCursor(t *testing.T) {
	ds := hostile(t)
	m := press(sized(t, ds, 80, 24), "G")
	last := m.Selected()
	m = typeText(press(m, "f"), "clipboard")
	if m.ex.list.n == 0 || m.ex.list.n == len(ds.Events) {
		t.Fatalf("the filter shows %d of %d events", m.ex.list.n, len(ds.Events))
	}
	if m.Selected() == "" || m.Selected() == last {
		t.Fatalf("selection after the filter shrank the list: %q (was %q)", m.Selected(), last)
	}
	for _, k := range []string{"enter", "G", "j", "j", "k", "g", "enter", "esc", "tab", "ctrl+d", "tab"} {
		m = press(m, k)
		checkFrame(t, m, 80, 24, "shrunk list, key "+k)
		if m.Selected() == "" {
			t.Fatalf("no selection after %s", k)
		}
	}
}
