package model

import (
	"fmt"
	"slices"
	"strings"
)

// Draft builds one Edit against a dataset without changing it: the
// command line's add, edit and rm and the explorer's form describe what
// the reporter wants (a person by name, a source by its URL, an event
// without an id), and the draft turns that into ids and changes. New
// people, organisations and sources it creates are found again by later
// calls of the same draft, so "Jane Doe" named twice is one new person.
// The dataset must not change while the draft is built.
type Draft struct {
	ds   *Dataset
	edit Edit
}

// NewDraft starts an edit of ds.
func NewDraft(ds *Dataset) *Draft { return &Draft{ds: ds} }

// Edit returns the edit built so far, ready for Apply.
func (d *Draft) Edit() Edit {
	e := d.edit
	e.Events, e.People = slices.Clone(e.Events), slices.Clone(e.People)
	e.Orgs, e.Sources = slices.Clone(e.Orgs), slices.Clone(e.Sources)
	return e
}

// AmbiguousError says that a name matches several people or
// organisations; the reporter must give one of the ids.
type AmbiguousError struct {
	Kind string // "person" or "organisation"
	Name string
	IDs  []string
}

// Error implements error.
func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("%q names more than one %s: %s (give the id)", e.Name, e.Kind, strings.Join(e.IDs, ", "))
}

// Person returns the id of the person s names (see Dataset.FindPeople),
// or of a new person named s, whom the edit then adds (added is true).
func (d *Draft) Person(s string) (id string, added bool, err error) {
	name, _ := SanitizeLine(s)
	if name == "" {
		return "", false, Problems{{Field: "people", Msg: "a person needs a name or an id"}}
	}
	found := d.ds.FindPeople(name)
	ids := make([]string, 0, len(found)+1)
	for _, p := range found {
		ids = append(ids, p.ID)
	}
	for _, c := range d.edit.People {
		if c.ID == name || foldName(c.After.Name) == foldName(name) {
			ids = append(ids, c.ID)
		}
	}
	switch {
	case len(ids) > 1:
		return "", false, &AmbiguousError{Kind: "person", Name: name, IDs: ids}
	case len(ids) == 1:
		return ids[0], false, nil
	}
	id = UniqueID(Slug(name, "person"), func(id string) bool { return d.ds.Person(id) != nil || d.hasPerson(id) })
	d.edit.People = append(d.edit.People, Delta[Person]{ID: id, After: &Person{ID: id, Name: name}})
	return id, true, nil
}

// Org returns the id of the organisation s names (see Dataset.FindOrgs),
// or of a new organisation named s, which the edit then adds.
func (d *Draft) Org(s string) (id string, added bool, err error) {
	name, _ := SanitizeLine(s)
	if name == "" {
		return "", false, Problems{{Field: "orgs", Msg: "an organisation needs a name or an id"}}
	}
	found := d.ds.FindOrgs(name)
	ids := make([]string, 0, len(found)+1)
	for _, o := range found {
		ids = append(ids, o.ID)
	}
	for _, c := range d.edit.Orgs {
		if c.ID == name || foldName(c.After.Name) == foldName(name) {
			ids = append(ids, c.ID)
		}
	}
	switch {
	case len(ids) > 1:
		return "", false, &AmbiguousError{Kind: "organisation", Name: name, IDs: ids}
	case len(ids) == 1:
		return ids[0], false, nil
	}
	id = UniqueID(Slug(name, "org"), func(id string) bool {
		return d.ds.Org(id) != nil || slices.ContainsFunc(d.edit.Orgs, func(c Delta[Org]) bool { return c.ID == id })
	})
	d.edit.Orgs = append(d.edit.Orgs, Delta[Org]{ID: id, After: &Org{ID: id, Name: name}})
	return id, true, nil
}

