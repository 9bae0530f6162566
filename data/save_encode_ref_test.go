package data

import (
	"bytes"
	"encoding/json"

	"timeline/model"
)

// wireOut is the top-level object of the native format, as encoding/json
// writes it.
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

// ReferenceNative is the native format as encoding/json writes it: what
// ExportJSON was before it streamed through WriteNative, kept here, for
// the tests only, as the reference the writer is held to.
func ReferenceNative(ds *model.Dataset) ([]byte, error) {
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
	return buf.Bytes(), nil
}
