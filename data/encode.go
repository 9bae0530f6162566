package data

import (
	"encoding/json"

	"timeline/model"
)

// The shape of a native file as the encoder writes it, with encoding/json:
// field names as in DESIGN.md, in the order the decoder's tables list them
// (native_event.go, native_file.go), empty fields left out. A field of the
// format is a line here, in the wire type of its object and in the
// function that fills it, and a line in the decoder's table.

// jText is a text field as written: a language map, or a plain string
// under the key "".
type jText map[string]string

// textOut writes a Text as a language map, or nil when empty.
func textOut(t model.Text) jText {
	if t.IsZero() {
		return nil
	}
	m := jText{}
	t.Each(func(lang, s string) { m[lang] = s })
	return m
}

// MarshalJSON writes a text field: a language map.
func (t jText) MarshalJSON() ([]byte, error) {
	if len(t) == 1 {
		if s, ok := t[""]; ok {
			return json.Marshal(s)
		}
	}
	return json.Marshal(map[string]string(t))
}

func dateOut(d model.Date) string { return d.String() }

// wireEventOut is an event as the native encoder writes it: the fields of
// DESIGN.md, then what a TimelineJS slide held (slideOut).
type wireEventOut struct {
	wireEvent
	slideOut
}

// slideOut is what a TimelineJS slide held besides an event's text, in the
// native format: the same shapes as under ownKey in a TimelineJS export.
type slideOut struct {
	Group      string         `json:"group,omitempty"`
	Media      *ownMedia      `json:"media,omitempty"`
	Background *ownBackground `json:"background,omitempty"`
	Links      []ownLink      `json:"links,omitempty"`
	Autolink   *bool          `json:"autolink,omitempty"`
	Untitled   bool           `json:"untitled,omitempty"`
}

// slideJSON returns what a slide held, for the native format.
func slideJSON(s *model.Slide) slideOut {
	if s == nil {
		return slideOut{}
	}
	out := slideOut{Group: s.Group, Media: ownMediaOf(s.Media), Links: ownLinksOf(s.Links),
		Autolink: autolinkOut(s.Autolink), Untitled: s.Untitled}
	if b := s.Background; !b.IsZero() {
		out.Background = &ownBackground{URL: b.URL, Color: b.Color, Alt: b.Alt, Opacity: b.Opacity}
	}
	return out
}

// introOut is a TimelineJS title slide's introduction in the native
// format: {"id", "media", "background", "links", "untitled", "no_slide"}.
type introOut struct {
	ID string `json:"id,omitempty"`
	slideOut
	NoSlide bool `json:"no_slide,omitempty"`
}

// introJSON returns the dataset's introduction, or nil.
func introJSON(in *model.Intro) *introOut {
	if in.IsZero() {
		return nil
	}
	return &introOut{ID: in.ID, slideOut: slideJSON(&in.Slide), NoSlide: in.NoSlide}
}

// EventJSON returns an event in the native format, field names as in
// DESIGN.md, then what its TimelineJS slide held (slideOut), ready for
// encoding/json.
func EventJSON(e *model.Event) any {
	w := wireEvent{
		ID: e.ID, Date: dateOut(e.Date), Approximate: e.Approximate, DateLabel: textOut(e.DateLabel()),
		EndDate: dateOut(e.End()), Kind: e.Kind.String(), Title: textOut(e.Title), Summary: textOut(e.Summary),
		Status: e.Status.String(), Orgs: e.Orgs(), Sources: e.Sources(), Related: e.Related(), Tags: e.Tags(),
	}
	for _, p := range e.People {
		w.People = append(w.People, wirePerRef{ID: p.ID(), Role: textOut(p.Role())})
	}
	for _, c := range e.Claims() {
		w.Claims = append(w.Claims, wireClaim{Text: textOut(c.Text), By: c.By, Stance: c.Stance, Source: c.Source})
	}
	for _, q := range e.Quotes() {
		w.Quotes = append(w.Quotes, wireQuote{Speaker: q.Speaker, Text: q.Text, Lang: string(q.Lang),
			Translation: textOut(q.Translation), Source: q.Source})
	}
	return wireEventOut{wireEvent: w, slideOut: slideJSON(e.Slide())}
}

