package model

import "fmt"

// Delta is one item an edit adds, changes or removes, named by its id.
// Before is the item as the edit found it, nil when the edit adds it;
// After is the item as the edit leaves it, nil when the edit removes it.
// Both are the edit's own copies: an edit is a value that outlives the
// dataset it was made on, so that it can be undone, redone, or applied
// again on a newer version of the file (see Rebase).
type Delta[T any] struct {
	ID     string
	Before *T
	After  *T
}

// Added reports whether the change adds its item.
func (c Delta[T]) Added() bool { return c.Before == nil && c.After != nil }

// Removed reports whether the change removes its item.
func (c Delta[T]) Removed() bool { return c.Before != nil && c.After == nil }

// inverse swaps what the change found and what it leaves.
func (c Delta[T]) inverse() Delta[T] { return Delta[T]{ID: c.ID, Before: c.After, After: c.Before} }

// Edit is one change a reporter makes to a dataset, as a value: the events,
// people, organisations and sources it adds, changes or removes, each with
// its state before and after. Applying an edit checks that the dataset is
// as the edit found it, so an edit never overwrites what someone else
// changed meanwhile; its inverse undoes it, so undo and redo are stacks of
// edits (see History). Build edits with a Draft; apply them with Apply.
//
// An id appears at most once per list. Within one edit, people,
// organisations and sources are applied before events, so an event may
// cite a source the same edit adds, and an edit may remove an event and
// the source only it cited.
type Edit struct {
	Events  []Delta[Event]
	People  []Delta[Person]
	Orgs    []Delta[Org]
	Sources []Delta[Source]
}

// IsZero reports whether the edit changes nothing.
func (e Edit) IsZero() bool {
	return len(e.Events) == 0 && len(e.People) == 0 && len(e.Orgs) == 0 && len(e.Sources) == 0
}

// Inverse returns the edit that undoes e on the dataset e leaves.
func (e Edit) Inverse() Edit {
	return Edit{Events: inverseAll(e.Events), People: inverseAll(e.People), Orgs: inverseAll(e.Orgs),
		Sources: inverseAll(e.Sources)}
}

func inverseAll[T any](cs []Delta[T]) []Delta[T] {
	if cs == nil {
		return nil
	}
	out := make([]Delta[T], len(cs))
	for i, c := range cs {
		out[len(cs)-1-i] = c.inverse()
	}
	return out
}

// Join returns one edit that makes the changes of all the edits, which
// must touch different items (Apply refuses an id twice in a list).
func Join(edits ...Edit) Edit {
	var out Edit
	for _, e := range edits {
		out.Events = append(out.Events, e.Events...)
		out.People = append(out.People, e.People...)
		out.Orgs = append(out.Orgs, e.Orgs...)
		out.Sources = append(out.Sources, e.Sources...)
	}
	return out
}

// EventIDs returns the ids of the events the edit adds, changes or
// removes: after Apply, those still in the dataset are the ones whose
// text a search index must read again.
func (e Edit) EventIDs() []string {
	ids := make([]string, len(e.Events))
	for i, c := range e.Events {
		ids[i] = c.ID
	}
	return ids
}

// StaleError says that an edit does not fit the dataset it is applied to:
// an item it touches is not as the edit found it, because someone changed,
// added or removed it since. Nothing was changed. Rebase remakes the edit
// on the dataset as it is now.
type StaleError struct {
	Kind string // "event", "person", "organisation" or "source"
	ID   string
}

// Error implements error.
func (e *StaleError) Error() string {
	return fmt.Sprintf("%s %q changed since the edit was made", e.Kind, e.ID)
}

// Problems lists what is wrong with an edit, each naming the event and the
// field, as validation does for a whole file. Nothing was changed.
type Problems []Problem

// Error implements error with one line: the first problem and a count of
// the rest.
func (ps Problems) Error() string {
	switch len(ps) {
	case 0:
		return "invalid edit"
	case 1:
		return ps[0].String()
	}
	return fmt.Sprintf("%s (and %d more problems)", ps[0], len(ps)-1)
}

// checkShape refuses an edit that cannot be applied to any dataset: an
// empty id, an id twice in a list, or an item whose id is not its
// change's.
func (e Edit) checkShape() error {
	var ps Problems
	shape(&ps, "event", e.Events, func(v *Event) string { return v.ID })
	shape(&ps, "person", e.People, func(v *Person) string { return v.ID })
	shape(&ps, "organisation", e.Orgs, func(v *Org) string { return v.ID })
	shape(&ps, "source", e.Sources, func(v *Source) string { return v.ID })
	if len(ps) > 0 {
		return ps
	}
	return nil
}

func shape[T any](ps *Problems, kind string, cs []Delta[T], id func(*T) string) {
	seen := make(map[string]bool, len(cs))
	for _, c := range cs {
		switch {
		case c.ID == "":
			*ps = append(*ps, Problem{Field: "id", Msg: "missing " + kind + " id"})
		case c.Before == nil && c.After == nil:
			*ps = append(*ps, Problem{Field: "id", Msg: fmt.Sprintf("%s %q: a change with nothing before or after", kind, c.ID)})
		case c.Before != nil && id(c.Before) != c.ID || c.After != nil && id(c.After) != c.ID:
			*ps = append(*ps, Problem{Field: "id", Msg: fmt.Sprintf("%s %q: an id cannot change (remove and add instead)", kind, c.ID)})
		case seen[c.ID]:
			*ps = append(*ps, Problem{Field: "id", Msg: fmt.Sprintf("%s %q is changed twice in one edit", kind, c.ID)})
		}
		seen[c.ID] = true
	}
}
