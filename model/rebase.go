package model

import "slices"

// Conflict is an event that both an edit and someone else changed since
// the edit's base: the interface shows both versions and the reporter
// chooses (KeepMine, or nothing to keep theirs).
type Conflict struct {
	ID     string
	Base   *Event // the event as the edit found it; nil when the edit added it
	Mine   *Event // the event as the edit leaves it; nil when the edit removes it
	Theirs *Event // the event as it is now; nil when they removed it
}

// KeepMine returns the edit that settles the conflict with the edit's
// version, over theirs: it applies to the dataset Rebase was given (after
// the rebased edit, which does not touch this event).
func (c Conflict) KeepMine() Edit {
	if c.Mine == nil && c.Theirs == nil {
		return Edit{}
	}
	return Edit{Events: []Delta[Event]{{ID: c.ID, Before: c.Theirs, After: c.Mine}}}
}

// Rebase remakes edit e, made on an earlier version of a dataset (its
// base: e's Before values are that version's), so that it applies to
// theirs, the dataset as it is now, by id:
//
//   - what theirs did not change since the base, the edit changes as it
//     would have;
//   - what theirs already changed the same way is left out;
//   - an event both changed differently is a Conflict, left out of the
//     returned edit, which carries the rest;
//   - an event the edit adds under an id theirs has taken since is added
//     under a fresh id (UniqueID), even when theirs is the same: two
//     reporters who add the same news add two events, as they would one
//     after the other, and the edit's related links follow;
//   - an entry (person, organisation, source) the edit adds that theirs
//     has since added too is theirs', and the edit cites theirs: the same
//     URL is the same source (see SameURL), the same id and name the same
//     person or organisation; under an id theirs took for something else,
//     it is added under a fresh id and the edit's references follow;
//   - people, organisations and sources are shared entries, not a
//     reporter's text: where theirs changed or removed one the edit also
//     changes or removes, theirs stands, and the edit does not remove one
//     that theirs now uses;
//   - removing an event also drops it from the related lists of theirs'
//     events that name it, as Draft.RemoveEvent does.
//
// Rebase is pure: it reads theirs and returns new values.
func Rebase(e Edit, theirs *Dataset) (Edit, []Conflict) {
	r := rebaser{theirs: theirs, out: Edit{}}
	for k := range r.rename {
		r.rename[k] = map[string]string{}
	}
	r.out.People = rebaseItems(&r, refPerson, e.People, theirs.Person, (*Person).Equal, (*Person).Clone,
		func(p *Person) *Person {
			if cur := theirs.Person(p.ID); cur != nil && foldName(cur.Name) == foldName(p.Name) {
				return cur
			}
			return nil
		},
		func(p *Person) string { return p.ID },
		func(p *Person, id string) { p.ID = id })
	r.out.Orgs = rebaseItems(&r, refOrg, e.Orgs, theirs.Org, (*Org).Equal, (*Org).Clone,
		func(o *Org) *Org {
			if cur := theirs.Org(o.ID); cur != nil && foldName(cur.Name) == foldName(o.Name) {
				return cur
			}
			return nil
		},
		func(o *Org) string { return o.ID },
		func(o *Org, id string) { o.ID = id })
	r.out.Sources = rebaseItems(&r, refSource, e.Sources, theirs.Source, (*Source).Equal, (*Source).Clone,
		theirs.SameSource,
		func(s *Source) string { return s.ID },
		func(s *Source, id string) { s.ID = id })
	r.entityRefs()
	conflicts := r.events(e.Events)
	r.dropRelated()
	r.keepUsed()
	return r.out, conflicts
}

// rebaser holds a rebase under way.
type rebaser struct {
	theirs *Dataset
	out    Edit
	// rename maps an id the edit gave a new item to the id it has in
	// theirs: the same source under theirs' id, or a fresh id.
	rename [numRefKinds]map[string]string
}

// rebaseItems rebases the changes of one list of entries (see Rebase).
// same returns theirs' entry that is the one a change adds, if any.
func rebaseItems[T any](r *rebaser, k refKind, cs []Delta[T], get func(string) *T, equal func(a, b *T) bool,
	clone func(*T) *T, same func(*T) *T, idOf func(*T) string, setID func(*T, string)) []Delta[T] {
	var out []Delta[T]
	taken := func(id string) bool {
		return get(id) != nil || slices.ContainsFunc(out, func(c Delta[T]) bool { return c.ID == id })
	}
	for _, c := range cs {
		cur := get(c.ID)
		switch {
		case equal(cur, c.After): // theirs already has it so
		case c.Before == nil:
			if s := same(c.After); s != nil {
				r.rename[k][c.ID] = idOf(s)
				continue
			}
			if cur != nil {
				id := UniqueID(c.ID, taken)
				r.rename[k][c.ID] = id
				c = Delta[T]{ID: id, After: clone(c.After)}
				setID(c.After, id)
			}
			out = append(out, c)
		case !equal(cur, c.Before): // theirs changed or removed it: theirs stands
		default:
			c.Before = clone(cur)
			out = append(out, c)
		}
	}
	return out
}

