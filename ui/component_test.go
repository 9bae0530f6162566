package ui

import (
	"strings"
	"testing"

	"timeline/i18n"
	"timeline/locale"
)

// TestComponentsFitTheirSize gives every screen a size through the
// component interface and checks that its view fills exactly that, and
// that its key map has something to list.
func TestComponentsFitTheirSize(t *testing.T) {
	ds := bundled(t)
	e := &ds.Events[len(ds.Events)/2]
	for _, lang := range []locale.Lang{locale.English, locale.French} {
		cat, st := i18n.For(lang), newStyles(true)
		ex := newExplorer(ds, nil, cat, st)
		comps := map[string]component{
			"explorer": &ex,
			"index":    ptr(newEntityIndex(ds, e.Date.Days(), cat, st)),
			"chart":    ptr(newOrgChart(ds, e, nil, cat, st)),
			"stats":    ptr(newStatsView(ds, cat, st)),
			"help":     ptr(newHelpView(newExplorerKeys(cat), cat, st)),
			"menu":     ptr(newMenu(copyMenu, cat.T("copy.title"), copyItems(ds, e, cat), cat, st)),
			"intro": ptr(newIntroView(ds, Opened{Source: "https://example.com/a-very-long-address/" + strings.Repeat("x", 200),
				Warnings: []string{"f.json: warning: slide 3 \"A headline\": skipped: " + strings.Repeat("long ", 40)}, Slides: 4, SlidesOpened: 3}, cat, st)),
		}
		for name, c := range comps {
			if len(c.ShortHelp()) == 0 || len(c.FullHelp()) == 0 {
				t.Errorf("%s: empty key map", name)
			}
			for _, sz := range [][2]int{{120, 36}, {80, 20}, {60, 16}, {40, 11}, {20, 3}} {
				w, h := sz[0], sz[1]
				c.SetSize(w, h)
				if p := frameProblem(c.View(), w, h); p != "" {
					t.Errorf("%s in %s at %d×%d: %s", name, lang, w, h, p)
				}
			}
		}
		for _, mode := range []promptMode{searchPrompt, filterPrompt, jumpPrompt} {
			for _, value := range []string{"", "kind:vendor", "a long query that does not fit in the prompt's width at all"} {
				p := newPrompt(cat, st)
				p.open(mode, value)
				p.hint = map[bool]string{true: "unknown field: foo"}[value == "kind:vendor"]
				for _, w := range []int{120, 50, 20, 5} {
					p.SetSize(w, 1)
					if got := cellWidth(p.View()); got > w {
						t.Errorf("prompt %d %q is %d columns wide in %d: %q", mode, value, got, w, stripANSI(p.View()))
					}
				}
			}
		}
	}
}

// ptr returns a pointer to a copy of v, for the component interface.
func ptr[T any](v T) *T { return &v }

// TestKeysOpenScreensBeforeTheNextKey: a key that opens a prompt or a
// screen takes effect in its own Update, so that keys sent together (as
// tmux and pastes of keystrokes do) reach the screen they were meant for.
func TestKeysOpenScreensBeforeTheNextKey(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	j := typeText(m, "@2025-08-20")
	if j.ex.prompt.mode != jumpPrompt || j.ex.prompt.input.Value() != "2025-08-20" || j.ex.filter.hidden != 0 {
		t.Errorf("@ and the date typed at once: prompt %d %q, kinds hidden %b", j.ex.prompt.mode, j.ex.prompt.input.Value(), j.ex.filter.hidden)
	}
	x := typeText(m, "pwang")
	if x.active != indexScreen || x.index.query != "wang" {
		t.Errorf("p and a name typed at once: screen %d, query %q", x.active, x.index.query)
	}
	c := press(typeText(m, "y"), "esc", "j")
	if c.active != explorerScreen || c.Selected() != m.ds.Events[1].ID {
		t.Errorf("esc then j: screen %d, selected %s", c.active, c.Selected())
	}
}
