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
		if len(e.Sources()) == 0 {
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
			if ds.Person(p.ID()) == nil {
				t.Errorf("event %s: unknown person %s", e.ID, p.ID())
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
			if p.ID() == "rishabh-agarwal" {
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
		for _, s := range e.Sources() {
			used[s] = true
		}
	}
	for _, s := range ds.Sources {
		if s.URL != "" && !web(s.URL) {
			t.Errorf("source %s: url %q is not http(s)", s.ID, s.URL)
		}
		if s.Via() != "" && !web(s.Via()) {
			t.Errorf("source %s: via %q is not http(s)", s.ID, s.Via())
		}
		if s.Outlet == "" {
			t.Errorf("source %s has no outlet", s.ID)
		}
		if !used[s.ID] {
			t.Errorf("source %s is used by no event", s.ID)
		}
	}
}

// The dataset runs past the summer: three eras (the deal in June, the
// summer's turmoil, what followed), each event in exactly one of them, and
// the developments of October to December 2025.
func TestBundledWhatFollowed(t *testing.T) {
	ds := loadBundled(t)
	if !strings.Contains(ds.Title.En, "what followed") || !strings.Contains(ds.Title.Fr, "suites") {
		t.Errorf("the title does not say the dataset runs past the summer: %+v", ds.Title)
	}
	if ds.Updated.Days() < model.MustDate("2025-12-31").Days() {
		t.Errorf("updated %s, before the last events", ds.Updated)
	}
	if len(ds.Eras) != 3 {
		t.Fatalf("%d eras, want 3", len(ds.Eras))
	}
	for i, era := range ds.Eras {
		if era.Label.En == "" || era.Label.Fr == "" || era.End.IsZero() {
			t.Errorf("era %d: %+v, want a label in English and French and an end", i, era)
		}
		if i > 0 && era.Start.Days() <= ds.Eras[i-1].End.LastDays() {
			t.Errorf("era %d starts before era %d ends", i, i-1)
		}
	}
	after := 0
	for _, e := range ds.Events {
		n := 0
		for _, era := range ds.Eras {
			if era.Contains(e.Date) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("event %s (%s) is in %d eras, want 1", e.ID, e.Date, n)
		}
		if e.Date.Days() > model.MustDate("2025-09-30").Days() {
			after++
		}
	}
	if after < 10 {
		t.Errorf("%d events after September 2025, want at least 10", after)
	}
	for id, kind := range map[string]model.Kind{
		"msl-cuts-600-jobs":                    model.Layoff,
		"yuandong-tian-laid-off":               model.Departure,
		"tulloch-joins-meta":                   model.Hire,
		"soumith-chintala-leaves-meta":         model.Departure,
		"ft-lecun-plans-to-leave":              model.Report,
		"lecun-confirms-departure":             model.Departure,
		"ft-wang-finds-zuckerberg-suffocating": model.Report,
	} {
		e := ds.Event(id)
		if e == nil {
			t.Errorf("no event %s", id)
			continue
		}
		if e.Kind != kind {
			t.Errorf("event %s is a %s, want %s", id, e.Kind, kind)
		}
	}
	cuts := ds.Event("msl-cuts-600-jobs")
	if cuts != nil && (cuts.Date != model.MustDate("2025-10-22") || !strings.Contains(cuts.Summary.En, "600") ||
		!strings.Contains(cuts.Summary.Fr, "600") || cuts.Status != model.Confirmed) {
		t.Errorf("the October cuts: %s, %s, %q", cuts.Date, cuts.Status, cuts.Title.En)
	}
	if e := ds.Event("lecun-confirms-departure"); e != nil && e.Date != model.MustDate("2025-11-19") {
		t.Errorf("LeCun's confirmation on %s, want 2025-11-19", e.Date)
	}
}

// A source's headline is a real headline or nothing: what a source is, when
// it has no headline of its own, is a note, in English and French.
func TestBundledSourceNotes(t *testing.T) {
	ds := loadBundled(t)
	for _, id := range []string{"threads-zuckerberg-zhao", "bi-wang-memo", "ars-lecun-cox", "cosmicmeta-varma", "ft-swift-exits"} {
		s := ds.Source(id)
		if s == nil {
			t.Errorf("no source %s", id)
			continue
		}
		if s.Title != "" {
			t.Errorf("source %s: headline %q, want none (the description is a note)", id, s.Title)
		}
		if s.Note().En == "" {
			t.Errorf("source %s has no note", id)
		}
	}
	for _, s := range ds.Sources {
		if (s.Note().En == "") != (s.Note().Fr == "") {
			t.Errorf("source %s: note %+v, want English and French", s.ID, s.Note())
		}
		for _, w := range []string{"piece on", "report on", "account of", "relay of", "'s post"} {
			if strings.Contains(s.Title, w) {
				t.Errorf("source %s: headline %q reads like a description", s.ID, s.Title)
			}
		}
	}
}
