package model

import (
	"fmt"
	"runtime"
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
	c := checker{d: d}
	c.ids()
	c.events()
	c.entities()
	return append(c.ps, d.cycleProblems()...)
}

// validateEvents is Validate for the events alone: their ids, fields and
// references, and nothing of the people, organisations and sources
// themselves, which an edit of events alone cannot have broken.
func (d *Dataset) validateEvents() []Problem {
	c := checker{d: d}
	c.dup("events", len(d.Events), d.eventIdx.distinct, func(i int) string { return d.Events[i].ID })
	c.events()
	return c.ps
}

// checker gathers the problems Validate finds in d.
type checker struct {
	d  *Dataset
	ps []Problem
}

func (c *checker) add(ev, field, format string, args ...any) {
	c.ps = append(c.ps, Problem{Event: ev, Field: field, Msg: fmt.Sprintf(format, args...)})
}

// dup reports missing and duplicate ids among n items. distinct is the
// number of distinct ids Index found: when it is n and none is empty
// there is nothing to report, and no need for a second table of n ids.
func (c *checker) dup(kind string, n, distinct int, id func(int) string) {
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
			c.add("", fmt.Sprintf("%s[%d].id", kind, i), "missing id")
		case seen[v]:
			c.add("", fmt.Sprintf("%s[%d].id", kind, i), "duplicate id %q", v)
		default:
			seen[v] = true
		}
	}
}

// ids reports missing and duplicate ids in every list.
func (c *checker) ids() {
	d := c.d
	c.dup("events", len(d.Events), d.eventIdx.distinct, func(i int) string { return d.Events[i].ID })
	c.dup("people", len(d.People), d.personIdx.distinct, func(i int) string { return d.People[i].ID })
	c.dup("orgs", len(d.Orgs), d.orgIdx.distinct, func(i int) string { return d.Orgs[i].ID })
	c.dup("sources", len(d.Sources), d.sourceIdx.distinct, func(i int) string { return d.Sources[i].ID })
}

// field formats the field of a reference, list[j]suffix, only for a
// problem: Validate runs at every load, over ~5 references an event.
func field(list string, j int, suffix string) string {
	return fmt.Sprintf("%s[%d]%s", list, j, suffix)
}

func (c *checker) person(ev, list string, j int, suffix, id string) {
	if c.d.Person(id) == nil {
		c.add(ev, field(list, j, suffix), "unknown person %q", id)
	}
}

func (c *checker) org(ev, list string, j int, suffix, id string) {
	if c.d.Org(id) == nil {
		c.add(ev, field(list, j, suffix), "unknown organisation %q", id)
	}
}

func (c *checker) source(ev, list string, j int, suffix, id string) {
	if c.d.Source(id) == nil {
		c.add(ev, field(list, j, suffix), "unknown source %q", id)
	}
}

// events checks every event. A long list is checked in two halves, the
// second on another core: the checks only read the dataset, and each
// half's problems are listed in the order of the events all the same.
func (c *checker) events() {
	evs := c.d.Events
	if len(evs) < parallelFrom || runtime.GOMAXPROCS(0) < 2 {
		for i := range evs {
			c.event(&evs[i])
		}
		return
	}
	half := len(evs) / 2
	second := checker{d: c.d}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := half; i < len(evs); i++ {
			second.event(&evs[i])
		}
	}()
	for i := range evs[:half] {
		c.event(&evs[i])
	}
	<-done
	c.ps = append(c.ps, second.ps...)
}

// parallelFrom is the length of a list from which work on it is shared
// with another core (its events checked in halves, its sources indexed
// apart): a goroutine's start is then a small part of the work.
const parallelFrom = 8192

// event checks one event's fields and references.
func (c *checker) event(e *Event) {
	id := e.ID
	if e.Title.IsZero() {
		c.add(id, "title", "missing title")
	}
	if e.Date.IsZero() {
		c.add(id, "date", "missing date")
	}
	if !e.End().IsZero() && e.End().LastDays() < e.Date.Days() {
		c.add(id, "end_date", "end date %s is before date %s", e.End(), e.Date)
	}
	if len(e.Sources()) == 0 {
		c.add(id, "sources", "an event needs at least one source")
	}
	for j, s := range e.Sources() {
		c.source(id, "sources", j, "", s)
	}
	for j, p := range e.People {
		c.person(id, "people", j, ".id", p.ID())
	}
	for j, o := range e.Orgs() {
		c.org(id, "orgs", j, "", o)
	}
	for j, r := range e.Related() {
		if c.d.Event(r) == nil {
			c.add(id, field("related", j, ""), "unknown event %q", r)
		}
	}
	for j, cl := range e.Claims() {
		if cl.Text.IsZero() {
			c.add(id, fmt.Sprintf("claims[%d].text", j), "missing text")
		}
		if cl.Source != "" {
			c.source(id, "claims", j, ".source", cl.Source)
		}
	}
	for j, q := range e.Quotes() {
		if q.Text == "" {
			c.add(id, fmt.Sprintf("quotes[%d].text", j), "missing text")
		}
		c.person(id, "quotes", j, ".speaker", q.Speaker)
		if q.Source != "" {
			c.source(id, "quotes", j, ".source", q.Source)
		}
	}
}

// entities checks the people's roles, the organisations' parents and the
// reporting lines.
func (c *checker) entities() {
	d := c.d
	for i, p := range d.People {
		for j, r := range p.Roles {
			list := fmt.Sprintf("people[%d].roles", i) // people are few
			if r.Org != "" {
				c.org("", list, j, ".org", r.Org)
			}
			if !r.From.IsZero() && !r.To.IsZero() && r.To.LastDays() < r.From.Days() {
				c.add("", field(list, j, ".to"), "role of %q ends before it starts", p.ID)
			}
		}
	}
	for i, o := range d.Orgs {
		if o.Parent != "" {
			c.org("", "orgs", i, ".parent", o.Parent)
		}
	}
	for i, l := range d.ReportingLines {
		c.person("", "reporting_lines", i, ".person", l.Person)
		c.person("", "reporting_lines", i, ".reports_to", l.ReportsTo)
		if l.Source != "" {
			c.source("", "reporting_lines", i, ".source", l.Source)
		}
	}
}
