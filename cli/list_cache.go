package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"

	"timeline/cache"
	"timeline/data"
	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
	"timeline/present"
	"timeline/search"
)

// listLanguages are the languages whose list lines an index holds.
var listLanguages = []locale.Lang{locale.English, locale.French}

// cachedList answers "timeline list" from the index of the file that
// "timeline index" made (see package cache), and reports whether it did.
// When the file changed since, it loads the file, answers, and brings the
// index up to date, since the user asked for one. A file never indexed is
// left to the plain path, with a hint on a terminal when it is big. The
// answer is the one cmdList gives without an index, warnings included.
func cachedList(a args, q search.Query, stdout, stderr io.Writer) (bool, error) {
	c := cache.Default()
	if c == nil || a.data == "" || (a.format != "" && a.format != "text") {
		return false, nil
	}
	k, ok := cache.KeyFor(a.data)
	if !ok || !c.Has(k) {
		if f, isFile := stderr.(*os.File); isFile && term.IsTerminal(f.Fd()) && bigFile(a.data) {
			hint, _ := model.SanitizeLine(a.cat.T("cli.indexhint", a.data))
			fmt.Fprintln(stderr, "timeline: "+hint)
		}
		return false, nil
	}
	if e, ok := c.Get(k); ok {
		if answered, err := answerFromEntry(e, string(a.cat.Lang()), q, stdout, stderr); answered {
			return true, err
		}
	}
	l, warnings, err := loadWarned(a, stderr)
	if err != nil {
		return true, err
	}
	e := newEntry(l, warnings)
	err = writeLines(stdout, e.Lines[string(a.cat.Lang())], e.Index.Filter(q))
	storeEntry(c, k, a.data, e) // best effort: the answer is given either way
	return true, err
}

// answerFromEntry writes the answer to q from e, in language lang, and
// reports false, having written nothing, when e has no lines in lang or
// its file was cut short while it was read (cache.Guard): the caller then
// loads the data file.
func answerFromEntry(e *cache.Entry, lang string, q search.Query, stdout, stderr io.Writer) (bool, error) {
	lines := e.Lines[lang]
	if lines == nil {
		return false, nil
	}
	var text string
	if cache.Guard(func() { text = listText(lines, e.Index.Filter(q)) }) != nil {
		return false, nil
	}
	for _, w := range e.Warnings {
		w, _ = model.SanitizeN(w, len(w), false) // the entry is a file: trust none of it
		fmt.Fprintln(stderr, "timeline: "+w)
	}
	_, err := io.WriteString(stdout, text)
	return true, err
}

// newEntry builds the index entry of a loaded dataset.
func newEntry(l data.Loaded, warnings []string) *cache.Entry {
	ds := l.Dataset
	e := &cache.Entry{Index: search.NewIndex(ds, l.Text), Warnings: warnings, Lines: map[string]*cache.Lines{}}
	for _, lang := range listLanguages {
		cat := i18n.For(lang)
		cols := present.Columns(ds.Events, cat)
		e.Lines[string(lang)] = cache.BuildLines(len(ds.Events), func(i int) string { return present.ListLine(&ds.Events[i], cat, cols) })
	}
	return e
}

// storeEntry stores e for the file at path, whose key was k before it was
// loaded, unless the file changed meanwhile; it reports whether it did.
func storeEntry(c *cache.Cache, k cache.Key, path string, e *cache.Entry) (bool, error) {
	if now, ok := cache.KeyFor(path); !ok || now != k {
		return false, nil
	}
	return true, c.Put(k, e)
}

// writeLines writes the lines of the events matched, in order.
func writeLines(w io.Writer, lines *cache.Lines, matched []int32) error {
	_, err := io.WriteString(w, listText(lines, matched))
	return err
}

// listText returns the lines of the events matched, in order, each ending
// in a newline, in a string of its own (never one that points into an
// entry). The lines were clean when the index was written; they are
// sanitised again, as an entry is a file that anything could have changed.
func listText(lines *cache.Lines, matched []int32) string {
	var b strings.Builder
	for _, i := range matched {
		l := lines.Line(int(i))
		line, _ := model.SanitizeN(l, len(l), false) // a clean line comes back as it is
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// loadWarned is load, returning the warnings as they were printed.
func loadWarned(a args, stderr io.Writer) (data.Loaded, []string, error) {
	l, err := data.Open(a.data, nil)
	var lines []string
	for _, w := range l.Warnings {
		s, _ := model.SanitizeLine(w.String())
		fmt.Fprintln(stderr, "timeline: "+s)
		lines = append(lines, s)
	}
	return l, lines, err
}
