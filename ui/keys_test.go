package ui

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"timeline/i18n"
	"timeline/locale"
)

// keyMaps returns every component's key map in cat's language, by name.
func keyMaps(cat i18n.Catalog) map[string]any {
	return map[string]any{
		"global":   newGlobalKeys(cat),
		"explorer": newExplorerKeys(cat),
		"prompt":   newPromptKeys(cat),
		"menu":     newMenuKeys(cat),
		"index":    newIndexKeys(cat),
		"chart":    newChartKeys(cat),
		"stats":    newStatsView(nil, cat, nil).keys,
		"help":     newHelpKeys(cat),
	}
}

// bindings walks a key map struct, nested ones included, and returns its
// bindings by field path.
func bindings(v reflect.Value, path string, out map[string]key.Binding) {
	if b, ok := v.Interface().(key.Binding); ok {
		out[path] = b
		return
	}
	if v.Kind() != reflect.Struct {
		return
	}
	for i := range v.NumField() {
		bindings(v.Field(i), path+"."+v.Type().Field(i).Name, out)
	}
}

// keyName matches what a binding may hold: one printable character, or a
// key as Bubble Tea names it ("down", "pgdown", "ctrl+d", "shift+tab").
var keyName = regexp.MustCompile(`^(.|up|down|left|right|home|end|pgup|pgdown|enter|esc|tab|backspace|space|(ctrl|shift|alt)\+[a-z]+)$`)

// TestKeysAreNamesNotTranslations: every binding holds the same keys in
// English and French, and only key names. Once, "haut" and "bas" were
// bound in French instead of the arrows.
func TestKeysAreNamesNotTranslations(t *testing.T) {
	en, fr := keyMaps(i18n.For(locale.English)), keyMaps(i18n.For(locale.French))
	for name, km := range en {
		be, bf := map[string]key.Binding{}, map[string]key.Binding{}
		bindings(reflect.ValueOf(km), name, be)
		bindings(reflect.ValueOf(fr[name]), name, bf)
		if len(be) == 0 {
			t.Errorf("%s: no bindings found", name)
		}
		for path, b := range be {
			if !reflect.DeepEqual(b.Keys(), bf[path].Keys()) {
				t.Errorf("%s: keys %q in English, %q in French", path, b.Keys(), bf[path].Keys())
			}
			for _, k := range b.Keys() {
				if !keyName.MatchString(k) {
					t.Errorf("%s: %q is not a key name", path, k)
				}
			}
		}
	}
}

// TestNoKeyMatchedAsAString: keys are matched through key.Binding only,
// so that the help can list every one of them.
func TestNoKeyMatchedAsAString(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	bad := regexp.MustCompile(`\b(msg|km|k)\.(String|Keystroke)\(\)`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if bad.MatchString(line) {
				t.Errorf("%s:%d matches a key by its name: %s", f, i+1, strings.TrimSpace(line))
			}
		}
	}
}

// french returns the explorer in French at w×h.
func french(t testing.TB, w, h int) Model {
	t.Helper()
	return update(New(bundled(t), Options{Lang: locale.French, NoMouse: true}), tea.WindowSizeMsg{Width: w, Height: h})
}

// TestArrowKeysInFrench: the arrows move and scroll on every screen in
// French (issue 14, item 6).
func TestArrowKeysInFrench(t *testing.T) {
	m := french(t, 80, 24)
	second := m.ds.Events[1].ID
	if m = press(m, "down"); m.Selected() != second {
		t.Fatalf("↓ in the list: selected %s, want %s", m.Selected(), second)
	}
	if m = press(m, "up"); m.Selected() != m.ds.Events[0].ID {
		t.Fatalf("↑ in the list: selected %s", m.Selected())
	}

	d := press(m, "tab", "down", "down")
	if d.ex.detail.vp.YOffset() != 2 || d.Selected() != m.Selected() {
		t.Errorf("↓ in the detail: offset %d, selected %s", d.ex.detail.vp.YOffset(), d.Selected())
	}

	y := press(m, "y", "down", "down")
	if y.active != copyScreen || y.menu.sel != 2 {
		t.Errorf("↓ in the copy menu: screen %d, item %d", y.active, y.menu.sel)
	}
	if y = press(y, "up"); y.menu.sel != 1 {
		t.Errorf("↑ in the copy menu: item %d", y.menu.sel)
	}

	c := press(m, "O", "down")
	if c.active != chartScreen || c.chart.pager.YOffset() != 1 {
		t.Errorf("↓ in the org chart: screen %d, offset %d", c.active, c.chart.pager.YOffset())
	}

	s := press(m, "s", "down")
	if s.active != statsScreen || s.stats.pager.YOffset() != 1 {
		t.Errorf("↓ in the stats: screen %d, offset %d", s.active, s.stats.pager.YOffset())
	}

	x := press(m, "p", "down")
	if x.active != indexScreen || x.index.sel != 1 {
		t.Errorf("↓ in the index: screen %d, row %d", x.active, x.index.sel)
	}

	h := press(french(t, 60, 20), "?", "down")
	if !h.showHelp || h.help.pager.YOffset() != 1 {
		t.Errorf("↓ in the help: shown %v, offset %d", h.showHelp, h.help.pager.YOffset())
	}
}
