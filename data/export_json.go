package data

import (
	"bytes"
	"encoding/json"

	"timeline/model"
)

// wireOut is a whole native file, in the order DESIGN.md writes it.
type wireOut struct {
	Title       jText        `json:"title"`
	Description jText        `json:"description,omitempty"`
	Updated     string       `json:"updated,omitempty"`
	Events      []any        `json:"events"`
	People      []wirePerson `json:"people,omitempty"`
	Orgs        []wireOrg    `json:"orgs,omitempty"`
	Lines       []wireLine   `json:"reporting_lines,omitempty"`
	Sources     []wireSource `json:"sources"`
	Eras        []wireEra    `json:"eras,omitempty"`
}

// ExportJSON writes the dataset in the native JSON format, every language
// included (lang is not used): a file that validates and loads back to the
// same dataset. Events come in timeline order, indented by two spaces.
func ExportJSON(ds *model.Dataset, _ model.Lang) ([]byte, error) {
	w := wireOut{Title: textOut(ds.Title), Description: textOut(ds.Description), Updated: dateOut(ds.Updated),
		Events: make([]any, len(ds.Events)), Sources: []wireSource{}, Eras: erasOut(ds.Eras)}
	for i := range ds.Events {
		w.Events[i] = EventJSON(&ds.Events[i])
	}
	for _, p := range ds.People {
		wp := wirePerson{ID: p.ID, Name: p.Name, Aliases: p.Aliases}
		for _, r := range p.Roles {
			wp.Roles = append(wp.Roles, wireRole{Org: r.Org, Title: textOut(r.Title), From: dateOut(r.From), To: dateOut(r.To)})
		}
		w.People = append(w.People, wp)
	}
	for _, o := range ds.Orgs {
		w.Orgs = append(w.Orgs, wireOrg{ID: o.ID, Name: o.Name, Kind: o.Kind, Parent: o.Parent})
	}
	for _, l := range ds.ReportingLines {
		w.Lines = append(w.Lines, wireLine{Person: l.Person, ReportsTo: l.ReportsTo, From: dateOut(l.From),
			To: dateOut(l.To), Source: l.Source, Disputed: l.Disputed, Note: textOut(l.Note)})
	}
	for _, s := range ds.Sources {
		w.Sources = append(w.Sources, wireSource{ID: s.ID, Outlet: s.Outlet, Title: s.Title,
			Published: dateOut(s.Published), URL: s.URL, Via: s.Via})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(w); err != nil {
		return nil, err
	}
	return checkOutput("json", buf.Bytes(), false)
}
