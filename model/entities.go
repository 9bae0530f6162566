package model

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"timeline/locale"
)

// EntityKind says which index an entity belongs to.
type EntityKind uint8

// The kinds of entity the indexes list.
const (
	PersonEntity EntityKind = iota
	OrgEntity
	OutletEntity
)

// EntityRow is one line of an index: an entity, what it was on the chosen
// day, and the events it appears in.
type EntityRow struct {
	ID     string // the person or organisation id; an outlet's name
	Name   string
	Detail string  // a person's role, an organisation's kind, an outlet's number of sources
	Events []int32 // indices into Dataset.Events, in timeline order
	// First and Last are the dates of the first and last events; zero when
	// the entity appears in none.
	First, Last Date
}

// PeopleIndex lists every person, sorted by name, with their role on day
// and the events they appear in: as one of an event's people, as the
// speaker of a quote, or as the author of a claim.
func PeopleIndex(ds *Dataset, day int32, lang locale.Lang) []EntityRow {
	rows := make([]EntityRow, len(ds.People))
	at := make(map[string]int, len(ds.People))
	for i := range ds.People {
		p := &ds.People[i]
		rows[i] = EntityRow{ID: p.ID, Name: p.Name, Detail: roleDetail(ds, p, day, lang)}
		at[p.ID] = i
	}
	for i := range ds.Events {
		forEachRef(&ds.Events[i], PersonEntity, func(id string) { addEvent(rows, at, id, i) })
	}
	return finishRows(ds, rows)
}

// OrgIndex lists every organisation, sorted by name, with its kind and the
// events that name it.
func OrgIndex(ds *Dataset, day int32, lang locale.Lang) []EntityRow {
	rows := make([]EntityRow, len(ds.Orgs))
	at := make(map[string]int, len(ds.Orgs))
	for i := range ds.Orgs {
		o := &ds.Orgs[i]
		detail := o.Kind
		if p := ds.Org(o.Parent); p != nil {
			detail += " · " + p.Name
		}
		rows[i] = EntityRow{ID: o.ID, Name: o.Name, Detail: detail}
		at[o.ID] = i
	}
	for i := range ds.Events {
		forEachRef(&ds.Events[i], OrgEntity, func(id string) { addEvent(rows, at, id, i) })
	}
	return finishRows(ds, rows)
}

// OutletIndex lists every outlet named by a source, sorted by name, with the
// number of its sources and the events that cite them.
func OutletIndex(ds *Dataset, day int32, lang locale.Lang) []EntityRow {
	var rows []EntityRow
	at := map[string]int{}
	count := map[string]int{}
	for i := range ds.Sources {
		o := ds.Sources[i].Outlet
		if o == "" {
			continue
		}
		if _, ok := at[o]; !ok {
			at[o] = len(rows)
			rows = append(rows, EntityRow{ID: o, Name: o})
		}
		count[o]++
	}
	for i := range rows {
		n := count[rows[i].ID]
		rows[i].Detail = strconv.Itoa(n) + " source" // the same word in French
		if n > 1 {
			rows[i].Detail += "s"
		}
	}
	for i := range ds.Events {
		forEachRef(&ds.Events[i], OutletEntity, func(src string) {
			if s := ds.Source(src); s != nil {
				addEvent(rows, at, s.Outlet, i)
			}
		})
	}
	return finishRows(ds, rows)
}

// EventsOf returns the indices of the events an entity appears in, in
// timeline order, by the same rules as the indexes; for an outlet, id is
// its name.
func EventsOf(ds *Dataset, kind EntityKind, id string) []int32 {
	var out []int32
	for i := range ds.Events {
		hit := false
		forEachRef(&ds.Events[i], kind, func(ref string) {
			if kind == OutletEntity {
				if s := ds.Source(ref); s != nil {
					ref = s.Outlet
				}
			}
			hit = hit || ref == id
		})
		if hit {
			out = append(out, int32(i))
		}
	}
	return out
}

// forEachRef calls f for every reference of the kind an event makes: person
// ids (people, quote speakers, claim authors), organisation ids, or source
// ids for outlets. A reference may repeat.
func forEachRef(e *Event, kind EntityKind, f func(id string)) {
	switch kind {
	case PersonEntity:
		for _, p := range e.People {
			f(p.ID())
		}
		for _, q := range e.Quotes() {
			f(q.Speaker)
		}
		for _, c := range e.Claims() {
			f(c.By)
		}
	case OrgEntity:
		for _, o := range e.Orgs() {
			f(o)
		}
	case OutletEntity:
		for _, s := range e.Sources() {
			f(s)
		}
	}
}

// addEvent appends event i to the row of id once; events come in order, so
// a repeat is always the last one appended.
func addEvent(rows []EntityRow, at map[string]int, id string, i int) {
	r, ok := at[id]
	if !ok {
		return
	}
	evs := rows[r].Events
	if n := len(evs); n > 0 && evs[n-1] == int32(i) {
		return
	}
	rows[r].Events = append(evs, int32(i))
}

// finishRows sets the first and last dates and sorts by name, then id.
func finishRows(ds *Dataset, rows []EntityRow) []EntityRow {
	for i := range rows {
		if evs := rows[i].Events; len(evs) > 0 {
			rows[i].First = ds.Events[evs[0]].Date
			rows[i].Last = ds.Events[evs[len(evs)-1]].Date
		}
	}
	slices.SortStableFunc(rows, func(a, b EntityRow) int { return compareNames(a.Name, a.ID, b.Name, b.ID) })
	return rows
}

// compareNames orders by name ignoring case, then by name, then by id: the
// order of every list of names in indexes and charts.
func compareNames(aName, aID, bName, bID string) int {
	if c := cmp.Compare(strings.ToLower(aName), strings.ToLower(bName)); c != 0 {
		return c
	}
	if c := cmp.Compare(aName, bName); c != 0 {
		return c
	}
	return cmp.Compare(aID, bID)
}

// roleDetail is a person's role on day with its organisation,
// "Chief Product Officer · Meta", or "" when none is known.
func roleDetail(ds *Dataset, p *Person, day int32, lang locale.Lang) string {
	r, ok := p.RoleAt(day)
	if !ok {
		return ""
	}
	s := r.Title.String(lang)
	if o := ds.Org(r.Org); o != nil {
		if s != "" {
			s += " · "
		}
		s += o.Name
	}
	return s
}
