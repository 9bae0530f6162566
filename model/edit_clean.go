package model

import (
	"fmt"
	"strings"

	"timeline/locale"
)

// cleaned returns the edit with every string it brings sanitised as the
// loader sanitises a file's (see Sanitize), and the problems a loader
// would find field by field: an unknown kind or status, an impossible
// date, a field over MaxFieldBytes. Loading clips such a field with a
// warning; an edit is refused instead, so that what a reporter typed is
// never cut without their knowing. Before values are kept as they are.
func (e Edit) cleaned() (Edit, Problems) {
	var c cleaner
	out := Edit{
		Events:  make([]Delta[Event], len(e.Events)),
		People:  make([]Delta[Person], len(e.People)),
		Orgs:    make([]Delta[Org], len(e.Orgs)),
		Sources: make([]Delta[Source], len(e.Sources)),
	}
	for i, ch := range e.Events {
		if ch.After != nil {
			ch.After = c.event(ch.After)
		}
		out.Events[i] = ch
	}
	for i, ch := range e.People {
		if ch.After != nil {
			ch.After = c.person(ch.After)
		}
		out.People[i] = ch
	}
	for i, ch := range e.Orgs {
		if ch.After != nil {
			ch.After = c.org(ch.After)
		}
		out.Orgs[i] = ch
	}
	for i, ch := range e.Sources {
		if ch.After != nil {
			ch.After = c.source(ch.After)
		}
		out.Sources[i] = ch
	}
	return out, c.ps
}

// cleaner sanitises the strings of new items in place, collecting what
// is wrong with them. ev is the event being cleaned, where: the entity
// being cleaned, "people[\"id\"]", so that every problem names its item.
type cleaner struct {
	ps        Problems
	ev, where string
}

func (c *cleaner) add(field, format string, args ...any) {
	if c.where != "" {
		field = c.where + "." + field
	}
	c.ps = append(c.ps, Problem{Event: c.ev, Field: field, Msg: fmt.Sprintf(format, args...)})
}

// str sanitises one string, on one line unless long.
func (c *cleaner) str(field string, s *string, long bool) {
	out, clipped := SanitizeN(*s, MaxFieldBytes, !long)
	if clipped {
		c.add(field, "longer than %d KiB", MaxFieldBytes>>10)
	}
	*s = out
}

func (c *cleaner) strs(field string, ss []string) {
	for i := range ss {
		c.str(fmt.Sprintf("%s[%d]", field, i), &ss[i], false)
	}
}

// text sanitises every language of a text; an empty language is dropped.
func (c *cleaner) text(field string, t *Text, long bool) {
	c.str(field+".en", &t.En, long)
	c.str(field+".fr", &t.Fr, long)
	if len(t.Other) == 0 {
		t.Other = nil
		return
	}
	other := make(map[string]string, len(t.Other))
	for lang, s := range t.Other {
		c.str(field+" language", &lang, false)
		c.str(field+"."+lang, &s, long)
		if lang = strings.ToLower(lang); lang != "" && s != "" {
			other[lang] = s
		}
	}
	t.Other = other
	if len(other) == 0 {
		t.Other = nil
	}
}

// date reports a date that no file could hold: one built from parts that
// ParseDate refuses (a month 13, a 30 February).
func (c *cleaner) date(field string, d Date) {
	if d.IsZero() {
		return
	}
	if back, err := ParseDate(d.String()); err != nil || back != d {
		c.add(field, "invalid date: %v", d)
	}
}

func (c *cleaner) event(in *Event) *Event {
	e := in.Clone()
	c.ev, c.where = e.ID, ""
	if e.ID == "" {
		c.ev = newEventID
	}
	c.str("id", &e.ID, false)
	c.date("date", e.Date)
	c.date("end_date", e.End())
	if e.Kind >= numKinds {
		c.add("kind", "unknown kind %d (want one of %s)", e.Kind, strings.Join(KindNames(), ", "))
	}
	if int(e.Status) >= len(statusNames) {
		c.add("status", "unknown status %d (want %s)", e.Status, strings.Join(StatusNames(), ", "))
	}
	c.text("title", &e.Title, false)
	c.text("summary", &e.Summary, true)
	for j := range e.People {
		role := e.People[j].Role()
		c.text(fmt.Sprintf("people[%d].role", j), &role, false)
		id := e.People[j].ID()
		c.str(fmt.Sprintf("people[%d].id", j), &id, false)
		e.People[j] = e.People[j].WithID(id).WithRole(&role)
	}
	c.strs("orgs", e.Orgs())
	c.strs("sources", e.Sources())
	c.strs("tags", e.Tags())
	if tags := dropEmpty(e.Tags()); len(tags) != len(e.Tags()) {
		e.SetTags(tags)
	}
	if x := e.Extra; x != nil {
		label := e.DateLabel()
		if c.text("date_label", &label, false); !label.Equal(e.DateLabel()) {
			e.SetDateLabel(label)
		}
		c.strs("related", x.Related)
		for j := range x.Claims {
			cl := &x.Claims[j]
			f := fmt.Sprintf("claims[%d]", j)
			c.text(f+".text", &cl.Text, true)
			c.str(f+".by", &cl.By, false)
			c.str(f+".stance", &cl.Stance, false)
			c.str(f+".source", &cl.Source, false)
		}
		for j := range x.Quotes {
			q := &x.Quotes[j]
			f := fmt.Sprintf("quotes[%d]", j)
			c.str(f+".speaker", &q.Speaker, false)
			c.str(f+".text", &q.Text, true)
			lang := string(q.Lang)
			c.str(f+".lang", &lang, false)
			q.Lang = locale.Lang(lang)
			c.text(f+".translation", &q.Translation, true)
			c.str(f+".source", &q.Source, false)
		}
	}
	e.Tidy()
	c.ev = ""
	return e
}

func (c *cleaner) person(in *Person) *Person {
	p := in.Clone()
	c.where = fmt.Sprintf("people[%q]", p.ID)
	c.str("name", &p.Name, false)
	if p.Name == "" {
		p.Name = p.ID // as the loader does
	}
	c.strs("aliases", p.Aliases)
	p.Aliases = dropEmpty(p.Aliases)
	for j := range p.Roles {
		r := &p.Roles[j]
		f := fmt.Sprintf("roles[%d]", j)
		c.str(f+".org", &r.Org, false)
		c.text(f+".title", &r.Title, false)
		c.date(f+".from", r.From)
		c.date(f+".to", r.To)
	}
	c.where = ""
	return p
}

func (c *cleaner) org(in *Org) *Org {
	o := in.Clone()
	c.where = fmt.Sprintf("orgs[%q]", o.ID)
	c.str("name", &o.Name, false)
	if o.Name == "" {
		o.Name = o.ID // as the loader does
	}
	c.str("kind", &o.Kind, false)
	c.str("parent", &o.Parent, false)
	c.where = ""
	return o
}

func (c *cleaner) source(in *Source) *Source {
	s := in.Clone()
	c.where = fmt.Sprintf("sources[%q]", s.ID)
	c.str("outlet", &s.Outlet, false)
	c.str("title", &s.Title, false)
	c.str("url", &s.URL, false)
	via := s.Via()
	c.str("via", &via, false)
	s.SetVia(via)
	note := s.Note()
	c.text("note", &note, true)
	s.SetNote(note)
	c.date("published", s.Published)
	c.where = ""
	return s
}

// newEventID names an event that has no id yet in problems about it.
const newEventID = "(new event)"

// dropEmpty removes the empty strings of a list of tags or aliases, which
// say nothing and would show as blank chips.
func dropEmpty(ss []string) []string {
	out := ss[:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
