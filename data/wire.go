package data

import (
	"bytes"
	"encoding/json"
	"reflect"
)

// jText is a text field as written in a native file: a plain string or a
// map of language to string.
type jText map[string]string

// UnmarshalJSON accepts "text" or {"en": "...", "fr": "..."}.
func (t *jText) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*t = jText{"": s}
		return nil
	case bytes.Equal(b, []byte("null")):
		*t = nil
		return nil
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		return &json.UnmarshalTypeError{Value: jsonKind(b), Type: reflect.TypeFor[map[string]string]()}
	}
	*t = m
	return nil
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

// jsonKind names the kind of a JSON value for messages.
func jsonKind(b []byte) string {
	if len(b) == 0 {
		return "nothing"
	}
	switch b[0] {
	case '{':
		return "an object with a non-string value"
	case '[':
		return "array"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}
