package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"timeline/data"
	"timeline/model"
	"timeline/present"
	"timeline/search"
	"timeline/ui"
)

// framesPerSecond caps how often the screen is redrawn: Bubble Tea's
// default. Its renderer draws nothing before its first tick, so 30 a
// second made the first frame ~20 ms later (1.9× the hello-world's, over
// the 1.5× target), for 0.5 % of a core idle instead of 0.8 %, both within
// the 1 % target (BENCHMARKS.md).
const framesPerSecond = 60

// load reads the dataset named by --data, or the bundled one, and reports
// warnings on stderr.
func load(a args, stderr io.Writer) (*model.Dataset, error) {
	l, _, err := loadWarned(a, stderr)
	return l.Dataset, err
}

// cmdExplore starts the interface, or prints the list when stdout is not a
// terminal.
func cmdExplore(a args, stdout, stderr io.Writer) error {
	if len(a.pos) > 0 {
		return usageError{a.cat.T("cli.unexpected", "timeline", a.pos[0])}
	}
	if f, ok := stdout.(*os.File); ok && term.IsTerminal(f.Fd()) && bigFile(a.data) {
		return exploreWithLoading(a, stderr)
	}
	ds, err := load(a, stderr)
	if err != nil {
		return err
	}
	if f, ok := stdout.(*os.File); !ok || !term.IsTerminal(f.Fd()) {
		return printList(ds, a, stdout)
	}
	p := tea.NewProgram(withTestPanic(ui.New(ds, ui.Options{Lang: a.lang, NoMouse: a.noMouse})), tea.WithFPS(framesPerSecond))
	stop := quitOnHangup(p)
	defer stop()
	_, err = p.Run()
	return err
}

// cmdList prints the events that match the query its arguments form (all
// of them joined with spaces), or every event. A malformed query is a bad
// command line.
func cmdList(a args, stdout, stderr io.Writer) error {
	q, err := search.ParseQuery(strings.Join(a.pos, " "))
	if err != nil {
		return usageError{err.Error()}
	}
	if done, err := cachedList(a, q, stdout, stderr); done {
		return err
	}
	ds, err := load(a, stderr)
	if err != nil {
		return err
	}
	if !q.Empty() {
		ds = ds.Subset(q.Filter(ds))
	}
	return printList(ds, a, stdout)
}

func printList(ds *model.Dataset, a args, stdout io.Writer) error {
	switch a.format {
	case "", "text":
		var b strings.Builder
		for i := range ds.Events {
			b.WriteString(present.ListLine(&ds.Events[i], a.cat))
			b.WriteByte('\n')
		}
		_, err := io.WriteString(stdout, b.String())
		return err
	case "json":
		evs := make([]any, len(ds.Events))
		for i := range ds.Events {
			evs[i] = data.EventJSON(&ds.Events[i])
		}
		return writeJSON(stdout, evs)
	}
	return usageError{a.cat.T("cli.badformat", a.format, "list", "text, json")}
}

// cmdShow prints one event.
func cmdShow(a args, stdout, stderr io.Writer) error {
	if len(a.pos) != 1 {
		return usageError{a.cat.T("cli.showneedsid")}
	}
	ds, err := load(a, stderr)
	if err != nil {
		return err
	}
	e := ds.Event(a.pos[0])
	if e == nil {
		return errors.New(a.cat.T("cli.noevent", a.pos[0]))
	}
	switch a.format {
	case "", "text":
		_, err := io.WriteString(stdout, present.DetailText(ds, e, 80, a.lang)+"\n")
		return err
	case "json":
		return writeJSON(stdout, data.EventJSON(e))
	case "citation":
		_, err := io.WriteString(stdout, present.Citation(ds, e, a.lang)+"\n")
		return err
	case "md":
		_, err := io.WriteString(stdout, present.CitationMarkdown(ds, e, a.lang))
		return err
	}
	return usageError{a.cat.T("cli.badformat", a.format, "show", "text, json, citation, md")}
}

// cmdValidate lists every problem in a file.
func cmdValidate(a args, stdout, stderr io.Writer) error {
	if len(a.pos) != 1 && a.data == "" {
		return usageError{a.cat.T("cli.validateneedsfile")}
	}
	path := a.data
	if len(a.pos) == 1 {
		path = a.pos[0]
	}
	b, err := data.ReadFile(path)
	if err != nil {
		return err
	}
	ds, warnings, err := data.Parse(path, b)
	issues := warnings
	if le, ok := err.(*data.LoadError); ok {
		issues = le.Issues
	} else if err != nil {
		return err
	}
	for _, is := range issues {
		s, _ := model.SanitizeLine(is.String())
		fmt.Fprintln(stdout, s)
	}
	if err != nil {
		return errors.New(problemCount(a, path, len(issues)))
	}
	fmt.Fprintln(stderr, a.cat.T("cli.valid", path, len(ds.Events), len(ds.People), len(ds.Sources)))
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// problemCount says how many problems validate found, "1 problem" or "3 problems".
func problemCount(a args, path string, n int) string {
	if n == 1 {
		return a.cat.T("cli.problem", path)
	}
	return a.cat.T("cli.problems", path, n)
}