// entityRefs makes the entries the rebased edit adds follow renames: a
// new person's role in a new organisation, a new organisation's parent.
func (r *rebaser) entityRefs() {
	for i := range r.out.People {
		if p := r.out.People[i].After; p != nil {
			p = p.Clone()
			for j := range p.Roles {
				r.follow(refOrg, &p.Roles[j].Org)
			}
			r.out.People[i].After = p
		}
	}
	for i := range r.out.Orgs {
		if o := r.out.Orgs[i].After; o != nil {
			o = o.Clone()
			r.follow(refOrg, &o.Parent)
			r.out.Orgs[i].After = o
		}
	}
}

// follow rewrites a reference to an entry the rebase renamed.
func (r *rebaser) follow(k refKind, id *string) {
	if to, ok := r.rename[k.base()][*id]; ok {
		*id = to
	}
}

// events rebases the event changes (see Rebase) and returns the
// conflicts.
func (r *rebaser) events(cs []Delta[Event]) []Conflict {
	var conflicts []Conflict
	taken := func(id string) bool {
		return r.theirs.Event(id) != nil || slices.ContainsFunc(r.out.Events, func(c Delta[Event]) bool { return c.ID == id })
	}
	for _, c := range cs {
		if c.After != nil {
			c.After = c.After.Clone()
			eventRefs(c.After, func(k refKind, _ string, _ int, _ string, id *string) {
				if k != refEvent {
					r.follow(k, id)
				}
			})
		}
		cur := r.theirs.Event(c.ID)
		switch {
		case c.Before == nil && cur != nil: // even the same content: two adds are two events
			id := UniqueID(c.ID, taken)
			r.rename[refEvent][c.ID] = id
			c.ID, c.After.ID = id, id
			r.out.Events = append(r.out.Events, c)
		case cur.Equal(c.After): // theirs made the same change
		case cur.Equal(c.Before):
			c.Before = cur.Clone()
			r.out.Events = append(r.out.Events, c)
		default:
			var theirs *Event
			if cur != nil {
				theirs = cur.Clone()
			}
			conflicts = append(conflicts, Conflict{ID: c.ID, Base: c.Before, Mine: c.After, Theirs: theirs})
		}
	}
	for i := range r.out.Events {
		if x := r.out.Events[i].After; x != nil && x.Extra != nil {
			for j := range x.Extra.Related {
				r.follow(refEvent, &x.Extra.Related[j])
			}
		}
	}
	return conflicts
}

// dropRelated drops each event the rebased edit removes from the related
// lists of theirs' events that name it and the edit does not touch.
func (r *rebaser) dropRelated() {
	for _, c := range r.out.Events {
		if !c.Removed() {
			continue
		}
		for _, other := range r.theirs.RelatedTo(c.ID) {
			if slices.ContainsFunc(r.out.Events, func(d Delta[Event]) bool { return d.ID == other }) {
				continue
			}
			x := r.theirs.Event(other)
			after := x.Clone()
			after.Extra.Related = slices.DeleteFunc(after.Extra.Related, func(id string) bool { return id == c.ID })
			after.Tidy()
			r.out.Events = append(r.out.Events, Delta[Event]{ID: other, Before: x.Clone(), After: after})
		}
	}
}

// keepUsed leaves out the removal of an entry that theirs still uses.
func (r *rebaser) keepUsed() {
	uses := r.out.removalUses(r.theirs)
	if len(uses) == 0 {
		return
	}
	used := [numRefKinds]map[string]bool{}
	for _, u := range uses {
		if used[u.kind] == nil {
			used[u.kind] = map[string]bool{}
		}
		used[u.kind][u.id] = true
	}
	keep := func(k refKind) func(id string, removed bool) bool {
		return func(id string, removed bool) bool { return !(removed && used[k][id]) }
	}
	r.out.People = filterDeltas(r.out.People, keep(refPerson))
	r.out.Orgs = filterDeltas(r.out.Orgs, keep(refOrg))
	r.out.Sources = filterDeltas(r.out.Sources, keep(refSource))
}

func filterDeltas[T any](cs []Delta[T], keep func(id string, removed bool) bool) []Delta[T] {
	return slices.DeleteFunc(cs, func(c Delta[T]) bool { return !keep(c.ID, c.Removed()) })
}
