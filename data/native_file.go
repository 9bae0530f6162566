package data

import (
	"timeline/model"
)

// The keys of the top-level object and of the people, organisations,
// reporting lines, sources and eras it lists; the events' are in
// native_event.go.

// fileTable is the keys of the top-level object. Each value's problems are
// located at the value.
var fileTable = withOther(sniffing(newTable(
	top("title", func(d *decoder, ds *model.Dataset) { d.text(&ds.Title, kept, true) }),
	top("description", func(d *decoder, ds *model.Dataset) { d.text(&ds.Description, kept, false) }),
	top("updated", func(d *decoder, ds *model.Dataset) { d.date(&ds.Updated, false) }),
	top("events", func(d *decoder, ds *model.Dataset) { d.eventList() }),
	top("people", func(d *decoder, ds *model.Dataset) { ds.People = topList(d, personTable, namePerson) }),
	top("orgs", func(d *decoder, ds *model.Dataset) { ds.Orgs = topList(d, orgTable, nameOrg) }),
	top("reporting_lines", func(d *decoder, ds *model.Dataset) { ds.ReportingLines = topList(d, lineTable, nil) }),
	top("sources", func(d *decoder, ds *model.Dataset) { d.sourceList() }),
	top("eras", func(d *decoder, ds *model.Dataset) { ds.Eras = topList(d, eraTable, checkEra) }),
	top("intro", readIntro),
)), func(d *decoder, _ *model.Dataset, key []byte) {
	if d.sniff != nil && string(key) == "timeline" {
		d.sniffTimeline()
		return
	}
	d.s.skip()
})

// personTable is a person.
var personTable = newTable(
	field[model.Person]{key: "id", read: func(d *decoder, p *model.Person) { p.ID = d.str(shared, true) }},
	field[model.Person]{key: "name", read: func(d *decoder, p *model.Person) { p.Name = d.str(shared, true) }},
	field[model.Person]{key: "aliases", read: func(d *decoder, p *model.Person) { d.strList(&p.Aliases, shared) }},
	field[model.Person]{key: "roles", read: func(d *decoder, p *model.Person) { p.Roles = readExact(d, roleTable, &d.roleBuf) }},
)

// roleTable is a position a person held.
var roleTable = newTable(
	field[model.Role]{key: "org", read: func(d *decoder, r *model.Role) { r.Org = d.str(shared, true) }},
	field[model.Role]{key: "title", read: func(d *decoder, r *model.Role) { d.text(&r.Title, shared, true) }},
	field[model.Role]{key: "from", read: func(d *decoder, r *model.Role) { d.date(&r.From, false) }},
	field[model.Role]{key: "to", read: func(d *decoder, r *model.Role) { d.date(&r.To, false) }},
)

// orgTable is an organisation.
var orgTable = newTable(
	field[model.Org]{key: "id", read: func(d *decoder, o *model.Org) { o.ID = d.str(shared, true) }},
	field[model.Org]{key: "name", read: func(d *decoder, o *model.Org) { o.Name = d.str(shared, true) }},
	field[model.Org]{key: "kind", read: func(d *decoder, o *model.Org) { o.Kind = d.str(shared, true) }},
	field[model.Org]{key: "parent", read: func(d *decoder, o *model.Org) { o.Parent = d.str(shared, true) }},
)

// lineTable is a reporting line.
var lineTable = newTable(
	field[model.ReportingLine]{key: "person", read: func(d *decoder, l *model.ReportingLine) { l.Person = d.str(shared, true) }},
	field[model.ReportingLine]{key: "reports_to", read: func(d *decoder, l *model.ReportingLine) { l.ReportsTo = d.str(shared, true) }},
	field[model.ReportingLine]{key: "from", read: func(d *decoder, l *model.ReportingLine) { d.date(&l.From, false) }},
	field[model.ReportingLine]{key: "to", read: func(d *decoder, l *model.ReportingLine) { d.date(&l.To, false) }},
	field[model.ReportingLine]{key: "source", read: func(d *decoder, l *model.ReportingLine) { l.Source = d.str(shared, true) }},
	field[model.ReportingLine]{key: "disputed", read: func(d *decoder, l *model.ReportingLine) { l.Disputed = d.boolean() }},
	field[model.ReportingLine]{key: "note", read: func(d *decoder, l *model.ReportingLine) { d.text(&l.Note, kept, false) }},
)

