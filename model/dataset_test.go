package model

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func ev(id, date string) Event {
	return Event{ID: id, Date: MustDate(date), Title: Plain(id)}.WithRefs(nil, []string{"s1"}, nil)
}

func ids(evs []Event) []string {
	out := make([]string, len(evs))
	for i := range evs {
		out[i] = evs[i].ID
	}
	return out
}

func TestSortEventsTotalAndStable(t *testing.T) {
	want := []string{
		"y2024",      // 2024-01-01, year
		"d-a",        // 2025-01-01, day, id a
		"d-b",        // 2025-01-01, day, id b
		"m-a",        // 2025-01-01, month
		"m-b",        // 2025-01-01, month
		"y-a",        // 2025-01-01, year
		"y-b",        // 2025-01-01, year
		"d-0102",     // 2025-01-02
		"m-feb",      // 2025-02-01, month
		"aug-day",    // 2025-08-01, day
		"aug-month",  // 2025-08-01, month
		"aug-25",     // 2025-08-25
		"aug-25-b",   // 2025-08-25
		"year-2026",  // 2026-01-01
		"year-2026b", // 2026-01-01
	}
	base := []Event{
		ev("y2024", "2024"),
		ev("d-a", "2025-01-01"),
		ev("d-b", "2025-01-01"),
		ev("m-a", "2025-01"),
		ev("m-b", "2025-01"),
		ev("y-a", "2025"),
		ev("y-b", "2025"),
		ev("d-0102", "2025-01-02"),
		ev("m-feb", "2025-02"),
		ev("aug-day", "2025-08-01"),
		ev("aug-month", "2025-08"),
		ev("aug-25", "2025-08-25"),
		ev("aug-25-b", "2025-08-25"),
		ev("year-2026", "2026"),
		ev("year-2026b", "2026"),
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 100 {
		evs := slices.Clone(base)
		rng.Shuffle(len(evs), func(a, b int) { evs[a], evs[b] = evs[b], evs[a] })
		SortEvents(evs)
		if got := ids(evs); !slices.Equal(got, want) {
			t.Fatalf("shuffle %d: order\n got %v\nwant %v", i, got, want)
		}
	}
}

func TestIndexSortsAndLooksUp(t *testing.T) {
	d := &Dataset{
		Events:  []Event{ev("b", "2025-08"), ev("a", "2025-08-01"), ev("c", "2025")},
		People:  []Person{{ID: "p1", Name: "Person One"}},
		Orgs:    []Org{{ID: "o1", Name: "Org"}},
		Sources: []Source{{ID: "s1"}},
	}
	d.Index()
	if got := ids(d.Events); !slices.Equal(got, []string{"c", "a", "b"}) {
		t.Errorf("Index order = %v, want [c a b]", got)
	}
	for i, e := range d.Events {
		if j, ok := d.EventIndex(e.ID); !ok || j != i {
			t.Errorf("EventIndex(%q) = %d, %v; want %d", e.ID, j, ok, i)
		}
		if got := d.Event(e.ID); got == nil || got.ID != e.ID {
			t.Errorf("Event(%q) = %v", e.ID, got)
		}
	}
	if d.Event("nope") != nil || d.Person("nope") != nil || d.Org("nope") != nil || d.Source("nope") != nil {
		t.Error("lookup of an unknown id returned non-nil")
	}
	if d.Person("p1") == nil || d.Org("o1") == nil || d.Source("s1") == nil {
		t.Error("lookup of a known id returned nil")
	}
	if got := d.PersonName("p1"); got != "Person One" {
		t.Errorf("PersonName(p1) = %q", got)
	}
	if got := d.PersonName("TechCrunch's sources"); got != "TechCrunch's sources" {
		t.Errorf("PersonName(free text) = %q", got)
	}
}

func TestSpan(t *testing.T) {
	tests := []struct {
		name        string
		events      []Event
		first, last string
	}{
		{"empty", nil, "", ""},
		{"one day", []Event{ev("a", "2025-08-25")}, "2025-08-25", "2025-08-25"},
		{"same last day: the day", []Event{ev("a", "2025-06-12"), ev("b", "2025-09-30"), ev("c", "2025-09")}, "2025-06-12", "2025-09-30"},
		{"month is the latest by its last day", []Event{ev("a", "2025-06-12"), ev("b", "2025-09-29"), ev("c", "2025-09")}, "2025-06-12", "2025-09"},
		{"year is the latest by its last day", []Event{ev("a", "2025-06-12"), ev("b", "2025-12-30"), ev("c", "2025")}, "2025", "2025"},
		{"day after a month", []Event{ev("a", "2025-06-12"), ev("c", "2025-09"), ev("b", "2025-10-01")}, "2025-06-12", "2025-10-01"},
		{"end date counts", func() []Event {
			e := ev("a", "2025-06-12")
			e.SetEnd(MustDate("2025-12-01"))
			return []Event{e, ev("b", "2025-09-30")}
		}(), "2025-06-12", "2025-12-01"},
		{"before 1970", []Event{ev("a", "1960-01-01"), ev("b", "1965-05")}, "1960-01-01", "1965-05"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Dataset{Events: tt.events}
			d.Index()
			first, last := d.Span()
			if first.String() != tt.first || last.String() != tt.last {
				t.Errorf("Span() = %q, %q; want %q, %q", first, last, tt.first, tt.last)
			}
		})
	}
}

