package data

import (
	"strings"

	"timeline/model"
	"timeline/present"
)

// eventOwn returns what an event carries under ownKey besides texts: the
// fields TimelineJS has no place for, in the native format's shapes.
func (x *tjsWriter) eventOwn(e *model.Event) ownEvent {
	o := ownEvent{Approximate: e.Approximate, Orgs: e.Orgs(), Sources: e.Sources(), Related: e.Related(), Tags: e.Tags()}
	if e.Kind != model.NoKind {
		o.Kind = e.Kind.String()
	}
	if e.Status != model.NoStatus {
		o.Status = e.Status.String()
	}
	for _, p := range e.People {
		o.People = append(o.People, ownPersonRef{ID: p.ID(), Role: ownTextOf(p.Role())})
	}
	for _, c := range e.Claims() {
		o.Claims = append(o.Claims, ownClaim{Text: ownTextOf(c.Text), By: c.By, Stance: c.Stance, Source: c.Source})
	}
	for _, q := range e.Quotes() {
		o.Quotes = append(o.Quotes, ownQuote{Speaker: q.Speaker, Text: q.Text, Lang: string(q.Lang),
			Translation: ownTextOf(q.Translation), Source: q.Source})
	}
	return o
}

// fileOwn returns what the whole export carries under ownKey: the people,
// organisations, reporting lines and sources the events refer to, the date
// of the last update, and the title when there is no title slide.
func (x *tjsWriter) fileOwn() *ownFile {
	ds := x.ds
	o := &ownFile{Updated: ds.Updated.String()}
	if ds.Intro != nil && ds.Intro.NoSlide {
		o.Title = ownTextOf(ds.Title)
	}
	for _, p := range ds.People {
		op := ownPerson{ID: p.ID, Name: p.Name, Aliases: p.Aliases}
		for _, r := range p.Roles {
			op.Roles = append(op.Roles, ownRole{Org: r.Org, Title: ownTextOf(r.Title), From: r.From.String(), To: r.To.String()})
		}
		o.People = append(o.People, op)
	}
	for _, org := range ds.Orgs {
		o.Orgs = append(o.Orgs, ownOrg{ID: org.ID, Name: org.Name, Kind: org.Kind, Parent: org.Parent})
	}
	for _, l := range ds.ReportingLines {
		o.ReportingLines = append(o.ReportingLines, ownLine{Person: l.Person, ReportsTo: l.ReportsTo, From: l.From.String(),
			To: l.To.String(), Source: l.Source, Disputed: l.Disputed, Note: ownTextOf(l.Note)})
	}
	return o
}

// ownSourceOf writes a source for ownFile's sources, which the export
// writes one at a time after the rest of ownFile (WriteTimelineJS): at
// the largest files they weigh a fifth of the dataset.
func ownSourceOf(s *model.Source) ownSource {
	return ownSource{ID: s.ID, Outlet: s.Outlet, Title: s.Title, Published: s.Published.String(),
		URL: s.URL, Via: s.Via(), Note: ownTextOf(s.Note())}
}

// notes writes, for the readers of a published timeline, the people,
// claims, quotes and sources of an event as a list at the end of its
// slide (notesClass); the import drops it and reads ownKey instead.
func (x *tjsWriter) notes(e *model.Event) string {
	var b strings.Builder
	ex := extrasOf(x.ds, e, x.lang)
	htmlList(&b, "People", ex.people)
	htmlList(&b, "Claims", ex.claims)
	htmlList(&b, "Quotes", ex.quotes)
	var srcs []string
	var linked []model.Link
	if sl := e.Slide(); sl != nil {
		linked = sl.Links
	}
	for _, id := range e.Sources() {
		s := x.ds.Source(id)
		if s == nil || citesItself(x.ds, s) || linksTo(linked, s.URL) {
			continue
		}
		item := htmlText(clean(present.SourceLine(s, x.lang), true))
		if u := model.WebURL(s.URL); u != "" {
			item = `<a href="` + hrefValue(u) + `">` + item + `</a>`
		}
		if v := model.WebURL(s.Via()); v != "" {
			item += ` (via <a href="` + hrefValue(v) + `">` + htmlText(hostName(v)) + `</a>)`
		}
		srcs = append(srcs, item)
	}
	htmlRawList(&b, "Sources", srcs)
	if b.Len() == 0 {
		return ""
	}
	return `<div class="` + notesClass + `">` + b.String() + `</div>`
}

// citesItself reports whether a source stands for the timeline itself, as
// the importer makes one for slides that link nowhere: no address, and the
// timeline's title as its outlet. Readers of the timeline need not be
// told.
func citesItself(ds *model.Dataset, s *model.Source) bool {
	return s.URL == "" && s.Via() == "" && s.Outlet == ds.Title.String("") && s.Title == s.Outlet
}

// linksTo reports whether one of links leads to u: the source is already
// a link of the slide's text.
func linksTo(links []model.Link, u string) bool {
	for _, l := range links {
		if u != "" && l.URL == u {
			return true
		}
	}
	return false
}

// ownTextOf writes a text in the native format's shape: nil when empty.
func ownTextOf(t model.Text) ownText {
	if t.IsZero() {
		return nil
	}
	o := ownText{}
	t.Each(func(lang, s string) { o[lang] = s })
	return o
}

func ownLinksOf(ls []model.Link) []ownLink {
	var out []ownLink
	for _, l := range ls {
		out = append(out, ownLink{Text: l.Text, URL: l.URL})
	}
	return out
}

// ownMediaOf writes media in the native format's shape.
func ownMediaOf(m *model.Media) *ownMedia {
	if m.IsZero() {
		return nil
	}
	return &ownMedia{URL: m.URL, Caption: m.Caption, Credit: m.Credit, Thumbnail: m.Thumbnail, Alt: m.Alt, Title: m.Title,
		Link: m.Link, LinkTarget: m.LinkTarget, Quote: m.Quote, CaptionLinks: ownLinksOf(m.CaptionLinks),
		CreditLinks: ownLinksOf(m.CreditLinks), QuoteLinks: ownLinksOf(m.QuoteLinks)}
}
