package search

import (
	"strings"
	"timeline/model"
)

// haySep separates the pieces of text in a haystack. Sanitised text never
// contains it, so no word or phrase of a query can match across two pieces.
const haySep = "\x00"

// eachOwnText calls f for every searchable piece of text that belongs to the
// event itself: title and summary in every language, quotes and their
// translations, claims and the free-text "by" of a claim (a "by" naming a
// person is searched through the person).
func eachOwnText(ds *model.Dataset, e *model.Event, f func(string)) {
	e.Title.Each(func(_, s string) { f(s) })
	e.Summary.Each(func(_, s string) { f(s) })
	quotes, claims := e.Quotes(), e.Claims()
	for i := range quotes {
		f(quotes[i].Text)
		quotes[i].Translation.Each(func(_, s string) { f(s) })
	}
	for i := range claims {
		c := &claims[i]
		c.Text.Each(func(_, s string) { f(s) })
		if _, ok := ds.PersonIndex(c.By); !ok && c.By != "" {
			f(c.By)
		}
	}
}

// eachPerson calls f with the index in ds.People of every person the event
// involves: its people, the speakers of its quotes and the people who make
// its claims. A person may be reported more than once.
func eachPerson(ds *model.Dataset, e *model.Event, f func(int)) {
	for _, p := range e.People {
		if i, ok := ds.PersonIndex(p.ID()); ok {
			f(i)
		}
	}
	for _, q := range e.Quotes() {
		if i, ok := ds.PersonIndex(q.Speaker); ok {
			f(i)
		}
	}
	for _, c := range e.Claims() {
		if i, ok := ds.PersonIndex(c.By); ok {
			f(i)
		}
	}
}

// eachOrg calls f with the index in ds.Orgs of every organisation of the event.
func eachOrg(ds *model.Dataset, e *model.Event, f func(int)) {
	for _, o := range e.Orgs() {
		if i, ok := ds.OrgIndex(o); ok {
			f(i)
		}
	}
}

// eachSource calls f with the index in ds.Sources of every source the event,
// its quotes and its claims cite. A source may be reported more than once.
func eachSource(ds *model.Dataset, e *model.Event, f func(int)) {
	for _, s := range e.Sources() {
		if i, ok := ds.SourceIndex(s); ok {
			f(i)
		}
	}
	for _, q := range e.Quotes() {
		if i, ok := ds.SourceIndex(q.Source); ok {
			f(i)
		}
	}
	for _, c := range e.Claims() {
		if i, ok := ds.SourceIndex(c.Source); ok {
			f(i)
		}
	}
}

// personText is what a word or person: term is compared with: the person's
// id, name and aliases, folded.
func personText(p *model.Person) string {
	return Fold(p.ID + haySep + p.Name + haySep + strings.Join(p.Aliases, haySep))
}

// orgText is the organisation's id and name, folded.
func orgText(o *model.Org) string { return Fold(o.ID + haySep + o.Name) }

// eachSearchText calls f for every piece of text a word is looked for in:
// the event's own text, then the ids, names and aliases of its people, the
// ids and names of its organisations, the outlets and headlines of its
// sources.
func eachSearchText(ds *model.Dataset, e *model.Event, f func(string)) {
	eachOwnText(ds, e, f)
	eachPerson(ds, e, func(i int) {
		p := &ds.People[i]
		f(p.ID)
		f(p.Name)
		for _, a := range p.Aliases {
			f(a)
		}
	})
	eachOrg(ds, e, func(i int) {
		f(ds.Orgs[i].ID)
		f(ds.Orgs[i].Name)
	})
	eachSource(ds, e, func(i int) {
		f(ds.Sources[i].Outlet)
		f(ds.Sources[i].Title)
	})
}

// eventPersonTexts returns the folded texts of the event's people.
func eventPersonTexts(ds *model.Dataset, e *model.Event) []string {
	var out []string
	eachPerson(ds, e, func(i int) { out = append(out, personText(&ds.People[i])) })
	return out
}

// eventOrgTexts returns the folded texts of the event's organisations.
func eventOrgTexts(ds *model.Dataset, e *model.Event) []string {
	var out []string
	eachOrg(ds, e, func(i int) { out = append(out, orgText(&ds.Orgs[i])) })
	return out
}

// eventOutletTexts returns the folded outlets of the event's sources.
func eventOutletTexts(ds *model.Dataset, e *model.Event) []string {
	var out []string
	eachSource(ds, e, func(i int) { out = append(out, Fold(ds.Sources[i].Outlet)) })
	return out
}

// foldAll returns the folded form of each string.
func foldAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = Fold(s)
	}
	return out
}

// eachSharedText calls f with the event's other searchable texts, which
// events may share: its quotes and their translations, its claims and who
// makes them. A "by" naming a person is the person's id, which the
// person's own row holds too, so searching it here finds no event that the
// person would not.
func eachSharedText(e *model.Event, f func(string)) {
	for _, q := range e.Quotes() {
		f(q.Text)
		q.Translation.Each(func(_, s string) { f(s) })
	}
	for _, c := range e.Claims() {
		c.Text.Each(func(_, s string) { f(s) })
		f(c.By)
	}
}
