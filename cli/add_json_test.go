package cli

import (
	"slices"
	"strings"
	"testing"

	"timeline/model"
)

// TestCLIAddJSON: one event as JSON on stdin, in the file's event shape,
// its sources ids of the file or written out, the latter found by address
// or added; its id given, or made from its title.
func TestCLIAddJSON(t *testing.T) {
	path := notebook(t, nil)
	code, out, errs := cliRunIn(t, strings.NewReader(`{
  "date": "2025-10-23", "kind": "hire", "approximate": true,
  "title": {"en": "Acme hires a CEO", "fr": "Acme recrute un PDG"}, "summary": "Heard.",
  "people": [{"id": "alexandr-wang", "role": {"en": "CEO", "fr": "PDG"}}], "orgs": ["meta"], "tags": ["ceo"],
  "related": ["meta-invests-in-scale-ai"],
  "sources": ["usine-digitale",
    {"outlet": "Le Monde", "title": "Acme recrute", "url": "https://lemonde.fr/recrute", "published": "2025-10-23"},
    {"outlet": "Observer", "url": "https://observer.com/2025/06/alexandr-wang-leaves-scale-ai-meta"}]
}`), "add", "--data", path, "-")
	if code != ExitOK || out != "acme-hires-a-ceo\n" || errs != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	ds := reload(t, path)
	e := mustEvent(t, ds, "acme-hires-a-ceo")
	if e.Status != model.Reported || !e.Approximate || e.Title.Fr != "Acme recrute un PDG" || e.People[0].Role().Fr != "PDG" ||
		!slices.Equal(e.Orgs(), []string{"meta"}) || !slices.Equal(e.Related(), []string{"meta-invests-in-scale-ai"}) {
		t.Errorf("%+v", e)
	}
	if len(e.Sources()) != 3 || e.Sources()[0] != "usine-digitale" || e.Sources()[2] != "observer-wang-leaves" {
		t.Errorf("sources %q: want the file's by id, a new one, the file's by address", e.Sources())
	}
	if s := ds.Source(e.Sources()[1]); s == nil || s.Outlet != "Le Monde" || s.Published != model.MustDate("2025-10-23") {
		t.Errorf("the new source is %+v", s)
	}

	code, out, errs = cliRunIn(t, strings.NewReader(`{"id": "my-own-id", "date": "2025", "kind": "report", "status": "confirmed",
  "title": "T", "sources": ["usine-digitale"]}`), "--data", path, "add", "-")
	if code != ExitOK || out != "my-own-id\n" {
		t.Fatalf("an id given: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if e := mustEvent(t, reload(t, path), "my-own-id"); e.Status != model.Confirmed {
		t.Errorf("status %v", e.Status)
	}
}

// TestCLIAddJSONRefusals: what stdin cannot hold, each refused on one line
// naming the field, the file untouched.
func TestCLIAddJSONRefusals(t *testing.T) {
	path := notebook(t, nil)
	before := checksum(t, path)
	for _, c := range []struct {
		in, want string
		code     int
		flags    []string
	}{
		{`{"date": "2025-13-45", "kind": "hire", "title": "T", "sources": ["usine-digitale"]}`, `date: invalid date "2025-13-45"`, ExitData, nil},
		{`{"date": "2025", "kind": "sacking", "title": "T", "sources": ["usine-digitale"]}`, `kind: unknown kind "sacking"`, ExitData, nil},
		{`{"date": "2025", "kind": "hire", "title": "T", "sources": []}`, "sources: an event needs at least one source", ExitData, nil},
		{`{"date": "2025", "kind": "hire", "title": "T", "sources": ["nope"]}`, `sources: unknown source "nope"`, ExitData, nil},
		{`{"date": "2025", "kind": "hire", "title": "T", "sources": ["usine-digitale"], "people": [{"id": "nobody"}]}`,
			`people[0].id: unknown person "nobody"`, ExitData, nil},
		{`{"date": "2025", "kind": "hire", "sources": ["usine-digitale"]}`, "title", ExitData, nil},
		{`{"date": "2025", "kind": "hire", "title": "T", "sources": ["usine-digitale"], "sumary": "x"}`, `unknown field "sumary"`, ExitData, nil},
		{`{"id": "meta-invests-in-scale-ai", "date": "2025", "kind": "hire", "title": "T", "sources": ["usine-digitale"]}`,
			`duplicate id "meta-invests-in-scale-ai"`, ExitData, nil},
		{`{"date": "2025", "kind": "hire", "title": "T"`, "stdin:1:", ExitData, nil},
		{``, "no event", ExitData, nil},
		{`{}`, "with -, the event comes whole from stdin: --title cannot be given too", ExitUsage, []string{"--title", "x"}},
	} {
		args := append([]string{"add", "--data", path, "-"}, c.flags...)
		code, out, errs := cliRunIn(t, strings.NewReader(c.in), args...)
		if code != c.code || out != "" || !strings.Contains(errs, c.want) {
			t.Errorf("%.50s: exit %d, stdout %q, stderr %q; want exit %d and %q", c.in, code, out, errs, c.code, c.want)
		}
		if c.code == ExitData {
			cliWantOneLine(t, errs)
		}
	}
	if checksum(t, path) != before {
		t.Error("the file changed")
	}
	big := strings.NewReader(`{"title": "` + strings.Repeat("x", maxEventBytes) + `"}`)
	if code, _, errs := cliRunIn(t, big, "add", "--data", path, "-"); code != ExitData || !strings.Contains(errs, "MiB") {
		t.Errorf("a huge stdin: exit %d, stderr %q", code, errs)
	}
}
