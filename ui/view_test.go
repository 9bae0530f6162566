package ui

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

var updateGolden = flag.Bool("update-goldens", false, "rewrite the golden files")

// TestGoldens compares the stripped frame with files under testdata. Run
// "go test ./ui -update-goldens" after an intended change and read the diff.
func TestGoldens(t *testing.T) {
	ds := bundled(t)
	cases := []struct {
		name string
		w, h int
		keys []string
	}{
		{"home", 120, 40, nil},
		{"home", 80, 24, nil},
		{"home", 60, 20, nil},
		{"home", 40, 15, nil},
		{"agarwal", 120, 40, []string{"]", "]", "j", "j", "j", "j", "j", "j"}},
		{"help", 80, 24, []string{"?"}},
		{"help-end", 60, 20, []string{"?", "end"}},
		{"help-narrowed", 80, 24, []string{"?", "/", "m", "a", "r", "k", "enter"}},
		{"help-chart", 120, 40, []string{"O", "?"}},
		{"french-jump", 120, 40, []string{"L", "@"}},
		{"zoom", 80, 24, []string{"j", "enter"}},
		{"french", 120, 40, []string{"L", "]", "]", "j", "j", "j", "j", "j", "j"}},
		{"french-help", 80, 24, []string{"L", "?"}},
		{"index", 120, 40, []string{"p"}},
		{"index", 60, 20, []string{"p"}},
		{"chart", 120, 40, []string{"@", "2", "0", "2", "5", "-", "0", "8", "-", "1", "9", "enter", "O"}},
		{"chart", 60, 20, []string{"@", "2", "0", "2", "5", "-", "0", "8", "-", "1", "9", "enter", "O"}},
		{"stats", 120, 40, []string{"s"}},
		{"stats", 60, 20, []string{"s"}},
		{"copy", 120, 40, []string{"]", "]", "j", "j", "j", "j", "j", "j", "y"}},
		{"copy", 60, 20, []string{"]", "]", "j", "j", "j", "j", "j", "j", "y"}},
	}
	for _, c := range cases {
		name := fmt.Sprintf("%s-%dx%d", c.name, c.w, c.h)
		t.Run(name, func(t *testing.T) {
			m := press(sized(t, ds, c.w, c.h), c.keys...)
			got := screen(m)
			path := filepath.Join("testdata", name+".golden")
			if *updateGolden {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./ui -update-goldens to create it)", err)
			}
			if got != string(want) {
				t.Errorf("frame differs from %s:\n--- got\n%s\n--- want\n%s", path, got, want)
			}
		})
	}
}

// TestEveryFrameFits checks every window size from 0×0 to 200×60.
func TestEveryFrameFits(t *testing.T) {
	ds := bundled(t)
	m := New(ds, Options{NoMouse: true})
	for w := 0; w <= 200; w++ {
		for h := 0; h <= 60; h++ {
			m = update(m, tea.WindowSizeMsg{Width: w, Height: h})
			checkFits(t, m, w, h, "resize")
		}
	}
}

// TestFramesFitAfterEveryKey presses every key at several sizes and checks
// the frame after each.
func TestFramesFitAfterEveryKey(t *testing.T) {
	ds := bundled(t)
	keys := []string{"j", "j", "]", "enter", "j", "G", "esc", "tab", "j", "k", "ctrl+d", "tab", "G", "g",
		"[", "pgdown", "pgup", "?", "j", "?", "end", "home", "enter", "ctrl+u", "esc", "up", "down", "x", "esc"}
	for _, size := range [][2]int{{120, 40}, {100, 30}, {99, 30}, {80, 24}, {60, 20}, {59, 20}, {40, 15}, {20, 5}, {19, 4}, {3, 3}, {1, 1}} {
		w, h := size[0], size[1]
		m := sized(t, ds, w, h)
		for i, k := range keys {
			m = press(m, k)
			checkFits(t, m, w, h, fmt.Sprintf("after key %d %q", i, k))
		}
	}
}

// TestTooSmall shows a one-line message below the minimum size.
func TestTooSmall(t *testing.T) {
	m := sized(t, bundled(t), 30, 4)
	if got := screen(m); !strings.HasPrefix(got, "terminal too small (30×4)") {
		t.Errorf("got %q", got)
	}
	m = sized(t, bundled(t), 19, 10)
	if got := screen(m); !strings.HasPrefix(got, "too small (19×10)") {
		t.Errorf("got %q", got)
	}
}

// TestHeader shows the title, the count and range, and the ruler with the
// selection marked.
func TestHeader(t *testing.T) {
	m := sized(t, bundled(t), 120, 40)
	lines := strings.Split(screen(m), "\n")
	// The last event is dated mid-December, approximately: no exact day.
	if !strings.Contains(lines[0], "Meta Superintelligence Labs") || !strings.Contains(lines[0], "36 events · 12 Jun 2025 – mid-Dec 2025") {
		t.Errorf("header line: %q", lines[0])
	}
	if !strings.Contains(lines[1], "jun") || !strings.Contains(lines[1], "aug") || strings.Count(lines[1], "▲") != 1 {
		t.Errorf("ruler: %q", lines[1])
	}
}