// Source returns the id of the source s is: the one with s.ID when s has
// only an id, else the dataset's source that is the same (see
// Dataset.SameSource: the same URL is the same source), else a new source,
// which the edit then adds, with s.ID or an id made from its outlet and
// headline. A new source needs an outlet or a URL.
func (d *Draft) Source(s Source) (id string, added bool, err error) {
	if s.ID != "" && s.Outlet == "" && s.Title == "" && s.URL == "" && s.Via() == "" && s.Published.IsZero() && s.Note().IsZero() {
		if d.ds.Source(s.ID) == nil && !d.hasSource(s.ID) {
			return "", false, Problems{{Field: "sources", Msg: fmt.Sprintf("unknown source %q", s.ID)}}
		}
		return s.ID, false, nil
	}
	if same := d.ds.SameSource(&s); same != nil {
		return same.ID, false, nil
	}
	for _, c := range d.edit.Sources {
		if sameSource(c.After, &s) {
			return c.ID, false, nil
		}
	}
	if strings.TrimSpace(s.Outlet) == "" && strings.TrimSpace(s.URL) == "" {
		return "", false, Problems{{Field: "sources", Msg: "a source needs an outlet or a URL"}}
	}
	taken := func(id string) bool { return d.ds.Source(id) != nil || d.hasSource(id) }
	if s.ID == "" {
		s.ID = UniqueID(Slug(s.Outlet+" "+s.Title, "source"), taken)
	} else if taken(s.ID) {
		return "", false, Problems{{Field: "sources", Msg: fmt.Sprintf("source id %q is already used", s.ID)}}
	}
	d.edit.Sources = append(d.edit.Sources, Delta[Source]{ID: s.ID, After: s.Clone()})
	return s.ID, true, nil
}

// AddEvent adds e to the edit and returns its id: e.ID when it is set
// and free, else one made from its title (see Slug), English first, made
// unique in the dataset. Its content is checked when the edit is applied,
// or before by Check.
func (d *Draft) AddEvent(e Event) (string, error) {
	taken := func(id string) bool { return d.ds.Event(id) != nil || d.event(id) >= 0 }
	if e.ID == "" {
		title := e.Title.En
		if title == "" {
			title, _ = e.Title.In("")
		}
		title, _ = SanitizeLine(title) // an escape sequence's letters are no part of an id
		e.ID = UniqueID(Slug(title, "event"), taken)
	} else if taken(e.ID) {
		return "", Problems{{Event: e.ID, Field: "id", Msg: fmt.Sprintf("duplicate id %q", e.ID)}}
	}
	d.edit.Events = append(d.edit.Events, Delta[Event]{ID: e.ID, After: e.Clone()})
	return e.ID, nil
}

// ChangeEvent makes the event with e's id e: every field is replaced, so
// callers start from a copy of the event (Event.Clone) and change what
// the reporter changed. An id cannot change.
func (d *Draft) ChangeEvent(e Event) error {
	if i := d.event(e.ID); i >= 0 {
		if d.edit.Events[i].After == nil {
			return Problems{{Event: e.ID, Field: "id", Msg: "the event is removed in this edit"}}
		}
		d.edit.Events[i].After = e.Clone()
		return nil
	}
	cur := d.ds.Event(e.ID)
	if cur == nil {
		return Problems{{Event: e.ID, Field: "id", Msg: fmt.Sprintf("no event %q", e.ID)}}
	}
	d.edit.Events = append(d.edit.Events, Delta[Event]{ID: e.ID, Before: cur.Clone(), After: e.Clone()})
	return nil
}

// ChangeEventFrom is ChangeEvent for an edit that began earlier, on base,
// the event as the reporter saw it when they opened it (a form keeps a
// copy): if someone has changed the event since, the edit does not fit
// the dataset (Apply says so with a *StaleError) and Rebase reports a
// conflict with both versions, instead of the reporter's version quietly
// replacing the colleague's.
func (d *Draft) ChangeEventFrom(base *Event, e Event) error {
	if base == nil || base.ID != e.ID {
		return Problems{{Event: e.ID, Field: "id", Msg: "the event's base is another event"}}
	}
	if i := d.event(e.ID); i >= 0 {
		return Problems{{Event: e.ID, Field: "id", Msg: "the event is already changed in this edit"}}
	}
	d.edit.Events = append(d.edit.Events, Delta[Event]{ID: e.ID, Before: base.Clone(), After: e.Clone()})
	return nil
}

