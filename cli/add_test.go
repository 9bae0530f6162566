package cli

import (
	"slices"
	"strings"
	"testing"

	"timeline/model"
)

// addArgs is the shortest add that succeeds on a notebook, with more
// flags after it.
func addArgs(path string, more ...string) []string {
	return append([]string{"add", "--data", path, "--date", "2025-10-22", "--kind", "layoff",
		"--title", "Acme cuts 600 jobs", "--source-outlet", "Wire"}, more...)
}

// add runs an add that must succeed and returns the id it printed and
// stderr.
func add(t *testing.T, args ...string) (string, string) {
	t.Helper()
	code, out, errs := cliRun(t, args...)
	if code != ExitOK {
		t.Fatalf("%q: exit %d, stderr %q", args, code, errs)
	}
	lines := cliLines(out)
	if len(lines) != 1 {
		t.Fatalf("%q printed %q, want one id", args, out)
	}
	return lines[0], errs
}

// TestCLIAddDateKindStatus: the date, its precision and the kind as
// given; the status reported unless given.
func TestCLIAddDateKindStatus(t *testing.T) {
	path := notebook(t, nil)
	id, errs := add(t, addArgs(path)...)
	if id != "acme-cuts-600-jobs" || errs != "" {
		t.Errorf("id %q, stderr %q", id, errs)
	}
	e := mustEvent(t, reload(t, path), id)
	if e.Date != model.MustDate("2025-10-22") || e.Kind != model.Layoff || e.Status != model.Reported || e.Approximate {
		t.Errorf("date %v kind %v status %v approximate %v", e.Date, e.Kind, e.Status, e.Approximate)
	}
	id, _ = add(t, "add", "--data", path, "--date", "2025-10", "--kind", "policy", "--status", "confirmed",
		"--title", "Rules", "--source-outlet", "Wire")
	if e := mustEvent(t, reload(t, path), id); e.Date != model.MustDate("2025-10") || e.Date.Precision != model.MonthPrecision ||
		e.Kind != model.Policy || e.Status != model.Confirmed {
		t.Errorf("%+v", e)
	}
	id, _ = add(t, "add", "--data", path, "--date", "2025-10-22T14:30", "--kind", "hire", "--status", "disputed",
		"--title", "Hire", "--source-outlet", "Wire")
	if e := mustEvent(t, reload(t, path), id); e.Date != model.MustDate("2025-10-22T14:30") || e.Status != model.Disputed {
		t.Errorf("%+v", e)
	}
}

// TestCLIAddTexts: titles, summaries and date labels in both languages,
// and an approximate date; the id comes from the English title, else the
// French, and is unique.
func TestCLIAddTexts(t *testing.T) {
	path := notebook(t, nil)
	id, _ := add(t, addArgs(path, "--title-fr", "Acme supprime 600 postes", "--summary", "Heard on a call.",
		"--summary-fr", "Appris au téléphone.", "--approximate", "--date-label", "late October 2025",
		"--date-label-fr", "fin octobre 2025")...)
	e := mustEvent(t, reload(t, path), id)
	want := model.Event{Title: model.Text{En: "Acme cuts 600 jobs", Fr: "Acme supprime 600 postes"},
		Summary: model.Text{En: "Heard on a call.", Fr: "Appris au téléphone."}}
	if !e.Title.Equal(want.Title) || !e.Summary.Equal(want.Summary) || !e.Approximate ||
		!e.DateLabel().Equal(model.Text{En: "late October 2025", Fr: "fin octobre 2025"}) {
		t.Errorf("%+v, label %+v", e, e.DateLabel())
	}
	again, _ := add(t, addArgs(path)...)
	french, _ := add(t, "add", "--data", path, "--date", "2025", "--kind", "report", "--title-fr", "Élan brisé",
		"--source-outlet", "Wire")
	if again != "acme-cuts-600-jobs-2" || french != "elan-brise" {
		t.Errorf("ids %q, %q", again, french)
	}
	hostile, _ := add(t, "add", "--data", path, "--date", "2025", "--kind", "report", "--title",
		"\x1b]0;pwned\x07Evil\x1b[2J title\u202e", "--source-outlet", "Wire\x1b[31m")
	e = mustEvent(t, reload(t, path), hostile)
	if e.Title.En != "Evil title" || hostile != "evil-title" {
		t.Errorf("a hostile title became %q, id %q", e.Title.En, hostile)
	}
}

