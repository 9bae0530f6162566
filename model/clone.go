package model

import (
	"maps"
	"slices"
)

// Clone returns a copy of the text that shares nothing with it.
func (t Text) Clone() Text {
	t.Other = maps.Clone(t.Other)
	return t
}

// Clone returns a deep copy of the event: an edit keeps the events it was
// made from and leads to, and neither the dataset nor the caller may change
// them behind its back. The loader shares role texts between refs; a clone
// has its own. The clone of nil is nil, as for the other Clone methods.
func (e *Event) Clone() *Event {
	if e == nil {
		return nil
	}
	c := *e
	c.Title, c.Summary = e.Title.Clone(), e.Summary.Clone()
	c.People = make([]PersonRef, len(e.People))
	for i, p := range e.People {
		role := p.Role().Clone()
		c.People[i] = p.WithRole(&role)
	}
	if len(e.People) == 0 {
		c.People = nil
	}
	c.Extra = nil
	c.SetRefs(e.Orgs(), e.Sources(), e.Tags())
	if x := e.Extra; x != nil {
		c.More().Related = slices.Clone(x.Related)
		if x.dates != nil {
			c.Extra.dates = &eventDates{end: x.dates.end, label: x.dates.label.Clone()}
		}
		c.Extra.Slide = x.Slide.Clone()
		for _, cl := range x.Claims {
			cl.Text = cl.Text.Clone()
			c.Extra.Claims = append(c.Extra.Claims, cl)
		}
		for _, q := range x.Quotes {
			q.Translation = q.Translation.Clone()
			c.Extra.Quotes = append(c.Extra.Quotes, q)
		}
		c.Tidy()
	}
	return &c
}

// Clone returns a deep copy of the person.
func (p *Person) Clone() *Person {
	if p == nil {
		return nil
	}
	c := *p
	c.Aliases = slices.Clone(p.Aliases)
	c.Roles = slices.Clone(p.Roles)
	for i := range c.Roles {
		c.Roles[i].Title = c.Roles[i].Title.Clone()
	}
	return &c
}

// Clone returns a copy of the organisation.
func (o *Org) Clone() *Org {
	if o == nil {
		return nil
	}
	c := *o
	return &c
}

// Clone returns a deep copy of the source.
func (s *Source) Clone() *Source {
	if s == nil {
		return nil
	}
	c := *s
	c.SetNote(s.Note().Clone())
	return &c
}