// RemoveEvent removes the event with id, and drops id from the related
// lists of the events that name it, which it returns: a file where an
// event relates to one that is gone does not load.
func (d *Draft) RemoveEvent(id string) (relatedBy []string, err error) {
	if i := d.event(id); i >= 0 && d.edit.Events[i].Before == nil {
		d.edit.Events = slices.Delete(d.edit.Events, i, i+1) // added by this very draft
		return nil, nil
	}
	cur := d.ds.Event(id)
	if cur == nil {
		return nil, Problems{{Event: id, Field: "id", Msg: fmt.Sprintf("no event %q", id)}}
	}
	if i := d.event(id); i >= 0 {
		d.edit.Events[i].After = nil
	} else {
		d.edit.Events = append(d.edit.Events, Delta[Event]{ID: id, Before: cur.Clone()})
	}
	for _, other := range d.ds.RelatedTo(id) {
		if other == id {
			continue
		}
		relatedBy = append(relatedBy, other)
		i := d.event(other)
		if i < 0 {
			x := d.ds.Event(other)
			d.edit.Events = append(d.edit.Events, Delta[Event]{ID: other, Before: x.Clone(), After: x.Clone()})
			i = len(d.edit.Events) - 1
		}
		if after := d.edit.Events[i].After; after != nil && after.Extra != nil {
			after = after.Clone() // an edit Edit returned earlier may share it
			after.Extra.Related = slices.DeleteFunc(after.Extra.Related, func(r string) bool { return r == id })
			after.Tidy()
			d.edit.Events[i].After = after
		}
	}
	return relatedBy, nil
}

// Check returns what is wrong with the draft's events as Apply would say
// it, without changing the dataset: a form calls it as the reporter types.
func (d *Draft) Check() Problems {
	view := d.ds.withNew(d.edit)
	var c cleaner
	var evs []*Event
	for _, ch := range d.edit.Events {
		if ch.After != nil {
			evs = append(evs, c.event(ch.After))
		}
	}
	return append(c.ps, view.checkEvents(evs, false)...)
}

// event returns the position of the event with id in the draft, or -1.
func (d *Draft) event(id string) int {
	return slices.IndexFunc(d.edit.Events, func(c Delta[Event]) bool { return c.ID == id })
}

func (d *Draft) hasPerson(id string) bool {
	return slices.ContainsFunc(d.edit.People, func(c Delta[Person]) bool { return c.ID == id })
}

func (d *Draft) hasSource(id string) bool {
	return slices.ContainsFunc(d.edit.Sources, func(c Delta[Source]) bool { return c.ID == id })
}

// withNew returns d as it would be with the people, organisations and
// sources e adds, sharing d's events: what a draft's events are checked
// against.
func (d *Dataset) withNew(e Edit) *Dataset {
	v := *d
	if len(e.People) > 0 {
		v.People = slices.Clip(v.People)
		for _, c := range e.People {
			v.People = append(v.People, *c.After)
		}
		v.personIdx = newIDIndex(len(v.People), v.personID)
	}
	if len(e.Orgs) > 0 {
		v.Orgs = slices.Clip(v.Orgs)
		for _, c := range e.Orgs {
			v.Orgs = append(v.Orgs, *c.After)
		}
		v.orgIdx = newIDIndex(len(v.Orgs), v.orgID)
	}
	if len(e.Sources) > 0 {
		v.Sources = slices.Clip(v.Sources)
		for _, c := range e.Sources {
			v.Sources = append(v.Sources, *c.After)
		}
		v.sourceIdx = newIDIndex(len(v.Sources), v.sourceID)
	}
	return &v
}
