package main

import (
	"errors"
	"fmt"
	"io"

	"timeline/cache"
	"timeline/model"
)

// cmdIndex makes, or brings up to date, the index of a dataset file that
// "timeline list" then answers from (see package cache). It is the only
// command that writes to the cache.
func cmdIndex(a args, stdout, stderr io.Writer) error {
	if len(a.pos) > 1 || len(a.pos) == 0 && a.data == "" {
		return usageError{a.cat.T("cli.indexneedsfile")}
	}
	if len(a.pos) == 1 {
		a.data = a.pos[0]
	}
	c := cache.Default()
	if c == nil {
		return errors.New(a.cat.T("cli.indexoff", cache.Env))
	}
	cache.WaitSettled(a.data)
	k, _ := cache.KeyFor(a.data)
	l, warnings, err := loadWarned(a, stderr)
	if err != nil {
		return err
	}
	ds := l.Dataset
	stored, err := storeEntry(c, k, a.data, newEntry(l, warnings))
	switch {
	case err != nil:
		return errors.New(a.cat.T("cli.cannotwritein", c.Dir(), err))
	case !stored:
		return errors.New(a.cat.T("cli.indexchanged", a.data))
	}
	msg, _ := model.SanitizeLine(a.cat.T("cli.indexed", a.data, len(ds.Events), c.Dir()))
	_, err = fmt.Fprintln(stderr, "timeline: "+msg)
	return err
}
