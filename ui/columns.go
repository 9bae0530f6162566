package ui

import (
	"timeline/model"
	"timeline/search"
)

// columns reads what the list and the legend need of every event, its kind
// and its month, after each edit or filter: from the search index's own
// columns when it is built for these events, where the events themselves
// lie hundreds of bytes apart, else from the events.
type columns struct {
	evs []model.Event
	ix  *search.Index // nil, or the index of evs
}

// columnsOf returns the columns of ds's events, read from ix when it is
// ds's index as ds now is.
func columnsOf(ds *model.Dataset, ix *search.Index) columns {
	if ix == nil || ix.Dataset() != ds || ix.Len() != len(ds.Events) {
		ix = nil
	}
	return columns{evs: ds.Events, ix: ix}
}

// kind returns event i's kind.
func (c columns) kind(i int32) model.Kind {
	if c.ix != nil {
		return c.ix.KindOf(int(i))
	}
	return c.evs[i].Kind
}

// monthKeys returns a function giving event i's model.Date.MonthKey, for
// events asked in date order: events of one day share their month, so
// each day's key is worked out once.
func (c columns) monthKeys() func(i int) int {
	if c.ix == nil {
		return func(i int) int { return c.evs[i].Date.MonthKey() }
	}
	lastDay, lastKey, known := int32(0), 0, false
	return func(i int) int {
		d := c.ix.FirstDay(i)
		if known && d == lastDay {
			return lastKey
		}
		k, ok := model.DayMonthKey(d)
		if !ok {
			k = c.evs[i].Date.MonthKey()
		}
		lastDay, lastKey, known = d, k, ok
		return k
	}
}