// TextJSON returns a text field in the native format, for encoding/json.
func TextJSON(t model.Text) any { return textOut(t) }

// PersonJSON returns a person in the native format, for encoding/json.
func PersonJSON(p *model.Person) any {
	wp := wirePerson{ID: p.ID, Name: p.Name, Aliases: p.Aliases}
	for _, r := range p.Roles {
		wp.Roles = append(wp.Roles, wireRole{Org: r.Org, Title: textOut(r.Title), From: dateOut(r.From), To: dateOut(r.To)})
	}
	return wp
}

// OrgJSON returns an organisation in the native format.
func OrgJSON(o *model.Org) any {
	return wireOrg{ID: o.ID, Name: o.Name, Kind: o.Kind, Parent: o.Parent}
}

// LineJSON returns a reporting line in the native format.
func LineJSON(l *model.ReportingLine) any {
	return wireLine{Person: l.Person, ReportsTo: l.ReportsTo, From: dateOut(l.From),
		To: dateOut(l.To), Source: l.Source, Disputed: l.Disputed, Note: textOut(l.Note)}
}

// SourceJSON returns a source in the native format.
func SourceJSON(s *model.Source) any {
	return wireSource{ID: s.ID, Outlet: s.Outlet, Title: s.Title,
		Published: dateOut(s.Published), URL: s.URL, Via: s.Via(), Note: textOut(s.Note())}
}

type wireEvent struct {
	ID          string       `json:"id"`
	Date        string       `json:"date"`
	Approximate bool         `json:"approximate,omitempty"`
	DateLabel   jText        `json:"date_label,omitempty"`
	EndDate     string       `json:"end_date,omitempty"`
	Kind        string       `json:"kind"`
	Title       jText        `json:"title"`
	Summary     jText        `json:"summary,omitempty"`
	Status      string       `json:"status"`
	People      []wirePerRef `json:"people,omitempty"`
	Orgs        []string     `json:"orgs,omitempty"`
	Claims      []wireClaim  `json:"claims,omitempty"`
	Quotes      []wireQuote  `json:"quotes,omitempty"`
	Sources     []string     `json:"sources"`
	Related     []string     `json:"related,omitempty"`
	Tags        []string     `json:"tags,omitempty"`
}

type wirePerRef struct {
	ID   string `json:"id"`
	Role jText  `json:"role,omitempty"`
}

type wireClaim struct {
	Text   jText  `json:"text"`
	By     string `json:"by"`
	Stance string `json:"stance"`
	Source string `json:"source,omitempty"`
}

type wireQuote struct {
	Speaker     string `json:"speaker"`
	Text        string `json:"text"`
	Lang        string `json:"lang,omitempty"`
	Translation jText  `json:"translation,omitempty"`
	Source      string `json:"source,omitempty"`
}

type wirePerson struct {
	ID      string     `json:"id"`
	Name    string     `json:"name"`
	Aliases []string   `json:"aliases,omitempty"`
	Roles   []wireRole `json:"roles,omitempty"`
}

type wireRole struct {
	Org   string `json:"org,omitempty"`
	Title jText  `json:"title"`
	From  string `json:"from,omitempty"`
	To    string `json:"to,omitempty"`
}

type wireOrg struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Kind   string `json:"kind,omitempty"`
	Parent string `json:"parent,omitempty"`
}

type wireLine struct {
	Person    string `json:"person"`
	ReportsTo string `json:"reports_to"`
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
	Source    string `json:"source,omitempty"`
	Disputed  bool   `json:"disputed,omitempty"`
	Note      jText  `json:"note,omitempty"`
}

type wireSource struct {
	ID        string `json:"id"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Via       string `json:"via,omitempty"`
	Note      jText  `json:"note,omitempty"`
}
