package model

import (
	"maps"
	"slices"
)

// Equal reports whether two texts say the same in every language. An
// empty Other map and a nil one are the same.
func (t Text) Equal(u Text) bool {
	return t.En == u.En && t.Fr == u.Fr && maps.Equal(nonEmpty(t.Other), nonEmpty(u.Other))
}

// nonEmpty returns m without its empty values, or m itself when it has
// none: a language with no text is no language.
func nonEmpty(m map[string]string) map[string]string {
	for _, v := range m {
		if v == "" {
			out := make(map[string]string, len(m))
			for k, v := range m {
				if v != "" {
					out[k] = v
				}
			}
			return out
		}
	}
	return m
}

// Equal reports whether two events have the same content, field by field.
// Edits compare events to tell "unchanged" from "changed by someone else",
// so a nil list and an empty one, or no extra fields and empty ones, are
// the same; a role shared between refs and a copy of it are the same.
func (e *Event) Equal(f *Event) bool {
	if e == nil || f == nil {
		return e == f
	}
	if e.ID != f.ID || e.Date != f.Date || e.Approximate != f.Approximate || e.Kind != f.Kind ||
		e.Status != f.Status || !e.Title.Equal(f.Title) || !e.Summary.Equal(f.Summary) ||
		!slices.Equal(e.Orgs(), f.Orgs()) || !slices.Equal(e.Sources(), f.Sources()) || !slices.Equal(e.Tags(), f.Tags()) ||
		!slices.EqualFunc(e.People, f.People, PersonRef.Equal) {
		return false
	}
	return e.End() == f.End() && e.DateLabel().Equal(f.DateLabel()) && slices.Equal(e.Related(), f.Related()) &&
		slices.EqualFunc(e.Claims(), f.Claims(), Claim.Equal) && slices.EqualFunc(e.Quotes(), f.Quotes(), Quote.Equal) &&
		e.Slide().Equal(f.Slide())
}

// Equal reports whether two refs name the same person in the same role.
func (p PersonRef) Equal(q PersonRef) bool { return p.ID() == q.ID() && p.Role().Equal(q.Role()) }

// Equal reports whether two claims are the same.
func (c Claim) Equal(d Claim) bool {
	return c.By == d.By && c.Stance == d.Stance && c.Source == d.Source && c.Text.Equal(d.Text)
}

// Equal reports whether two quotes are the same.
func (q Quote) Equal(r Quote) bool {
	return q.Speaker == r.Speaker && q.Text == r.Text && q.Lang == r.Lang && q.Source == r.Source &&
		q.Translation.Equal(r.Translation)
}

// Equal reports whether two people are recorded the same way.
func (p *Person) Equal(q *Person) bool {
	if p == nil || q == nil {
		return p == q
	}
	return p.ID == q.ID && p.Name == q.Name && slices.Equal(p.Aliases, q.Aliases) &&
		slices.EqualFunc(p.Roles, q.Roles, Role.Equal)
}

// Equal reports whether two roles are the same.
func (r Role) Equal(s Role) bool {
	return r.Org == s.Org && r.From == s.From && r.To == s.To && r.Title.Equal(s.Title)
}

// Equal reports whether two organisations are recorded the same way.
func (o *Org) Equal(p *Org) bool {
	if o == nil || p == nil {
		return o == p
	}
	return *o == *p
}

// Equal reports whether two sources are recorded the same way.
func (s *Source) Equal(t *Source) bool {
	if s == nil || t == nil {
		return s == t
	}
	return s.ID == t.ID && s.Outlet == t.Outlet && s.Title == t.Title && s.Published == t.Published &&
		s.URL == t.URL && s.Via() == t.Via() && s.Note().Equal(t.Note())
}