// sourceTable is a source. Its headline waits in tmp for the packer, as an
// event's title does (see sourceList).
var sourceTable = newTable(
	field[model.Source]{key: "id", read: func(d *decoder, s *model.Source) { s.ID = d.str(kept, true) }},
	field[model.Source]{key: "outlet", read: func(d *decoder, s *model.Source) { s.Outlet = d.str(shared, true) }},
	field[model.Source]{key: "title", read: func(d *decoder, s *model.Source) { s.Title = d.str(packed, true) }},
	field[model.Source]{key: "published", read: func(d *decoder, s *model.Source) { d.date(&s.Published, false) }},
	field[model.Source]{key: "url", read: func(d *decoder, s *model.Source) { s.URL = d.str(kept, true) }},
	field[model.Source]{key: "via", read: func(d *decoder, s *model.Source) { s.SetVia(d.str(shared, true)) }},
	field[model.Source]{key: "note", read: func(d *decoder, s *model.Source) {
		var note model.Text
		d.text(&note, kept, false)
		s.SetNote(note)
	}},
)

// eraTable is an era: {"label": …, "from": "1943", "to": "1946"}. Eras
// come from TimelineJS imports and are kept through a native export.
var eraTable = newTable(
	field[model.Era]{key: "label", read: func(d *decoder, e *model.Era) { d.text(&e.Label, kept, true) }},
	field[model.Era]{key: "from", read: func(d *decoder, e *model.Era) { d.date(&e.Start, true) },
		missing: func(d *decoder, e *model.Era) { d.bad("missing date") }},
	field[model.Era]{key: "to", read: func(d *decoder, e *model.Era) { d.date(&e.End, false) }},
)

// top is a field of the top-level object, whose problems are located at
// its value.
func top(key string, read func(d *decoder, ds *model.Dataset)) field[model.Dataset] {
	return field[model.Dataset]{key: key, read: func(d *decoder, ds *model.Dataset) {
		d.tops = append(d.tops, key)
		d.beginItem()
		read(d, ds)
	}}
}

// withOther sets t's reader of other keys.
func withOther[T any](t *table[T], other func(d *decoder, v *T, key []byte)) *table[T] {
	t.other = other
	return t
}

// topList reads a list of the top-level object, each object's problems
// located at its start, and calls finish, unless nil, on each.
func topList[T any](d *decoder, t *table[T], finish func(d *decoder, v *T)) []T {
	if !d.topListStart() {
		return nil
	}
	var out []T
	at := d.newPositions(d.path[0].key, nil)
	i := 0
	d.s.array(func() {
		d.pushIndex(i)
		i++
		d.beginItem()
		var zero T
		out = append(out, zero) // read in place (see readList)
		if v := &out[len(out)-1]; t.object(d, v) {
			if finish != nil {
				finish(d, v)
			}
			at.add(d.p.line, d.p.col)
		} else {
			out = out[:len(out)-1]
		}
		d.pop()
	})
	if len(out) == 0 {
		return nil
	}
	return exact(out)
}

// topListStart is listStart for a list of the top-level object: when it
// is not a list, the references to what it lists cannot be checked.
func (d *decoder) topListStart() bool {
	if c := d.s.peek(); c != '[' && c != 'n' {
		d.damaged = true
	}
	return d.listStart("an array")
}

// namePerson names a person without a name by their id.
func namePerson(_ *decoder, p *model.Person) {
	if p.Name == "" {
		p.Name = p.ID
	}
}

// nameOrg names an organisation without a name by its id.
func nameOrg(_ *decoder, o *model.Org) {
	if o.Name == "" {
		o.Name = o.ID
	}
}

// checkEra reports an era that ends before it starts.
func checkEra(d *decoder, e *model.Era) {
	if !e.End.IsZero() && e.End.LastDays() < e.Start.Days() {
		d.push("to")
		d.bad("era ends (%s) before it starts (%s)", e.End, e.Start)
		d.pop()
	}
}
