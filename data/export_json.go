package data

import (
	"bytes"
	"encoding/json"

	"timeline/locale"
	"timeline/model"
)

// wireOut is a whole native file, in the order DESIGN.md writes it.
type wireOut struct {
	Title       jText     `json:"title"`
	Description jText     `json:"description,omitempty"`
	Updated     string    `json:"updated,omitempty"`
	Events      []any     `json:"events"`
	People      []any     `json:"people,omitempty"`
	Orgs        []any     `json:"orgs,omitempty"`
	Lines       []any     `json:"reporting_lines,omitempty"`
	Sources     []any     `json:"sources"`
	Eras        []wireEra `json:"eras,omitempty"`
	Intro       *introOut `json:"intro,omitempty"`
}

// ExportJSON writes the dataset in the native JSON format, every language
// included (lang is not used): a file that validates and loads back to the
// same dataset. Events come in timeline order, indented by two spaces.
func ExportJSON(ds *model.Dataset, _ locale.Lang) ([]byte, error) {
	w := wireOut{Title: textOut(ds.Title), Description: textOut(ds.Description), Updated: dateOut(ds.Updated),
		Events: make([]any, len(ds.Events)), Sources: []any{}, Eras: erasOut(ds.Eras), Intro: introJSON(ds.Intro)}
	for i := range ds.Events {
		w.Events[i] = EventJSON(&ds.Events[i])
	}
	for i := range ds.People {
		w.People = append(w.People, PersonJSON(&ds.People[i]))
	}
	for i := range ds.Orgs {
		w.Orgs = append(w.Orgs, OrgJSON(&ds.Orgs[i]))
	}
	for i := range ds.ReportingLines {
		w.Lines = append(w.Lines, LineJSON(&ds.ReportingLines[i]))
	}
	for i := range ds.Sources {
		w.Sources = append(w.Sources, SourceJSON(&ds.Sources[i]))
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
