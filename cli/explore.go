package cli

import (
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"timeline/data"
	"timeline/model"
	"timeline/ui"
)

// framesPerSecond caps how often the screen is redrawn: Bubble Tea's
// default. Its renderer draws nothing before its first tick, so a lower
// rate puts the first frame past its target for no saving worth having in
// idle CPU (BENCHMARKS.md).
const framesPerSecond = 60

// loadingScreenBytes is the file size from which the explorer starts at
// once on a loading screen, the load running as a command: below it a
// file loads in a fraction of a second.
const loadingScreenBytes = 20 << 20

// previewBytes is the file size from which the explorer shows the first
// events while the rest loads (data.OpenPreviewing): a smaller file loads
// whole in about a second, and a preview would only flash by and hold
// more memory while it does.
const previewBytes = 200 << 20

// explore starts the interface, or prints the list when stdout is not a
// terminal: nothing interactive starts in a pipe. A big file, or a web
// address, opens behind a loading screen; the explorer is told what the
// load warned about, and shows it at once.
func (e *env) explore(a args, noMouse bool) error {
	tty := isTerminal(e.stdout)
	if tty {
		limitExplorerMemory()
	}
	if tty && (bigFile(a.data) || data.IsURL(a.data)) {
		return e.exploreWithLoading(a, noMouse)
	}
	l, warnings, err := loadWarned(a, e.stderr)
	if err != nil {
		return err
	}
	if !tty {
		return printList(l.Dataset, a, e.stdout)
	}
	m := ui.New(l.Dataset, ui.Options{Lang: a.lang, NoMouse: noMouse, Text: l.Text, Opened: opened(a.data, l, warnings), File: a.data})
	return e.runProgram(e.wrap(m))
}

// opened says how a dataset opened, for the explorer.
func opened(source string, l data.Loaded, warnings []string) ui.Opened {
	return ui.Opened{Source: source, Warnings: warnings, Slides: l.Slides.Slides, SlidesOpened: l.Slides.Opened}
}

// loader returns the explorer's LoadFunc for a: it opens the file or
// fetches the address with progress, gives a large file's first events
// to browse while the rest loads, and keeps the warnings as lines.
func loader(a args) ui.LoadFunc {
	return func(progress func(read, total int64, events int), preview func(data.Preview)) (ui.Loaded, error) {
		if !fileOver(a.data, previewBytes) {
			preview = nil
		}
		l, err := data.OpenPreviewing(a.data, progress, preview)
		var warnings []string
		for _, w := range l.Warnings {
			s, _ := model.SanitizeLine(w.String())
			warnings = append(warnings, s)
		}
		return ui.Loaded{Dataset: l.Dataset, Text: l.Text, Opened: opened(a.data, l, warnings)}, err
	}
}

// runProgram runs the interface until it quits.
func (e *env) runProgram(m tea.Model) error {
	p := tea.NewProgram(m, tea.WithFPS(framesPerSecond))
	stop := quitOnHangup(p)
	defer stop()
	_, err := p.Run()
	return err
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// bigFile reports whether path names a file of loadingScreenBytes or more.
func bigFile(path string) bool { return fileOver(path, loadingScreenBytes) }

// fileOver reports whether path names a regular file of size bytes or
// more.
func fileOver(path string, size int64) bool {
	if path == "" {
		return false
	}
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular() && st.Size() >= size
}

// exploreWithLoading runs the explorer on a big file, or on a web address,
// behind a loading screen showing progress. A load error is shown on the
// screen until a key is pressed, then returned (so printed and exit 1);
// warnings are shown in the explorer, and printed again once the interface
// has closed the screen. A web address can be fetched again with r.
func (e *env) exploreWithLoading(a args, noMouse bool) error {
	var warnings []string
	open := loader(a)
	load := func(progress func(read, total int64, events int), preview func(data.Preview)) (ui.Loaded, error) {
		l, err := open(progress, preview)
		warnings = l.Opened.Warnings
		return l, err
	}
	opt := ui.Options{Lang: a.lang, NoMouse: noMouse, File: a.data}
	if data.IsURL(a.data) {
		opt.Refetch = open
	}
	p := tea.NewProgram(e.wrap(ui.NewLoading(a.data, load, opt)), tea.WithFPS(framesPerSecond))
	stop := quitOnHangup(p)
	defer stop()
	final, err := p.Run()
	l, loading := final.(ui.Loading)
	if m, browsing := final.(ui.Model); loading && l.Err() == nil || browsing && m.Loading() {
		return err // stopped while loading: the load may still be running
	}
	// The load has finished (its result reached the model), so reading
	// warnings here does not race with it.
	for _, w := range warnings {
		say(e.stderr, w)
	}
	if err != nil {
		return err
	}
	if loading {
		return l.Err()
	}
	return nil
}
