package model

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a dataset, located by event and field.
type Problem struct {
	Event string // the event id, or "" for a problem outside events
	Field string // the field, e.g. "people[2].id"
	Msg   string
}

// String formats the problem as "event ID: field: message".
func (p Problem) String() string {
	var b strings.Builder
	if p.Event != "" {
		fmt.Fprintf(&b, "event %q: ", p.Event)
	}
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Validate checks what a loader cannot see field by field: unique ids,
// references that resolve, end dates not before start dates, at least one
// source per event, required text, and no cycle of reporting lines in
// force together or of organisation parents (cycles.go). It lists every problem it finds.
// Index must have been called.
func (d *Dataset) Validate() []Problem {
	var ps []Problem
	add := func(ev, field, format string, args ...any) {
		ps = append(ps, Problem{Event: ev, Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	// distinct is the number of distinct ids Index found: when it is n
	// and none is empty there is nothing to report, and no need for a
	// second table of n ids.
	dup := func(kind string, n, distinct int, id func(int) string) {
		if distinct == n {
			empty := false
			for i := 0; i < n && !empty; i++ {
				empty = id(i) == ""
			}
			if !empty {
				return
			}
		}
		seen := make(map[string]bool, n)
		for i := 0; i < n; i++ {
			switch v := id(i); {
			case v == "":
				add("", fmt.Sprintf("%s[%d].id", kind, i), "missing id")
			case seen[v]:
				add("", fmt.Sprintf("%s[%d].id", kind, i), "duplicate id %q", v)
			default:
				seen[v] = true
			}
		}
	}
	dup("events", len(d.Events), d.eventIdx.distinct, func(i int) string { return d.Events[i].ID })
	dup("people", len(d.People), d.personIdx.distinct, func(i int) string { return d.People[i].ID })
	dup("orgs", len(d.Orgs), d.orgIdx.distinct, func(i int) string { return d.Orgs[i].ID })
	dup("sources", len(d.Sources), d.sourceIdx.distinct, func(i int) string { return d.Sources[i].ID })

	// The field of a reference is list[j]suffix, formatted only for a
	// problem: Validate runs at every load, over ~5 references an event.
	field := func(list string, j int, suffix string) string {
		return fmt.Sprintf("%s[%d]%s", list, j, suffix)
	}
	person := func(ev, list string, j int, suffix, id string) {
		if d.Person(id) == nil {
			add(ev, field(list, j, suffix), "unknown person %q", id)
		}
	}
	org := func(ev, list string, j int, suffix, id string) {
		if d.Org(id) == nil {
			add(ev, field(list, j, suffix), "unknown organisation %q", id)
		}
	}
	source := func(ev, list string, j int, suffix, id string) {
		if d.Source(id) == nil {
			add(ev, field(list, j, suffix), "unknown source %q", id)
		}
	}
	for i := range d.Events {
		e := &d.Events[i]
		id := e.ID
		if e.Title.IsZero() {
			add(id, "title", "missing title")
		}
		if e.Date.IsZero() {
			add(id, "date", "missing date")
		}
		if !e.End().IsZero() && e.End().LastDays() < e.Date.Days() {
			add(id, "end_date", "end date %s is before date %s", e.End(), e.Date)
		}
		if len(e.Sources) == 0 {
			add(id, "sources", "an event needs at least one source")
		}
		for j, s := range e.Sources {
			source(id, "sources", j, "", s)
		}
		for j, p := range e.People {
			person(id, "people", j, ".id", p.ID)
		}
		for j, o := range e.Orgs {
			org(id, "orgs", j, "", o)
		}
		for j, r := range e.Related() {
			if d.Event(r) == nil {
				add(id, field("related", j, ""), "unknown event %q", r)
			}
		}
		for j, c := range e.Claims() {
			if c.Text.IsZero() {
				add(id, fmt.Sprintf("claims[%d].text", j), "missing text")
			}
			if c.Source != "" {
				source(id, "claims", j, ".source", c.Source)
			}
		}
		for j, q := range e.Quotes() {
			if q.Text == "" {
				add(id, fmt.Sprintf("quotes[%d].text", j), "missing text")
			}
			person(id, "quotes", j, ".speaker", q.Speaker)
			if q.Source != "" {
				source(id, "quotes", j, ".source", q.Source)
			}
		}
	}
	for i, p := range d.People {
		for j, r := range p.Roles {
			list := fmt.Sprintf("people[%d].roles", i) // people are few
			if r.Org != "" {
				org("", list, j, ".org", r.Org)
			}
			if !r.From.IsZero() && !r.To.IsZero() && r.To.LastDays() < r.From.Days() {
				add("", field(list, j, ".to"), "role of %q ends before it starts", p.ID)
			}
		}
	}
	for i, o := range d.Orgs {
		if o.Parent != "" {
			org("", "orgs", i, ".parent", o.Parent)
		}
	}
	for i, l := range d.ReportingLines {
		person("", "reporting_lines", i, ".person", l.Person)
		person("", "reporting_lines", i, ".reports_to", l.ReportsTo)
		if l.Source != "" {
			source("", "reporting_lines", i, ".source", l.Source)
		}
	}
	return append(ps, d.cycleProblems()...)
}