// TestCLIAddPeopleAndOrgs: people and organisations by id, by name or
// alias whatever the case and accents, new ones by name (said on stderr),
// and a value written as an id the file lacks refused.
func TestCLIAddPeopleAndOrgs(t *testing.T) {
	path := notebook(t, nil)
	id, errs := add(t, addArgs(path, "--person", "alexandr-wang", "--person", "mark zuckerberg",
		"--person", "Jane Doe", "--person", "JANE DOE", "--org", "meta", "--org", "tbd lab", "--org", "Acme Corp")...)
	ds := reload(t, path)
	e := mustEvent(t, ds, id)
	var people []string
	for _, p := range e.People {
		people = append(people, p.ID())
	}
	if !slices.Equal(people, []string{"alexandr-wang", "mark-zuckerberg", "jane-doe"}) ||
		!slices.Equal(e.Orgs(), []string{"meta", "tbd-lab", "acme-corp"}) {
		t.Errorf("people %q, orgs %q", people, e.Orgs())
	}
	if p := ds.Person("jane-doe"); p == nil || p.Name != "Jane Doe" {
		t.Errorf("the new person is %+v", p)
	}
	if o := ds.Org("acme-corp"); o == nil || o.Name != "Acme Corp" {
		t.Errorf("the new organisation is %+v", o)
	}
	for _, w := range []string{`new person "jane-doe" (Jane Doe) added to `, `new organisation "acme-corp" (Acme Corp) added to `} {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr %q lacks %q", errs, w)
		}
	}
	if n := strings.Count(errs, "\n"); n != 2 {
		t.Errorf("stderr says %d things, want the two new ones: %q", n, errs)
	}
}

// TestCLIAddTagsAndSources: tags; sources by id, written out (outlet,
// headline, address, publication day) and found again by address.
func TestCLIAddTagsAndSources(t *testing.T) {
	path := notebook(t, nil)
	id, _ := add(t, "add", "--data", path, "--date", "2025-10-22", "--kind", "layoff", "--title", "Cuts",
		"--tag", "cuts", "--tag", "ai", "--tag", "cuts", "--source", "usine-digitale", "--source-outlet", "Le Monde",
		"--source-title", "Acme licencie", "--source-url", "https://lemonde.fr/acme", "--published", "2025-10-21")
	ds := reload(t, path)
	e := mustEvent(t, ds, id)
	if !slices.Equal(e.Tags(), []string{"cuts", "ai"}) || len(e.Sources()) != 2 || e.Sources()[0] != "usine-digitale" {
		t.Fatalf("tags %q, sources %q", e.Tags(), e.Sources())
	}
	s := ds.Source(e.Sources()[1])
	if s == nil || s.Outlet != "Le Monde" || s.Title != "Acme licencie" || s.URL != "https://lemonde.fr/acme" ||
		s.Published != model.MustDate("2025-10-21") {
		t.Errorf("the new source is %+v", s)
	}
	id2, _ := add(t, "add", "--data", path, "--date", "2025-10-23", "--kind", "layoff", "--title", "More cuts",
		"--source-url", "http://www.lemonde.fr/acme/?utm_source=x")
	sources := len(reload(t, path).Sources)
	if e2 := mustEvent(t, reload(t, path), id2); !slices.Equal(e2.Sources(), []string{e.Sources()[1]}) || sources != len(ds.Sources) {
		t.Errorf("the same address gave sources %q (%d sources, was %d)", e2.Sources(), sources, len(ds.Sources))
	}
}

// TestCLIAddAmbiguousName: a name that two people share is refused with
// both ids, and nothing is written.
func TestCLIAddAmbiguousName(t *testing.T) {
	path := notebook(t, func(ds *model.Dataset) {
		ds.People = append(ds.People, model.Person{ID: "alexandr-wang-2", Name: "Alexandr Wang"})
	})
	before := checksum(t, path)
	code, _, errs := cliRun(t, addArgs(path, "--person", "Alexandr Wang")...)
	if code != ExitData || !strings.Contains(errs, `--person "Alexandr Wang" names more than one person: alexandr-wang, alexandr-wang-2; give the id`) {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if checksum(t, path) != before {
		t.Error("the file changed")
	}
	if id, _ := add(t, addArgs(path, "--person", "alexandr-wang-2")...); id == "" {
		t.Error("no id")
	}
}
