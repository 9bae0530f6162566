package main

import (
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"

	"timeline/data"
	"timeline/model"
	"timeline/search"
	"timeline/ui"
)

// loadingScreenBytes is the file size from which the explorer starts at
// once on a loading screen, the load running as a command: below it a
// file loads in a fraction of a second.
const loadingScreenBytes = 20 << 20

// bigFile reports whether path names a file of loadingScreenBytes or more.
func bigFile(path string) bool {
	if path == "" {
		return false
	}
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular() && st.Size() >= loadingScreenBytes
}

// exploreWithLoading runs the explorer on a big file behind a loading
// screen showing progress. A load error is shown on the screen until a
// key is pressed, then returned (so printed and exit 1); warnings are
// printed once the interface has closed the screen.
func exploreWithLoading(a args, stderr io.Writer) error {
	var warnings []data.Issue
	load := func(progress func(read, total int64, events int)) (*model.Dataset, *search.Packed, error) {
		l, err := data.Open(a.data, progress)
		warnings = l.Warnings
		return l.Dataset, l.Text, err
	}
	p := tea.NewProgram(withTestPanic(ui.NewLoading(a.data, load, ui.Options{Lang: a.lang, NoMouse: a.noMouse})), tea.WithFPS(framesPerSecond))
	stop := quitOnHangup(p)
	defer stop()
	final, err := p.Run()
	l, loading := final.(ui.Loading)
	if loading && l.Err() == nil {
		return err // stopped while loading: the load may still be running
	}
	// The load has finished (its result reached the model), so reading
	// warnings here does not race with it.
	for _, w := range warnings {
		s, _ := model.SanitizeLine(w.String())
		fmt.Fprintln(stderr, "timeline: "+s)
	}
	if err != nil {
		return err
	}
	if loading {
		return l.Err()
	}
	return nil
}
