package main

import (
	"fmt"
	"io"
	"strings"

	"timeline/cache"
	"timeline/data"
	"timeline/i18n"
	"timeline/model"
)

// listLanguages are the languages whose list lines a cache entry holds.
var listLanguages = []model.Lang{model.English, model.French}

// cachedList answers "timeline list" for a large file from the cache (see
// package cache), and reports whether it could: on a miss it loads the
// file, answers with the search index it builds, and stores the index and
// every event's line for the next time. The answer is the one cmdList
// gives without a cache, warnings included.
func cachedList(a args, q model.Query, stdout, stderr io.Writer) (bool, error) {
	c := cache.Default()
	if c == nil || a.data == "" || (a.format != "" && a.format != "text") {
		return false, nil
	}
	k, ok := cache.KeyFor(a.data)
	if !ok {
		return false, nil
	}
	if e, ok := c.Get(k); ok {
		if lines := e.Lines[string(a.cat.Lang())]; lines != nil {
			for _, w := range e.Warnings {
				fmt.Fprintln(stderr, "timeline: "+w)
			}
			return true, writeLines(stdout, lines, e.Index.Filter(q))
		}
	}
	ds, warnings, err := loadWarned(a, stderr)
	if err != nil {
		return true, err
	}
	ix := model.NewSearchIndex(ds)
	e := &cache.Entry{Index: ix, Warnings: warnings, Lines: map[string]*cache.Lines{}}
	for _, lang := range listLanguages {
		cat := i18n.For(lang)
		e.Lines[string(lang)] = cache.BuildLines(len(ds.Events), func(i int) string { return ListLine(&ds.Events[i], cat) })
	}
	err = writeLines(stdout, e.Lines[string(a.cat.Lang())], ix.Filter(q))
	if ck, ok := cache.KeyFor(a.data); ok && ck == k {
		c.Put(k, e) // best effort: a cache that cannot be written is no cache
	}
	return true, err
}

// writeLines writes the lines of the events matched, in order.
func writeLines(w io.Writer, lines *cache.Lines, matched []int32) error {
	var b strings.Builder
	for _, i := range matched {
		b.WriteString(lines.Line(int(i)))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// loadWarned is load, returning the warnings as they were printed.
func loadWarned(a args, stderr io.Writer) (*model.Dataset, []string, error) {
	ds, warnings, err := data.Load(a.data)
	var lines []string
	for _, w := range warnings {
		s, _ := model.SanitizeLine(w.String())
		fmt.Fprintln(stderr, "timeline: "+s)
		lines = append(lines, s)
	}
	return ds, lines, err
}