func TestRoleAt(t *testing.T) {
	p := Person{ID: "alexandr-wang", Roles: []Role{
		{Org: "scale-ai", Title: Plain("founder and CEO"), To: MustDate("2025-06-12")},
		{Org: "meta", Title: Plain("Chief AI Officer"), From: MustDate("2025-06-30")},
		{Org: "board", Title: Plain("advisor"), From: MustDate("2025-07"), To: MustDate("2025-07")},
	}}
	tests := []struct {
		date string
		org  string // "" when no role
	}{
		{"2020-01-01", "scale-ai"},
		{"2025-06-12", "scale-ai"}, // "to" is inclusive
		{"2025-06-13", ""},
		{"2025-06-29", ""},
		{"2025-06-30", "meta"}, // "from" is inclusive
		{"2025-07-01", "board"},
		{"2025-07-31", "board"}, // month precision "to" covers the whole month
		{"2025-08-01", "meta"},
		{"2030-01-01", "meta"},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			r, ok := p.RoleAt(MustDate(tt.date).Days())
			if tt.org == "" {
				if ok {
					t.Errorf("RoleAt = %+v, want none", r)
				}
				return
			}
			if !ok || r.Org != tt.org {
				t.Errorf("RoleAt = %+v, %v; want org %q", r, ok, tt.org)
			}
		})
	}
	if _, ok := (&Person{}).RoleAt(0); ok {
		t.Error("a person with no roles has a role")
	}
}

// validDataset returns a small dataset that passes Validate.
func validDataset() *Dataset {
	d := &Dataset{
		Events: []Event{
			Event{ID: "e1", Date: MustDate("2025-08-25"), Title: Plain("one"),
				People: []PersonRef{NewPersonRef("p1")}, Extra: &EventExtra{Related: []string{"e2"},
					Claims: []Claim{{Text: Plain("c"), By: "p1", Stance: "asserts", Source: "s1"}},
					Quotes: []Quote{{Speaker: "p1", Text: "q", Source: "s1"}}}}.WithRefs([]string{"o1"}, []string{"s1"}, nil),
			Event{ID: "e2", Date: MustDate("2025-07"), Title: Plain("two")}.WithEnd(MustDate("2025-08-01")).WithRefs(nil, []string{"s1"}, nil),
		},
		People:         []Person{{ID: "p1", Name: "P1", Roles: []Role{{Org: "o1", From: MustDate("2025-01"), To: MustDate("2025-01")}}}, {ID: "p2"}},
		Orgs:           []Org{{ID: "o1"}, {ID: "o2", Parent: "o1"}},
		ReportingLines: []ReportingLine{{Person: "p1", ReportsTo: "p2", Source: "s1"}},
		Sources:        []Source{{ID: "s1"}},
	}
	d.Index()
	return d
}

func TestValidateValid(t *testing.T) {
	if ps := validDataset().Validate(); len(ps) != 0 {
		t.Fatalf("Validate() on a valid dataset = %v", ps)
	}
}

