package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"

	"timeline/data"
)

// fuzzKeys are pressed, in order, on whatever loads: down the list, into
// the detail, the help, a search and a filter typed and cancelled, the end.
var fuzzKeys = []string{"j", "j", "enter", "esc", "tab", "j", "tab", "G", "?", "?", "/", "a", "enter", "n", "esc", "f", "e", "enter", "esc", "k", "L"}

// fuzzSizes are the windows each loaded dataset is drawn in.
var fuzzSizes = [][2]int{{80, 24}, {40, 15}, {120, 40}, {1, 1}}

// FuzzLoadRender loads any bytes as a dataset (native, TimelineJS JSON or
// sheet CSV) and, when they load, draws them at several sizes after each
// of a few keys: every frame must fit the window and carry no escape
// sequence but our own styling. The corpus is in testdata/fuzz/FuzzLoadRender.
func FuzzLoadRender(f *testing.F) {
	for _, p := range []string{"../testdata/hostile.json", "../data/testdata/good/minimal.json", "../data/testdata/timelinejs/edge.csv", "../data/testdata/timelinejs/edge-v3.json"} {
		b, err := os.ReadFile(filepath.FromSlash(p))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		ds, _, err := data.Parse("fuzz", b)
		if err != nil {
			return
		}
		for _, size := range fuzzSizes {
			w, h := size[0], size[1]
			m := update(New(ds, Options{NoMouse: true}), tea.WindowSizeMsg{Width: w, Height: h})
			checkFrame(t, m, w, h, "first frame")
			for i, k := range fuzzKeys {
				m = press(m, k)
				checkFrame(t, m, w, h, fmt.Sprintf("after key %d %q", i, k))
			}
		}
	})
}
