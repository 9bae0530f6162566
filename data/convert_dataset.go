package data

import (
	"fmt"

	"timeline/locale"
	"timeline/model"
)

// dataset converts a whole decoded file.
func (c *converter) dataset(w *wireFile) *model.Dataset {
	c.event = -1
	ds := &model.Dataset{
		Title:       c.text("title", w.Title, true),
		Description: c.text("description", w.Description, false),
		Updated:     c.date("updated", w.Updated, false),
	}
	ds.Events = make([]model.Event, len(w.Events))
	c.eventIDs = make([]string, len(w.Events))
	for i := range w.Events {
		c.event = i
		ds.Events[i] = c.eventOf(i, &w.Events[i])
		c.eventIDs[i] = ds.Events[i].ID
	}
	c.event, c.eventID = -1, ""
	ds.People = make([]model.Person, len(w.People))
	for i, p := range w.People {
		ds.People[i] = c.person(i, p)
	}
	ds.Orgs = make([]model.Org, len(w.Orgs))
	for i, o := range w.Orgs {
		f := fmt.Sprintf("orgs[%d]", i)
		ds.Orgs[i] = model.Org{ID: c.str(f+".id", o.ID), Name: c.str(f+".name", o.Name),
			Kind: c.str(f+".kind", o.Kind), Parent: c.str(f+".parent", o.Parent)}
		if ds.Orgs[i].Name == "" {
			ds.Orgs[i].Name = ds.Orgs[i].ID
		}
	}
	ds.ReportingLines = make([]model.ReportingLine, len(w.Lines))
	for i, l := range w.Lines {
		f := fmt.Sprintf("reporting_lines[%d]", i)
		ds.ReportingLines[i] = model.ReportingLine{
			Person: c.str(f+".person", l.Person), ReportsTo: c.str(f+".reports_to", l.ReportsTo),
			From: c.date(f+".from", l.From, false), To: c.date(f+".to", l.To, false),
			Source: c.str(f+".source", l.Source), Disputed: l.Disputed, Note: c.text(f+".note", l.Note, false),
		}
	}
	ds.Sources = make([]model.Source, len(w.Sources))
	for i, s := range w.Sources {
		f := fmt.Sprintf("sources[%d]", i)
		ds.Sources[i] = model.Source{ID: c.str(f+".id", s.ID), Outlet: c.str(f+".outlet", s.Outlet),
			Title: c.str(f+".title", s.Title), Published: c.date(f+".published", s.Published, false),
			URL: c.str(f+".url", s.URL), Via: c.str(f+".via", s.Via), Note: c.text(f+".note", s.Note, false)}
	}
	ds.Eras = c.eras(w.Eras)
	return ds
}

func (c *converter) eventOf(i int, w *wireEvent) model.Event {
	e := model.Event{ID: c.str("id", w.ID)}
	c.eventID = e.ID
	if e.ID == "" {
		c.eventID = fmt.Sprintf("#%d", i+1)
	}
	e.Date = c.date("date", w.Date, false) // Validate reports a missing date
	e.More().End = c.date("end_date", w.EndDate, false)
	e.Approximate = w.Approximate
	e.More().DateLabel = c.text("date_label", w.DateLabel, true)
	if k, ok := model.ParseKind(w.Kind); ok {
		e.Kind = k
	} else {
		c.add(false, "kind", "unknown kind %q (want one of %s)", c.str("kind", w.Kind), kindList())
	}
	if s, ok := model.ParseStatus(w.Status); ok {
		e.Status = s
	} else {
		c.add(false, "status", "unknown status %q (want confirmed, reported or disputed)", c.str("status", w.Status))
	}
	e.Title = c.text("title", w.Title, true)
	e.Summary = c.text("summary", w.Summary, false)
	for j, p := range w.People {
		f := fmt.Sprintf("people[%d]", j)
		role := c.text(f+".role", p.Role, true)
		e.People = append(e.People, model.PersonRef{ID: c.str(f+".id", p.ID)}.WithRole(&role))
	}
	e.Orgs = c.strs("orgs", w.Orgs)
	for j, cl := range w.Claims {
		f := fmt.Sprintf("claims[%d]", j)
		e.More().Claims = append(e.Claims(), model.Claim{Text: c.text(f+".text", cl.Text, false), By: c.str(f+".by", cl.By),
			Stance: c.str(f+".stance", cl.Stance), Source: c.str(f+".source", cl.Source)})
	}
	for j, q := range w.Quotes {
		f := fmt.Sprintf("quotes[%d]", j)
		e.More().Quotes = append(e.Quotes(), model.Quote{Speaker: c.str(f+".speaker", q.Speaker), Text: c.long(f+".text", q.Text),
			Lang: locale.Lang(c.str(f+".lang", q.Lang)), Translation: c.text(f+".translation", q.Translation, false),
			Source: c.str(f+".source", q.Source)})
	}
	e.Sources = c.strs("sources", w.Sources)
	e.More().Related = c.strs("related", w.Related)
	e.Tags = c.strs("tags", w.Tags)
	return e
}

func (c *converter) person(i int, w wirePerson) model.Person {
	f := fmt.Sprintf("people[%d]", i)
	p := model.Person{ID: c.str(f+".id", w.ID), Name: c.str(f+".name", w.Name), Aliases: c.strs(f+".aliases", w.Aliases)}
	if p.Name == "" {
		p.Name = p.ID
	}
	for j, r := range w.Roles {
		rf := fmt.Sprintf("%s.roles[%d]", f, j)
		p.Roles = append(p.Roles, model.Role{Org: c.str(rf+".org", r.Org), Title: c.text(rf+".title", r.Title, true),
			From: c.date(rf+".from", r.From, false), To: c.date(rf+".to", r.To, false)})
	}
	return p
}

func kindList() string {
	s := ""
	for i, k := range model.Kinds() {
		if i > 0 {
			s += ", "
		}
		s += k.String()
	}
	return s
}
