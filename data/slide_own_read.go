package data

import (
	"fmt"
	"slices"
	"strings"

	"timeline/locale"
	"timeline/model"
)

// ownText converts a text of the ownKey fields, sanitised; "" or "en" is
// English, as in the native format.
func (im *importer) ownText(s *slide, field string, t ownText, oneLine bool) model.Text {
	var out model.Text
	for _, lang := range sortedKeys(t) {
		v := t[lang]
		if oneLine {
			v = im.line(s, field, v)
		} else {
			v = im.long(s, field, v)
		}
		switch strings.ToLower(lang) {
		case "", "en":
			out.En = v
		case "fr":
			out.Fr = v
		default:
			if out.Other == nil {
				out.Other = map[string]string{}
			}
			out.Other[im.line(s, field, lang)] = v
		}
	}
	return out
}

func sortedKeys(t ownText) []string {
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// ownDate reads a date of the ownKey fields; a bad one is reported and
// left out.
func (im *importer) ownDate(s *slide, field, v string) model.Date {
	if strings.TrimSpace(v) == "" {
		return model.Date{}
	}
	d, err := model.ParseDate(strings.TrimSpace(v))
	if err != nil {
		im.problem(s, field, "%s; left out", sanitizedErr(err))
	}
	return d
}

func (im *importer) ownStrings(s *slide, field string, vs []string) []string {
	var out []string
	for i, v := range vs {
		out = append(out, im.line(s, fmt.Sprintf("%s[%d]", field, i), v))
	}
	return out
}

func (im *importer) ownLinks(s *slide, field string, ls []ownLink) []model.Link {
	var out []model.Link
	for _, l := range ls {
		out = append(out, model.Link{Text: im.line(s, field, l.Text), URL: im.line(s, field, l.URL)})
	}
	return out
}

// applyOwn sets what a slide's ownKey fields say on its event: they win
// over what the slide shows, and only they give a kind (else the group's)
// and a status.
func (im *importer) applyOwn(s *slide, e *model.Event, o *ownEvent) {
	f := func(name string) string { return ownKey + "." + name }
	if !o.Title.empty() {
		e.Title = im.ownText(s, f("title"), o.Title, true)
	}
	if !o.Summary.empty() {
		e.Summary = im.ownText(s, f("summary"), o.Summary, false)
	}
	if slices.Contains(o.Generated, "display_date") {
		e.SetDateLabel(model.Text{})
	}
	if !o.DateLabel.empty() {
		e.SetDateLabel(im.ownText(s, f("date_label"), o.DateLabel, true))
	}
	if slices.Contains(o.Generated, "group") && e.Slide() != nil {
		e.Slide().Group = ""
	}
	if o.Group != "" {
		e.MoreSlide().Group = im.line(s, f("group"), o.Group)
	}
	e.Approximate = o.Approximate
	e.Kind, e.Status = model.NoKind, model.NoStatus
	if o.Kind != "" {
		if k, ok := model.ParseKind(o.Kind); ok {
			e.Kind = k
		} else {
			im.problem(s, f("kind"), "unknown kind %q; left out", im.line(s, f("kind"), o.Kind))
		}
	}
	if o.Status != "" {
		if st, ok := model.ParseStatus(o.Status); ok {
			e.Status = st
		} else {
			im.problem(s, f("status"), "unknown status %q; left out", im.line(s, f("status"), o.Status))
		}
	}
	for i, p := range o.People {
		field := fmt.Sprintf("%s[%d]", f("people"), i)
		role := im.ownText(s, field+".role", p.Role, true)
		e.People = append(e.People, model.NewPersonRef(im.line(s, field+".id", p.ID)).WithRole(&role))
	}
	orgs := im.ownStrings(s, f("orgs"), o.Orgs)
	for i, c := range o.Claims {
		field := fmt.Sprintf("%s[%d]", f("claims"), i)
		e.More().Claims = append(e.Claims(), model.Claim{Text: im.ownText(s, field+".text", c.Text, false),
			By: im.line(s, field+".by", c.By), Stance: im.line(s, field+".stance", c.Stance), Source: im.line(s, field+".source", c.Source)})
	}
	for i, q := range o.Quotes {
		field := fmt.Sprintf("%s[%d]", f("quotes"), i)
		e.More().Quotes = append(e.Quotes(), model.Quote{Speaker: im.line(s, field+".speaker", q.Speaker),
			Text: im.long(s, field+".text", q.Text), Lang: locale.Lang(im.line(s, field+".lang", q.Lang)),
			Translation: im.ownText(s, field+".translation", q.Translation, false), Source: im.line(s, field+".source", q.Source)})
	}
	sources := im.ownStrings(s, f("sources"), o.Sources)
	if len(o.Related) > 0 {
		e.More().Related = im.ownStrings(s, f("related"), o.Related)
	}
	e.SetRefs(orgs, sources, im.ownStrings(s, f("tags"), o.Tags))
	if o.Links != nil {
		e.MoreSlide().Links = im.ownLinks(s, f("links"), o.Links)
	}
	if o.Media != nil {
		e.MoreSlide().Media = im.ownMedia(s, o.Media)
	}
	if o.Background != nil {
		b := o.Background
		e.MoreSlide().Background = &model.Background{URL: im.line(s, f("background"), b.URL), Color: im.line(s, f("background"), b.Color),
			Alt: im.line(s, f("background"), b.Alt), Opacity: im.line(s, f("background"), b.Opacity)}
	}
}

// ownMedia converts media in the ownKey (and native) shape.
func (im *importer) ownMedia(s *slide, m *ownMedia) *model.Media {
	field := ownKey + ".media"
	out := &model.Media{URL: im.line(s, field, m.URL), Caption: im.long(s, field, m.Caption), Credit: im.long(s, field, m.Credit),
		Thumbnail: im.line(s, field, m.Thumbnail), Alt: im.line(s, field, m.Alt), Title: im.line(s, field, m.Title),
		Link: im.line(s, field, m.Link), LinkTarget: im.line(s, field, m.LinkTarget), Quote: im.long(s, field, m.Quote),
		CaptionLinks: im.ownLinks(s, field, m.CaptionLinks), CreditLinks: im.ownLinks(s, field, m.CreditLinks),
		QuoteLinks: im.ownLinks(s, field, m.QuoteLinks)}
	if out.IsZero() {
		return nil
	}
	return out
}

// applyOwnFile sets what the file's ownKey fields say on the dataset: its
// people, organisations, reporting lines and sources, and the sources the
// importer made are kept apart from theirs.
func (im *importer) applyOwnFile(ds *model.Dataset, o *ownFile) {
	s := &slide{where: ownKey}
	if !o.Title.empty() {
		ds.Title = im.ownText(s, "title", o.Title, true)
	}
	ds.Updated = im.ownDate(s, "updated", o.Updated)
	for i, p := range o.People {
		field := fmt.Sprintf("people[%d]", i)
		person := model.Person{ID: im.line(s, field+".id", p.ID), Name: im.line(s, field+".name", p.Name),
			Aliases: im.ownStrings(s, field+".aliases", p.Aliases)}
		for j, r := range p.Roles {
			rf := fmt.Sprintf("%s.roles[%d]", field, j)
			person.Roles = append(person.Roles, model.Role{Org: im.line(s, rf+".org", r.Org), Title: im.ownText(s, rf+".title", r.Title, true),
				From: im.ownDate(s, rf+".from", r.From), To: im.ownDate(s, rf+".to", r.To)})
		}
		ds.People = append(ds.People, person)
	}
	for i, org := range o.Orgs {
		field := fmt.Sprintf("orgs[%d]", i)
		ds.Orgs = append(ds.Orgs, model.Org{ID: im.line(s, field+".id", org.ID), Name: im.line(s, field+".name", org.Name),
			Kind: im.line(s, field+".kind", org.Kind), Parent: im.line(s, field+".parent", org.Parent)})
	}
	for i, l := range o.ReportingLines {
		field := fmt.Sprintf("reporting_lines[%d]", i)
		ds.ReportingLines = append(ds.ReportingLines, model.ReportingLine{Person: im.line(s, field+".person", l.Person),
			ReportsTo: im.line(s, field+".reports_to", l.ReportsTo), From: im.ownDate(s, field+".from", l.From),
			To: im.ownDate(s, field+".to", l.To), Source: im.line(s, field+".source", l.Source), Disputed: l.Disputed,
			Note: im.ownText(s, field+".note", l.Note, false)})
	}
	for i, src := range o.Sources {
		field := fmt.Sprintf("sources[%d]", i)
		id := im.line(s, field+".id", src.ID)
		im.sourceIDs[id] = true
		if u := im.line(s, field+".url", src.URL); u != "" {
			if _, ok := im.sourceOf[u]; !ok {
				im.sourceOf[u] = id
			}
		}
		im.sources = append(im.sources, model.Source{ID: id, Outlet: im.line(s, field+".outlet", src.Outlet),
			Title: im.line(s, field+".title", src.Title), Published: im.ownDate(s, field+".published", src.Published),
			URL: im.line(s, field+".url", src.URL)}.WithVia(im.line(s, field+".via", src.Via)).WithNote(im.ownText(s, field+".note", src.Note, false)))
	}
}

// sanitizedErr is an error's message made safe to print: it may quote
// what the file holds.
func sanitizedErr(err error) string {
	s, _ := model.SanitizeLine(err.Error())
	return s
}
