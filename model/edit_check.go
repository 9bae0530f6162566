package model

import "fmt"

// checkFits returns a *StaleError when an item the edit touches is not as
// the edit found it in ds: changed, added or removed since.
func (e Edit) checkFits(ds *Dataset) error {
	if err := fits("event", e.Events, ds.Event, (*Event).Equal); err != nil {
		return err
	}
	if err := fits("person", e.People, ds.Person, (*Person).Equal); err != nil {
		return err
	}
	if err := fits("organisation", e.Orgs, ds.Org, (*Org).Equal); err != nil {
		return err
	}
	return fits("source", e.Sources, ds.Source, (*Source).Equal)
}

func fits[T any](kind string, cs []Delta[T], get func(string) *T, equal func(*T, *T) bool) error {
	for _, c := range cs {
		if !equal(c.Before, get(c.ID)) {
			return &StaleError{Kind: kind, ID: c.ID}
		}
	}
	return nil
}

// CheckEvent returns what is wrong with e as an event of d, as the loader
// would say it, each problem naming the field: an impossible date, an
// unknown kind, no source, a reference to a person, organisation, source
// or event d does not have, a field over MaxFieldBytes. It changes
// nothing, and costs a look-up per reference, so that a form can check
// an event as it is typed. Whether e's id is free is not its concern:
// Draft.AddEvent finds one that is.
func (d *Dataset) CheckEvent(e *Event) Problems {
	var c cleaner
	clean := c.event(e)
	if clean.ID == "" {
		clean.ID = newEventID
	}
	return append(c.ps, d.checkEvents([]*Event{clean}, false)...)
}

// checkAfter checks, once the edit is made, the events it added or
// changed, and everything but events when it touched people,
// organisations or sources.
func (e Edit) checkAfter(ds *Dataset) Problems {
	var evs []*Event
	for _, c := range e.Events {
		if c.After != nil {
			evs = append(evs, ds.Event(c.ID))
		}
	}
	entities := len(e.People)+len(e.Orgs)+len(e.Sources) > 0
	if len(evs) == 0 && !entities {
		return nil
	}
	return ds.checkEvents(evs, entities)
}

// checkEvents validates the events evs (which need not be d's) against
// the people, organisations, sources and events of d, with
// Dataset.Validate itself, so that an edit is held to the loader's rules
// and words: Validate runs on a dataset made of evs, the events they
// relate to, and d's other lists. It keeps the problems of evs, and those
// outside events too when entities is set; without it, only the events
// are checked (validateEvents), not the thousands of sources the edit
// left alone.
func (d *Dataset) checkEvents(evs []*Event, entities bool) Problems {
	s := *d
	s.Events = make([]Event, 0, len(evs))
	mine := make(map[string]bool, len(evs))
	for _, e := range evs {
		s.Events = append(s.Events, *e)
		mine[e.ID] = true
	}
	in := make(map[string]bool)
	for _, e := range evs {
		for _, r := range e.Related() {
			if x := d.Event(r); x != nil && !mine[r] && !in[r] {
				s.Events = append(s.Events, *x)
				in[r] = true
			}
		}
	}
	s.eventIdx = newIDIndex(len(s.Events), s.eventID)
	found := s.validateEvents()
	if entities {
		found = s.Validate()
	}
	var ps Problems
	for _, p := range found {
		if mine[p.Event] && p.Event != "" || p.Event == "" && entities {
			ps = append(ps, p)
		}
	}
	return ps
}

// checkRemovals finds, before the edit is made, what would still refer
// to an item the edit removes (see removalUses).
func (e Edit) checkRemovals(ds *Dataset) Problems {
	var ps Problems
	for _, u := range e.removalUses(ds) {
		ps = append(ps, u.Problem)
	}
	return ps
}

// removalUse is a reference to an item an edit removes.
type removalUse struct {
	Problem
	kind refKind
	id   string
}

// removalUses finds what would still refer to an item the edit removes:
// events outside the edit, the edit's own events, people's roles,
// organisations' parents, reporting lines. A claim's "by" naming a
// removed person counts, as it would otherwise become free text without
// a word.
func (e Edit) removalUses(ds *Dataset) []removalUse {
	var gone [numRefKinds]idSet
	for _, c := range e.Events {
		if c.Removed() {
			gone[refEvent].add(c.ID)
		}
	}
	for _, c := range e.People {
		if c.Removed() {
			gone[refPerson].add(c.ID)
		}
	}
	for _, c := range e.Orgs {
		if c.Removed() {
			gone[refOrg].add(c.ID)
		}
	}
	for _, c := range e.Sources {
		if c.Removed() {
			gone[refSource].add(c.ID)
		}
	}
	if gone[refEvent].empty() && gone[refPerson].empty() && gone[refOrg].empty() && gone[refSource].empty() {
		return nil
	}
	var uses []removalUse
	use := func(ev string, k refKind, field string, id string) {
		if gone[k.base()].has(id) {
			uses = append(uses, removalUse{kind: k.base(), id: id, Problem: Problem{Event: ev, Field: field,
				Msg: fmt.Sprintf("unknown %s %q (this edit removes it)", k.base(), id)}})
		}
	}
	check := func(ev *Event) {
		eventRefs(ev, func(k refKind, list string, j int, suffix string, id *string) {
			use(ev.ID, k, refField(list, j, suffix), *id)
		})
	}
	touched := make(map[string]bool, len(e.Events))
	for _, c := range e.Events {
		touched[c.ID] = true
		if c.After != nil {
			check(c.After)
		}
	}
	for i := range ds.Events {
		if ev := &ds.Events[i]; mentions(ev, &gone) && !touched[ev.ID] {
			check(ev)
		}
	}
	if gone[refOrg].empty() && gone[refPerson].empty() && gone[refSource].empty() {
		return uses
	}
	roles := func(where string, p *Person) {
		for j, r := range p.Roles {
			use("", refOrg, fmt.Sprintf("%s.roles[%d].org", where, j), r.Org)
		}
	}
	changed := make(map[string]bool, len(e.People))
	for _, c := range e.People {
		changed[c.ID] = true
		if c.After != nil {
			roles(fmt.Sprintf("people[%q]", c.ID), c.After)
		}
	}
	for i := range ds.People {
		if !changed[ds.People[i].ID] {
			roles(fmt.Sprintf("people[%d]", i), &ds.People[i])
		}
	}
	for i, o := range ds.Orgs {
		if !gone[refOrg].has(o.ID) {
			use("", refOrg, fmt.Sprintf("orgs[%d].parent", i), o.Parent)
		}
	}
	for i, l := range ds.ReportingLines {
		f := fmt.Sprintf("reporting_lines[%d].", i)
		use("", refPerson, f+"person", l.Person)
		use("", refPerson, f+"reports_to", l.ReportsTo)
		use("", refSource, f+"source", l.Source)
	}
	return uses
}