func TestValidateCatchesEachRule(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(d *Dataset)
		event   string // expected Problem.Event
		field   string // expected Problem.Field
		msgPart string
	}{
		{"duplicate event id", func(d *Dataset) { d.Events = append(d.Events, ev("e1", "2025-09-01")) }, "", "events[", "duplicate id \"e1\""},
		{"missing event id", func(d *Dataset) {
			e := ev("", "2025-09-01")
			e.Title = Plain("untitled")
			d.Events = append(d.Events, e)
		}, "", "events[", "missing id"},
		{"duplicate person id", func(d *Dataset) { d.People = append(d.People, Person{ID: "p1"}) }, "", "people[2].id", "duplicate id \"p1\""},
		{"duplicate org id", func(d *Dataset) { d.Orgs = append(d.Orgs, Org{ID: "o1"}) }, "", "orgs[2].id", "duplicate id \"o1\""},
		{"duplicate source id", func(d *Dataset) { d.Sources = append(d.Sources, Source{ID: "s1"}) }, "", "sources[1].id", "duplicate id \"s1\""},
		{"unknown person", func(d *Dataset) { d.Event("e1").People = append(d.Event("e1").People, NewPersonRef("ghost")) }, "e1", "people[1].id", "unknown person \"ghost\""},
		{"unknown org", func(d *Dataset) { d.Event("e1").SetOrgs(append(d.Event("e1").Orgs(), "ghost")) }, "e1", "orgs[1]", "unknown organisation \"ghost\""},
		{"unknown source", func(d *Dataset) { d.Event("e1").SetSources(append(d.Event("e1").Sources(), "ghost")) }, "e1", "sources[1]", "unknown source \"ghost\""},
		{"unknown related", func(d *Dataset) { d.Event("e1").More().Related = []string{"ghost"} }, "e1", "related[0]", "unknown event \"ghost\""},
		{"unknown speaker", func(d *Dataset) { d.Event("e1").Quotes()[0].Speaker = "ghost" }, "e1", "quotes[0].speaker", "unknown person \"ghost\""},
		{"unknown quote source", func(d *Dataset) { d.Event("e1").Quotes()[0].Source = "ghost" }, "e1", "quotes[0].source", "unknown source \"ghost\""},
		{"missing quote text", func(d *Dataset) { d.Event("e1").Quotes()[0].Text = "" }, "e1", "quotes[0].text", "missing text"},
		{"unknown claim source", func(d *Dataset) { d.Event("e1").Claims()[0].Source = "ghost" }, "e1", "claims[0].source", "unknown source \"ghost\""},
		{"missing claim text", func(d *Dataset) { d.Event("e1").Claims()[0].Text = Text{} }, "e1", "claims[0].text", "missing text"},
		{"unknown reporting-line person", func(d *Dataset) { d.ReportingLines[0].Person = "ghost" }, "", "reporting_lines[0].person", "unknown person \"ghost\""},
		{"unknown reporting-line manager", func(d *Dataset) { d.ReportingLines[0].ReportsTo = "ghost" }, "", "reporting_lines[0].reports_to", "unknown person \"ghost\""},
		{"unknown reporting-line source", func(d *Dataset) { d.ReportingLines[0].Source = "ghost" }, "", "reporting_lines[0].source", "unknown source \"ghost\""},
		{"unknown role org", func(d *Dataset) { d.People[0].Roles[0].Org = "ghost" }, "", "people[0].roles[0].org", "unknown organisation \"ghost\""},
		{"role ends before it starts", func(d *Dataset) { d.People[0].Roles[0].To = MustDate("2024-12-31") }, "", "people[0].roles[0].to", "ends before it starts"},
		{"unknown parent org", func(d *Dataset) { d.Orgs[1].Parent = "ghost" }, "", "orgs[1].parent", "unknown organisation \"ghost\""},
		{"end before start", func(d *Dataset) { d.Event("e2").SetEnd(MustDate("2025-06-30")) }, "e2", "end_date", "before"},
		{"no sources", func(d *Dataset) { d.Event("e2").SetSources(nil) }, "e2", "sources", "at least one source"},
		{"missing title", func(d *Dataset) { d.Event("e2").Title = Text{} }, "e2", "title", "missing title"},
		{"missing date", func(d *Dataset) { d.Event("e2").Date = Date{} }, "e2", "date", "missing date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validDataset()
			tt.mutate(d)
			d.Index()
			ps := d.Validate()
			if len(ps) != 1 {
				t.Fatalf("Validate() = %d problems %v, want exactly 1", len(ps), ps)
			}
			p := ps[0]
			if p.Event != tt.event || !strings.HasPrefix(p.Field, tt.field) || !strings.Contains(p.Msg, tt.msgPart) {
				t.Errorf("problem = %+v, want event %q, field %q…, message containing %q", p, tt.event, tt.field, tt.msgPart)
			}
			s := p.String()
			if strings.Contains(s, "\n") {
				t.Errorf("String() spans lines: %q", s)
			}
			if tt.event != "" && !strings.Contains(s, `event "`+tt.event+`"`) {
				t.Errorf("String() = %q does not name the event", s)
			}
			if !strings.Contains(s, p.Field) {
				t.Errorf("String() = %q does not name the field", s)
			}
		})
	}
}

