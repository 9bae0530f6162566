package model

import (
	"cmp"
	"slices"
	"sort"
)

// Applied is what Apply did to a dataset.
type Applied struct {
	// Inverse undoes the edit on the dataset as Apply left it. Its
	// Before values are the edit's After values as stored (sanitised).
	Inverse Edit
	// From says where each event now comes from: event j was at From[j]
	// before the edit, or is new when From[j] is -1; positions missing
	// from it are the events the edit removed. It is nil when no event
	// was added, removed or moved. The events the edit changed in place
	// are those of Edit.EventIDs still in the dataset.
	From []int32
}

// Apply makes the edit's changes to ds, or none of them. It refuses, with
// a *StaleError, an edit that does not fit ds (an item it changes is not
// as the edit found it, or an item it adds already exists), and, with
// Problems naming the field, one that would leave ds invalid as the loader
// sees it: an unknown kind, a missing source, an impossible date, a
// reference to a person, organisation, source or event that does not
// exist, a person or source still cited that the edit removes. Every
// string the edit brings is sanitised as the loader sanitises a file's.
//
// Only what the edit touches is checked, events are moved into place
// rather than sorted again, and the lookup tables are changed rather than
// built again, so that an edit costs a few passes over arrays, not a load:
// ds is left as Dataset.Index would leave it. ds must be indexed, as
// loaders leave it.
func (e Edit) Apply(ds *Dataset) (Applied, error) {
	if err := e.checkShape(); err != nil {
		return Applied{}, err
	}
	if err := e.checkFits(ds); err != nil {
		return Applied{}, err
	}
	clean, ps := e.cleaned()
	ps = append(ps, clean.checkRemovals(ds)...)
	if len(ps) > 0 {
		return Applied{}, ps
	}
	from, restore := clean.mutate(ds)
	if ps := clean.checkAfter(ds); len(ps) > 0 {
		restore()
		return Applied{}, ps
	}
	return Applied{Inverse: clean.Inverse(), From: from}, nil
}

// mutate makes the changes of an edit already checked to fit ds, keeping
// ds as Dataset.Index would leave it: events in order, lookup tables up to
// date (changed rather than built again, see idindex_edit.go). It returns
// the events' permutation (see Applied.From) and a function that puts ds
// back as it was.
func (e Edit) mutate(ds *Dataset) (from []int32, restore func()) {
	restorePeople := applyItems(&ds.People, e.People, &ds.personIdx, ds.personID, (*Person).Clone)
	restoreOrgs := applyItems(&ds.Orgs, e.Orgs, &ds.orgIdx, ds.orgID, (*Org).Clone)
	restoreSources := applyItems(&ds.Sources, e.Sources, &ds.sourceIdx, ds.sourceID, (*Source).Clone)
	from = moveEvents(ds, e.Events)
	restore = func() {
		restoreSources()
		restoreOrgs()
		restorePeople()
		moveEvents(ds, e.Inverse().Events)
	}
	return from, restore
}

// follow composes two permutations, either nil for none: the result says
// where each event after the second comes from before the first.
func follow(first, second []int32) []int32 {
	switch {
	case second == nil:
		return first
	case first == nil:
		return second
	}
	out := make([]int32, len(second))
	for j, k := range second {
		out[j] = first[k]
	}
	return out
}

// applyItems makes the changes cs to a list of people, organisations or
// sources and to its lookup table ix, whose ids id gives: it changes items
// in place, removes items keeping the others in order, and appends new
// ones, so that a file written afterwards differs only where the edit
// does. It returns a function that puts the list back exactly.
func applyItems[T any](list *[]T, cs []Delta[T], ix *idIndex, id func(int) string, clone func(*T) *T) (restore func()) {
	if len(cs) == 0 {
		return func() {}
	}
	type old struct {
		at int
		v  T
	}
	var changed, removed []old
	added := 0
	for _, c := range cs {
		i, ok := ix.find(c.ID, id)
		switch {
		case c.Before == nil:
			*list = append(*list, *clone(c.After))
			added++
		case !ok: // checkFits made sure it exists
		case c.After == nil:
			removed = append(removed, old{at: i, v: (*list)[i]})
		default:
			changed = append(changed, old{at: i, v: (*list)[i]})
			(*list)[i] = *clone(c.After)
		}
	}
	if len(removed) > 0 {
		slices.SortFunc(removed, func(a, b old) int { return cmp.Compare(a.at, b.at) })
		at := make([]int, len(removed))
		for k, o := range removed {
			at[k] = o.at
		}
		indexed := ix.drop(at, len(*list), id)
		l, w, r := *list, 0, 0
		for i := range l {
			if r < len(removed) && removed[r].at == i {
				r++
				continue
			}
			l[w] = l[i]
			w++
		}
		clear(l[w:])
		*list = l[:w]
		if !indexed {
			*ix = newIDIndex(len(*list), id)
		}
	} else {
		for i := len(*list) - added; i < len(*list); i++ {
			ix.insert(i, len(*list), id)
		}
	}
	return func() {
		l := (*list)[:len(*list)-added]
		for _, o := range removed {
			l = slices.Insert(l, o.at, o.v)
		}
		for _, o := range changed {
			l[o.at] = o.v
		}
		*list = l
		*ix = newIDIndex(len(l), id)
	}
}