// mentions reports whether e refers to an id in gone: the quick look at
// every event of a dataset that removing something takes, without the
// closures eventRefs calls.
func mentions(e *Event, gone *[numRefKinds]idSet) bool {
	for _, p := range e.People {
		if gone[refPerson].has(p.ID()) {
			return true
		}
	}
	for _, o := range e.Orgs() {
		if gone[refOrg].has(o) {
			return true
		}
	}
	for _, s := range e.Sources() {
		if gone[refSource].has(s) {
			return true
		}
	}
	x := e.Extra
	if x == nil {
		return false
	}
	for _, r := range x.Related {
		if gone[refEvent].has(r) {
			return true
		}
	}
	for _, c := range x.Claims {
		if gone[refPerson].has(c.By) || gone[refSource].has(c.Source) {
			return true
		}
	}
	for _, q := range x.Quotes {
		if gone[refPerson].has(q.Speaker) || gone[refSource].has(q.Source) {
			return true
		}
	}
	return false
}

// idSet is a set of ids, looked up by comparing them while they are few
// (an edit removes one or two things, and comparing strings of different
// lengths is cheaper than hashing) and in a map beyond.
type idSet struct {
	few  []string
	many map[string]bool
}

// setFew is how many ids an idSet compares before it hashes.
const setFew = 8

func (s *idSet) add(id string) {
	switch {
	case s.many != nil:
		s.many[id] = true
	case len(s.few) < setFew:
		s.few = append(s.few, id)
	default:
		s.many = map[string]bool{id: true}
		for _, x := range s.few {
			s.many[x] = true
		}
		s.few = nil
	}
}

func (s *idSet) has(id string) bool {
	if s.many != nil {
		return s.many[id]
	}
	for _, x := range s.few {
		if x == id {
			return true
		}
	}
	return false
}

func (s *idSet) empty() bool { return len(s.few) == 0 && len(s.many) == 0 }

// refKind is what an event's reference names.
type refKind uint8

const (
	refPerson refKind = iota
	refOrg
	refSource
	refEvent
	numRefKinds
	refBy = numRefKinds // a claim's "by": a person's id or free text
)

// base is the kind of item a reference names: a claim's "by" names a
// person when it names anything.
func (k refKind) base() refKind {
	if k == refBy {
		return refPerson
	}
	return k
}

// String names the kind as messages do.
func (k refKind) String() string {
	switch k.base() {
	case refPerson:
		return "person"
	case refOrg:
		return "organisation"
	case refSource:
		return "source"
	}
	return "event"
}

// refField names the field of a reference as Validate does:
// "people[2].id", "sources[0]".
func refField(list string, j int, suffix string) string {
	return fmt.Sprintf("%s[%d]%s", list, j, suffix)
}

// eventRefs calls visit for every reference e makes to another item, with
// where it is (see refField; the name is made only when needed, as most
// calls find nothing to say) and the id, which visit may change.
func eventRefs(e *Event, visit func(k refKind, list string, j int, suffix string, id *string)) {
	for j := range e.People {
		id := e.People[j].ID()
		if visit(refPerson, "people", j, ".id", &id); id != e.People[j].ID() {
			e.People[j] = e.People[j].WithID(id)
		}
	}
	for j := range e.Orgs() {
		visit(refOrg, "orgs", j, "", &e.Orgs()[j])
	}
	for j := range e.Sources() {
		visit(refSource, "sources", j, "", &e.Sources()[j])
	}
	x := e.Extra
	if x == nil {
		return
	}
	for j := range x.Related {
		visit(refEvent, "related", j, "", &x.Related[j])
	}
	for j := range x.Claims {
		visit(refBy, "claims", j, ".by", &x.Claims[j].By)
		if x.Claims[j].Source != "" {
			visit(refSource, "claims", j, ".source", &x.Claims[j].Source)
		}
	}
	for j := range x.Quotes {
		visit(refPerson, "quotes", j, ".speaker", &x.Quotes[j].Speaker)
		if x.Quotes[j].Source != "" {
			visit(refSource, "quotes", j, ".source", &x.Quotes[j].Source)
		}
	}
}
