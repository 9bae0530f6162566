package synth

import (
	"bufio"
	"encoding/json"
	"io"

	"timeline/model"
)

// Write writes the dataset Generate(n, seed) would return as native JSON,
// streaming: one event at a time, the sources regenerated after the
// events, so that a million events need no more memory than one.
func Write(w io.Writer, n int, seed int64) error {
	g := newGen(n, seed)
	bw := bufio.NewWriterSize(w, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	put := func(s string) { bw.WriteString(s) }
	var err error
	encode := func(v any) {
		if err == nil {
			err = enc.Encode(v)
		}
	}
	put(`{"title":`)
	encode(textJSON(g.title()))
	put(`,"description":`)
	encode(textJSON(g.description()))
	put(`,"updated":`)
	encode(g.updated().String())
	put(`,"people":[`)
	for i := range g.people {
		if i > 0 {
			put(",")
		}
		encode(personJSON(&g.people[i]))
	}
	put(`],"orgs":[`)
	for i, o := range g.orgs {
		if i > 0 {
			put(",")
		}
		encode(jOrg{ID: o.ID, Name: o.Name, Kind: o.Kind})
	}
	put(`],"events":[`)
	for i := range max(n, 0) {
		if i > 0 {
			put(",")
		}
		ev, _ := g.event(i)
		encode(eventJSON(&ev))
	}
	put(`],"sources":[`)
	first := true
	for i := range max(n, 0) {
		_, srcs := g.event(i)
		for _, s := range srcs {
			if !first {
				put(",")
			}
			first = false
			encode(jSource{ID: s.ID, Outlet: s.Outlet, Title: s.Title, Published: s.Published.String(), URL: s.URL})
		}
	}
	put("]}\n")
	if err != nil {
		return err
	}
	return bw.Flush()
}

// The native format's shapes, as the generator writes them.
type (
	jText   map[string]string
	jPerson struct {
		ID      string   `json:"id"`
		Name    string   `json:"name"`
		Aliases []string `json:"aliases,omitempty"`
		Roles   []jRole  `json:"roles,omitempty"`
	}
	jRole struct {
		Org   string `json:"org,omitempty"`
		Title jText  `json:"title"`
		From  string `json:"from,omitempty"`
	}
	jOrg struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		Kind string `json:"kind,omitempty"`
	}
	jSource struct {
		ID        string `json:"id"`
		Outlet    string `json:"outlet"`
		Title     string `json:"title"`
		Published string `json:"published,omitempty"`
		URL       string `json:"url,omitempty"`
	}
	jEvent struct {
		ID          string    `json:"id"`
		Date        string    `json:"date"`
		Approximate bool      `json:"approximate,omitempty"`
		DateLabel   jText     `json:"date_label,omitempty"`
		EndDate     string    `json:"end_date,omitempty"`
		Kind        string    `json:"kind"`
		Title       jText     `json:"title"`
		Summary     jText     `json:"summary,omitempty"`
		Status      string    `json:"status"`
		People      []jPerRef `json:"people,omitempty"`
		Orgs        []string  `json:"orgs,omitempty"`
		Claims      []jClaim  `json:"claims,omitempty"`
		Quotes      []jQuote  `json:"quotes,omitempty"`
		Sources     []string  `json:"sources"`
		Related     []string  `json:"related,omitempty"`
		Tags        []string  `json:"tags,omitempty"`
	}
	jPerRef struct {
		ID   string `json:"id"`
		Role jText  `json:"role,omitempty"`
	}
	jClaim struct {
		Text   jText  `json:"text"`
		By     string `json:"by"`
		Stance string `json:"stance"`
		Source string `json:"source,omitempty"`
	}
	jQuote struct {
		Speaker     string `json:"speaker"`
		Text        string `json:"text"`
		Lang        string `json:"lang,omitempty"`
		Translation jText  `json:"translation,omitempty"`
		Source      string `json:"source,omitempty"`
	}
)

func textJSON(t model.Text) jText {
	if t.IsZero() {
		return nil
	}
	m := jText{}
	t.Each(func(lang, s string) { m[lang] = s })
	return m
}

func personJSON(p *model.Person) jPerson {
	out := jPerson{ID: p.ID, Name: p.Name, Aliases: p.Aliases}
	for _, r := range p.Roles {
		out.Roles = append(out.Roles, jRole{Org: r.Org, Title: textJSON(r.Title), From: r.From.String()})
	}
	return out
}

func eventJSON(e *model.Event) jEvent {
	out := jEvent{ID: e.ID, Date: e.Date.String(), Approximate: e.Approximate, DateLabel: textJSON(e.DateLabel),
		EndDate: e.End.String(), Kind: e.Kind.String(), Title: textJSON(e.Title), Summary: textJSON(e.Summary),
		Status: e.Status.String(), Orgs: e.Orgs, Sources: e.Sources, Related: e.Related, Tags: e.Tags}
	for _, p := range e.People {
		out.People = append(out.People, jPerRef{ID: p.ID, Role: textJSON(p.Role)})
	}
	for _, c := range e.Claims {
		out.Claims = append(out.Claims, jClaim{Text: textJSON(c.Text), By: c.By, Stance: c.Stance, Source: c.Source})
	}
	for _, q := range e.Quotes {
		out.Quotes = append(out.Quotes, jQuote{Speaker: q.Speaker, Text: q.Text, Lang: string(q.Lang),
			Translation: textJSON(q.Translation), Source: q.Source})
	}
	return out
}