// insertOneByOne is how many events an edit may add or move before they
// are appended and the whole list sorted: each insertion moves the events
// after it, a sort moves them all once but compares n log n times.
const insertOneByOne = 8

// moveEvents makes the event changes cs to ds, keeping the events in
// order and their lookup table up to date: changed events stay in place
// unless their date moved them, removed ones are taken out, new and moved
// ones inserted where they sort. It returns where each event now comes
// from (see Applied.From), nil when none moved.
func moveEvents(ds *Dataset, cs []Delta[Event]) []int32 {
	type insert struct {
		e    Event
		from int32
	}
	var gone []int
	var ins []insert
	for _, c := range cs {
		i, ok := ds.EventIndex(c.ID)
		switch {
		case c.Before == nil:
			ins = append(ins, insert{*c.After.Clone(), -1})
		case !ok:
		case c.After == nil:
			gone = append(gone, i)
		case c.After.Date == ds.Events[i].Date:
			ds.Events[i] = *c.After.Clone()
		default:
			gone = append(gone, i)
			ins = append(ins, insert{*c.After.Clone(), int32(i)})
		}
	}
	if len(gone) == 0 && len(ins) == 0 {
		return nil
	}
	if len(gone) == 1 && len(ins) == 1 && ins[0].from == int32(gone[0]) {
		return moveEvent(ds, gone[0], ins[0].e)
	}
	from := make([]int32, len(ds.Events))
	for i := range from {
		from[i] = int32(i)
	}
	indexed := true
	if len(gone) > 0 {
		slices.Sort(gone)
		indexed = ds.eventIdx.drop(gone, len(ds.Events), ds.eventID)
		evs, w, r := ds.Events, 0, 0
		for i := range evs {
			if r < len(gone) && gone[r] == i {
				r++
				continue
			}
			evs[w], from[w] = evs[i], from[i]
			w++
		}
		clear(evs[w:])
		ds.Events, from = evs[:w], from[:w]
	}
	if len(ins) > insertOneByOne {
		for _, in := range ins {
			ds.Events = append(ds.Events, in.e)
			from = append(from, in.from)
		}
		from = follow(from, sortEvents(ds.Events))
		ds.eventIdx = newIDIndex(len(ds.Events), ds.eventID)
		return from
	}
	for _, in := range ins {
		j := sort.Search(len(ds.Events), func(k int) bool { return eventOrder(&ds.Events[k], &in.e) > 0 })
		ds.Events = slices.Insert(ds.Events, j, in.e)
		from = slices.Insert(from, j, in.from)
		if indexed {
			ds.eventIdx.shift(j)
			ds.eventIdx.insert(j, len(ds.Events), ds.eventID)
		}
	}
	if !indexed {
		ds.eventIdx = newIDIndex(len(ds.Events), ds.eventID)
	}
	return from
}

// moveEvent puts e, the event at position i with its date changed, where
// it now sorts: only the events between its old place and its new one
// move, by one place, where taking it out and putting it back would move
// every event after either place. It returns where each event now comes
// from.
func moveEvent(ds *Dataset, i int, e Event) []int32 {
	evs := ds.Events
	others := len(evs) - 1
	j := sort.Search(others, func(k int) bool { // among the others
		if k >= i {
			k++
		}
		return eventOrder(&evs[k], &e) > 0
	})
	if j >= i {
		copy(evs[i:j], evs[i+1:j+1])
	} else {
		copy(evs[j+1:i+1], evs[j:i])
	}
	evs[j] = e
	from := make([]int32, len(evs))
	for k := range from {
		from[k] = int32(k)
	}
	for k := min(i, j); k <= max(i, j); k++ {
		from[k] = int32(k + 1)
		if j < i {
			from[k] = int32(k - 1)
		}
	}
	from[j] = int32(i)
	ds.eventIdx.moved(i, j)
	return from
}

// eventOrder is the order of Dataset.Events (see SortEvents).
func eventOrder(a, b *Event) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}
