package data_test

import (
	"strings"
	"testing"

	"timeline/data"
	"timeline/model"
)

func TestParseEvent(t *testing.T) {
	in, err := data.ParseEvent("stdin", []byte(`{
  "date": "2025-10-22", "kind": "layoff", "title": {"en": "Acme cuts 600 jobs\u001b[2J", "fr": "Acme supprime 600 postes"},
  "summary": "Plain.", "people": [{"id": "zoe", "role": "CEO"}], "orgs": ["acme"], "tags": ["cuts"],
  "sources": ["memo", {"outlet": "Le Monde", "title": "Acme licencie", "url": "https://lemonde.fr/a", "published": "2025-10-22"}]
}`))
	if err != nil {
		t.Fatal(err)
	}
	e := in.Event
	if e.Date != model.MustDate("2025-10-22") || e.Kind != model.Layoff || e.Status != model.Reported ||
		e.Title.En != "Acme cuts 600 jobs" || e.Title.Fr != "Acme supprime 600 postes" || e.Summary.En != "Plain." ||
		len(e.People) != 1 || e.People[0].ID() != "zoe" || e.People[0].Role().En != "CEO" || e.Orgs()[0] != "acme" ||
		e.Tags()[0] != "cuts" || e.Sources() != nil || e.Extra != nil {
		t.Errorf("event %+v", e)
	}
	if len(in.Sources) != 2 || !in.Sources[0].Equal(&model.Source{ID: "memo"}) || in.Sources[1].Outlet != "Le Monde" ||
		in.Sources[1].URL != "https://lemonde.fr/a" || in.Sources[1].Published != model.MustDate("2025-10-22") {
		t.Errorf("sources %+v", in.Sources)
	}
}

// TestParseEventRefusals: each bad event is refused with a message on one
// line naming the field, or the line and column of bad JSON.
func TestParseEventRefusals(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{``, "no event"},
		{`[{"title": "x"}]`, "want one JSON object"},
		{`null`, "want one JSON object"},
		{`{"title": "x"`, "ends too early"},
		{`{"title": "x",}`, "stdin:1:15: invalid JSON"},
		{`{"title": "x"} {"title": "y"}`, "one event at a time"},
		{`{"title": 3}`, "title: want a string or an object of language to string, got number"},
		{`{"sumary": "x"}`, `unknown field "sumary"`},
		{`{"kind": "report", "medium": {"url": "x"}}`, `unknown field "medium"`},
		{`{"date": "2025-13-45", "kind": "layoff"}`, `date: invalid date "2025-13-45": month must be 01–12`},
		{`{"date": "2025", "kind": "sacking"}`, `kind: unknown kind "sacking"`},
		{`{"kind": "report", "status": "rumour"}`, `status: unknown status "rumour"`},
		{`{"kind": "report", "sources": [3]}`, "sources[0]: want a source id or an object"},
		{`{"kind": "report", "sources": [{"outlet": "O", "headline": "h"}]}`, `sources[0]: unknown field "headline"`},
		{`{"kind": "report", "sources": [{"outlet": "O", "published": "yesterday"}]}`, `sources[0].published: invalid date "yesterday"`},
		{`{"kind": "report", "title": "` + strings.Repeat("x", model.MaxFieldBytes+1) + `"}`, "title: clipped"},
	} {
		_, err := data.ParseEvent("stdin", []byte(c.in))
		if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%.60s: err = %.200v, want one line with %q", c.in, err, c.want)
		}
	}
}
