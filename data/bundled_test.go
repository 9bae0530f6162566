package data

import (
	"strings"
	"testing"

	"timeline/model"
)

func loadBundled(t *testing.T) *model.Dataset {
	t.Helper()
	ds, err := Bundled()
	if err != nil {
		t.Fatalf("the bundled dataset does not load: %v", err)
	}
	return ds
}

func TestBundledLoads(t *testing.T) {
	ds, issues, err := ParseNative(BundledName, BundledJSON())
	if err != nil {
		var all []string
		if le, ok := err.(*LoadError); ok {
			for _, is := range le.Issues {
				all = append(all, is.String())
			}
		}
		t.Fatalf("bundled dataset: %v\n%s", err, strings.Join(all, "\n"))
	}
	if len(issues) != 0 {
		t.Errorf("bundled dataset has issues: %v", issues)
	}
	if ps := ds.Validate(); len(ps) != 0 {
		t.Errorf("bundled dataset does not validate: %v", ps)
	}
	// Load("") is the bundled dataset too.
	ds2, issues, err := Load("")
	if err != nil || len(issues) != 0 || len(ds2.Events) != len(ds.Events) {
		t.Errorf("Load(\"\") = %d events, %v, %v", len(ds2.Events), issues, err)
	}
	if ds.Title.En == "" || ds.Title.Fr == "" {
		t.Errorf("dataset title = %+v, want en and fr", ds.Title)
	}
}

func TestBundledEventsInSummer(t *testing.T) {
	ds := loadBundled(t)
	from, to := model.MustDate("2025-06-01").Days(), model.MustDate("2025-09-30").Days()
	n := 0
	for _, e := range ds.Events {
		if e.Date.Days() >= from && e.Date.LastDays() <= to {
			n++
		}
	}
	if n < 20 {
		t.Errorf("%d events between 2025-06-01 and 2025-09-30, want at least 20", n)
	}
}

func TestBundledEventsAreComplete(t *testing.T) {
	ds := loadBundled(t)
	for _, e := range ds.Events {
		if len(e.Sources) == 0 {
			t.Errorf("event %s has no source", e.ID)
		}
		for _, f := range []struct {
			name string
			text model.Text
		}{{"title", e.Title}, {"summary", e.Summary}} {
			if f.text.En == "" || f.text.Fr == "" {
				t.Errorf("event %s: %s lacks English or French: %+v", e.ID, f.name, f.text)
			}
		}
		if e.Approximate && (e.DateLabel().En == "" || e.DateLabel().Fr == "") {
			t.Errorf("event %s is approximate but its date_label lacks English or French: %+v", e.ID, e.DateLabel())
		}
		for _, p := range e.People {
			if ds.Person(p.ID) == nil {
				t.Errorf("event %s: unknown person %s", e.ID, p.ID)
			}
		}
	}
}

func TestBundledRoleTitlesAreBilingual(t *testing.T) {
	ds := loadBundled(t)
	for _, p := range ds.People {
		for j, r := range p.Roles {
			if r.Title.En == "" || r.Title.Fr == "" {
				t.Errorf("person %s role %d (%s): title lacks English or French: %+v", p.ID, j, r.Org, r.Title)
			}
		}
	}
}

func TestBundledSeedFigures(t *testing.T) {
	ds := loadBundled(t)
	found := false
	for _, e := range ds.Events {
		if strings.Contains(e.Summary.En, "14.3") && strings.Contains(e.Summary.En, "49") && strings.Contains(e.Summary.Fr, "14,3") {
			found = true
		}
	}
	if !found {
		t.Error(`no event summary has "14.3" and "49" in English and "14,3" in French`)
	}

	var layoffs []model.Event
	for _, e := range ds.Events {
		if e.Kind == model.Layoff {
			layoffs = append(layoffs, e)
		}
	}
	if len(layoffs) == 0 {
		t.Fatal("no layoff event")
	}
	ok := false
	for _, e := range layoffs {
		s := e.Summary.En + " " + e.Title.En
		if strings.Contains(s, "14%") && strings.Contains(s, "200") && strings.Contains(s, "500") {
			ok = true
		}
	}
	if !ok {
		t.Errorf("no layoff event mentions 14%%, 200 and 500 in English")
	}

	ok = false
	for _, e := range ds.Events {
		if e.Date.String() != "2025-08-25" || e.Date.Precision != model.DayPrecision {
			continue
		}
		for _, p := range e.People {
			if p.ID == "rishabh-agarwal" {
				ok = true
			}
		}
	}
	if !ok {
		t.Error(`no day-precision event on 2025-08-25 involves "rishabh-agarwal"`)
	}
}

func TestBundledDisputes(t *testing.T) {
	ds := loadBundled(t)
	n := 0
	for i := range ds.Events {
		if ds.Events[i].Disputed() {
			n++
		}
	}
	if n < 4 {
		t.Errorf("%d disputed events, want at least 4", n)
	}
}

func TestBundledReportingLines(t *testing.T) {
	ds := loadBundled(t)
	reorg := model.MustDate("2025-08-19")
	disputedBefore, toWang := 0, false
	for _, l := range ds.ReportingLines {
		if l.Person != "yann-lecun" {
			continue
		}
		startsBefore := l.From.IsZero() || l.From.Days() < reorg.Days()
		if l.Disputed && startsBefore && !l.To.IsZero() && l.To.Days() <= reorg.Days() {
			disputedBefore++
		}
		if l.ReportsTo == "alexandr-wang" && l.From == reorg {
			toWang = true
		}
	}
	if disputedBefore == 0 {
		t.Error("no disputed reporting line for yann-lecun before 2025-08-19")
	}
	if !toWang {
		t.Error("no reporting line from yann-lecun to alexandr-wang from 2025-08-19")
	}
	for i, l := range ds.ReportingLines {
		if ds.Person(l.Person) == nil || ds.Person(l.ReportsTo) == nil {
			t.Errorf("reporting line %d: unknown person %s or %s", i, l.Person, l.ReportsTo)
		}
		if l.Source == "" {
			t.Errorf("reporting line %d (%s → %s) has no source", i, l.Person, l.ReportsTo)
		}
	}
}

func TestBundledSources(t *testing.T) {
	ds := loadBundled(t)
	web := func(u string) bool { return strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") }
	used := map[string]bool{}
	for _, e := range ds.Events {
		for _, s := range e.Sources {
			used[s] = true
		}
	}
	for _, s := range ds.Sources {
		if s.URL != "" && !web(s.URL) {
			t.Errorf("source %s: url %q is not http(s)", s.ID, s.URL)
		}
		if s.Via != "" && !web(s.Via) {
			t.Errorf("source %s: via %q is not http(s)", s.ID, s.Via)
		}
		if s.Outlet == "" {
			t.Errorf("source %s has no outlet", s.ID)
		}
		if !used[s.ID] {
			t.Errorf("source %s is used by no event", s.ID)
		}
	}
}