func TestEndDateWithinSameMonthIsFine(t *testing.T) {
	// An end of "2025-07" for a start of "2025-07-15" is not before it.
	d := validDataset()
	d.Event("e2").Date = MustDate("2025-07-15")
	d.Event("e2").SetEnd(MustDate("2025-07"))
	d.Index()
	if ps := d.Validate(); len(ps) != 0 {
		t.Errorf("Validate() = %v, want none", ps)
	}
}

func TestValidateListsEveryProblem(t *testing.T) {
	d := validDataset()
	d.Events = append(d.Events, ev("e1", "2025-09-01"))                                                // 1 duplicate id
	d.Event("e1").People = append(d.Event("e1").People, NewPersonRef("ghost"))                         // 2 unknown person
	d.Event("e2").SetEnd(MustDate("2025-06-01"))                                                       // 3 end before start
	d.Event("e2").Title = Text{}                                                                       // 4 missing title
	d.Event("e2").SetSources(nil)                                                                      // 5 no sources
	d.ReportingLines[0].ReportsTo = "nobody"                                                           // 6 unknown reporting-line person
	d.Events = append(d.Events, Event{ID: "e9", Title: Plain("x")}.WithRefs(nil, []string{"s1"}, nil)) // 7 missing date
	d.Index()
	ps := d.Validate()
	if len(ps) < 7 {
		t.Fatalf("Validate() found %d problems, want at least 7:\n%v", len(ps), ps)
	}
	all := make([]string, len(ps))
	for i, p := range ps {
		all[i] = p.String()
	}
	joined := strings.Join(all, "\n")
	for _, want := range []string{"duplicate id", "unknown person \"ghost\"", "end_date", "missing title", "at least one source", "unknown person \"nobody\"", "missing date"} {
		if !strings.Contains(joined, want) {
			t.Errorf("problems do not mention %q:\n%s", want, joined)
		}
	}
}

func TestEventDisputed(t *testing.T) {
	tests := []struct {
		name string
		e    Event
		want bool
	}{
		{"confirmed", Event{Status: Confirmed}, false},
		{"reported", Event{Status: Reported}, false},
		{"disputed status", Event{Status: Disputed}, true},
		{"a denial", Event{Status: Reported, Extra: &EventExtra{Claims: []Claim{{Stance: "asserts"}, {Stance: "denies"}}}}, true},
		{"a dispute", Event{Extra: &EventExtra{Claims: []Claim{{Stance: "disputes"}}}}, true},
		{"only assertions", Event{Extra: &EventExtra{Claims: []Claim{{Stance: "asserts"}, {Stance: "says"}}}}, false},
	}
	for _, tt := range tests {
		if got := tt.e.Disputed(); got != tt.want {
			t.Errorf("%s: Disputed() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestKindAndStatusNames(t *testing.T) {
	for _, k := range Kinds() {
		got, ok := ParseKind(k.String())
		if !ok || got != k {
			t.Errorf("ParseKind(%q) = %v, %v", k.String(), got, ok)
		}
	}
	if len(Kinds()) != 9 {
		t.Errorf("%d kinds, want 9", len(Kinds()))
	}
	for _, bad := range []string{"", "Departure", "firing", "unknown"} {
		if _, ok := ParseKind(bad); ok {
			t.Errorf("ParseKind(%q) accepted", bad)
		}
	}
	for _, s := range []Status{Confirmed, Reported, Disputed} {
		got, ok := ParseStatus(s.String())
		if !ok || got != s {
			t.Errorf("ParseStatus(%q) = %v, %v", s.String(), got, ok)
		}
	}
	for _, bad := range []string{"", "rumoured", "Confirmed", "unknown"} {
		if _, ok := ParseStatus(bad); ok {
			t.Errorf("ParseStatus(%q) accepted", bad)
		}
	}
}
