package model

import (
	"slices"
)

// ChangeKind says how a person's place differs between two charts.
type ChangeKind uint8

// The kinds of change, each with the mark a chart shows for it.
const (
	Arrived  ChangeKind = iota // present only after: "+"
	Departed                   // present only before: "−"
	Moved                      // a different boss or organisation: "→"
)

// Mark returns the sign of the change: "+", "−" or "→".
func (k ChangeKind) Mark() string {
	switch k {
	case Arrived:
		return "+"
	case Departed:
		return "−"
	}
	return "→"
}

// String returns "arrival", "departure" or "move".
func (k ChangeKind) String() string {
	switch k {
	case Arrived:
		return "arrival"
	case Departed:
		return "departure"
	}
	return "move"
}

// Change is one difference between two charts. In the people tree (InOrg
// false) From and To are the bosses' person ids; in the organisation tree
// (InOrg true) they are organisation ids. A root has an empty boss. The
// names are those the charts show, for display.
type Change struct {
	Kind                         ChangeKind
	Person                       string
	From, To                     string
	InOrg                        bool
	PersonName, FromName, ToName string
}

// place is where a person sits in one section of a chart.
type place struct {
	name, under, underName string
}

// DiffCharts returns the arrivals, departures and moves from before to
// after: first those of the people tree, then those of the organisation
// tree, each sorted by person name then id.
func DiffCharts(before, after *Chart) []Change {
	out := diffPlaces(peoplePlaces(before.Roots), peoplePlaces(after.Roots), false)
	return append(out, diffPlaces(orgPlaces(before.Orgs), orgPlaces(after.Orgs), true)...)
}

// peoplePlaces maps each person of the people tree to their boss.
func peoplePlaces(roots []*Node) map[string]place {
	m := map[string]place{}
	Walk(roots, func(n, parent *Node) {
		p := place{name: n.Name}
		if parent != nil {
			p.under, p.underName = parent.ID, parent.Name
		}
		m[n.ID] = p
	})
	return m
}

// orgPlaces maps each person of the organisation tree to their organisation.
func orgPlaces(roots []*Node) map[string]place {
	m := map[string]place{}
	Walk(roots, func(n, parent *Node) {
		if n.Kind == PersonNode && parent != nil {
			m[n.ID] = place{name: n.Name, under: parent.ID, underName: parent.Name}
		}
	})
	return m
}

func diffPlaces(before, after map[string]place, inOrg bool) []Change {
	var out []Change
	for id, a := range after {
		b, ok := before[id]
		switch {
		case !ok:
			out = append(out, Change{Kind: Arrived, Person: id, To: a.under, InOrg: inOrg, PersonName: a.name, ToName: a.underName})
		case b.under != a.under:
			out = append(out, Change{Kind: Moved, Person: id, From: b.under, To: a.under, InOrg: inOrg,
				PersonName: a.name, FromName: b.underName, ToName: a.underName})
		}
	}
	for id, b := range before {
		if _, ok := after[id]; !ok {
			out = append(out, Change{Kind: Departed, Person: id, From: b.under, InOrg: inOrg, PersonName: b.name, FromName: b.underName})
		}
	}
	slices.SortFunc(out, func(x, y Change) int { return compareNames(x.PersonName, x.Person, y.PersonName, y.Person) })
	return out
}
