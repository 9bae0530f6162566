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
// source per event, and required text. It lists every problem it finds.
// Index must have been called.
func (d *Dataset) Validate() []Problem {
	var ps []Problem
	add := func(ev, field, format string, args ...any) {
		ps = append(ps, Problem{Event: ev, Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	dup := func(kind string, n int, id func(int) string) {
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
	dup("events", len(d.Events), func(i int) string { return d.Events[i].ID })
	dup("people", len(d.People), func(i int) string { return d.People[i].ID })
	dup("orgs", len(d.Orgs), func(i int) string { return d.Orgs[i].ID })
	dup("sources", len(d.Sources), func(i int) string { return d.Sources[i].ID })

	person := func(ev, field, id string) {
		if d.Person(id) == nil {
			add(ev, field, "unknown person %q", id)
		}
	}
	org := func(ev, field, id string) {
		if d.Org(id) == nil {
			add(ev, field, "unknown organisation %q", id)
		}
	}
	source := func(ev, field, id string) {
		if d.Source(id) == nil {
			add(ev, field, "unknown source %q", id)
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
		if !e.End.IsZero() && e.End.LastDays() < e.Date.Days() {
			add(id, "end_date", "end date %s is before date %s", e.End, e.Date)
		}
		if len(e.Sources) == 0 {
			add(id, "sources", "an event needs at least one source")
		}
		for j, s := range e.Sources {
			source(id, fmt.Sprintf("sources[%d]", j), s)
		}
		for j, p := range e.People {
			person(id, fmt.Sprintf("people[%d].id", j), p.ID)
		}
		for j, o := range e.Orgs {
			org(id, fmt.Sprintf("orgs[%d]", j), o)
		}
		for j, r := range e.Related {
			if d.Event(r) == nil {
				add(id, fmt.Sprintf("related[%d]", j), "unknown event %q", r)
			}
		}
		for j, c := range e.Claims {
			if c.Text.IsZero() {
				add(id, fmt.Sprintf("claims[%d].text", j), "missing text")
			}
			if c.Source != "" {
				source(id, fmt.Sprintf("claims[%d].source", j), c.Source)
			}
		}
		for j, q := range e.Quotes {
			if q.Text == "" {
				add(id, fmt.Sprintf("quotes[%d].text", j), "missing text")
			}
			person(id, fmt.Sprintf("quotes[%d].speaker", j), q.Speaker)
			if q.Source != "" {
				source(id, fmt.Sprintf("quotes[%d].source", j), q.Source)
			}
		}
	}
	for i, p := range d.People {
		for j, r := range p.Roles {
			field := fmt.Sprintf("people[%d].roles[%d]", i, j)
			if r.Org != "" {
				org("", field+".org", r.Org)
			}
			if !r.From.IsZero() && !r.To.IsZero() && r.To.LastDays() < r.From.Days() {
				add("", field+".to", "role of %q ends before it starts", p.ID)
			}
		}
	}
	for i, o := range d.Orgs {
		if o.Parent != "" {
			org("", fmt.Sprintf("orgs[%d].parent", i), o.Parent)
		}
	}
	for i, l := range d.ReportingLines {
		field := fmt.Sprintf("reporting_lines[%d]", i)
		person("", field+".person", l.Person)
		person("", field+".reports_to", l.ReportsTo)
		if l.Source != "" {
			source("", field+".source", l.Source)
		}
	}
	return ps
}
