package model

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// chartFixture is a small company: a CEO, a boss whose line starts on
// 2025-03-10, a researcher whose line moves from the CEO (and, disputed,
// the CPO) to the boss that day, a contractor whose line ends within
// March, and a separate company with its own chief.
func chartFixture() *Dataset {
	role := func(org, title, from, to string) Role {
		r := Role{Org: org, Title: Text{En: title, Fr: title + " (fr)"}}
		if from != "" {
			r.From = MustDate(from)
		}
		if to != "" {
			r.To = MustDate(to)
		}
		return r
	}
	line := func(p, boss, from, to, src string, disputed bool) ReportingLine {
		l := ReportingLine{Person: p, ReportsTo: boss, Source: src, Disputed: disputed}
		if from != "" {
			l.From = MustDate(from)
		}
		if to != "" {
			l.To = MustDate(to)
		}
		return l
	}
	ds := &Dataset{
		People: []Person{
			{ID: "ceo", Name: "Ada CEO", Roles: []Role{role("acme", "chief executive", "", "")}},
			{ID: "boss", Name: "Bea Boss", Roles: []Role{role("other", "founder", "", "2025-03-10"), role("lab", "head of the lab", "2025-03-10", "")}},
			{ID: "res", Name: "Cy Researcher", Roles: []Role{role("lab", "researcher", "", "")}},
			{ID: "cpo", Name: "Di Product", Roles: []Role{role("acme", "chief product officer", "", "")}},
			{ID: "tmp", Name: "Ed Contractor", Roles: []Role{role("acme", "contractor", "2025-02", "2025-03")}},
			{ID: "chief", Name: "Flo Chief", Roles: []Role{role("other", "interim chief", "2025-03-10", "")}},
		},
		Orgs: []Org{
			{ID: "acme", Name: "Acme", Kind: "company"},
			{ID: "lab", Name: "Acme Lab", Kind: "lab", Parent: "acme"},
			{ID: "empty", Name: "Empty Team", Kind: "team", Parent: "acme"},
			{ID: "other", Name: "Other Co", Kind: "company"},
		},
		ReportingLines: []ReportingLine{
			line("boss", "ceo", "2025-03-10", "", "s-boss", false),
			line("res", "ceo", "", "2025-03-10", "s-seed", true),
			line("res", "cpo", "", "2025-03-10", "s-ars", true),
			line("res", "boss", "2025-03-10", "", "s-memo", false),
			line("tmp", "ceo", "2025-02", "2025-03", "s-tmp", false),
		},
	}
	ds.Index()
	return ds
}

func day(s string) int32 { return MustDate(s).Days() }

// bossOf returns the id of the parent of person id in the people tree, ""
// for a root, and whether the person is there at all.
func bossOf(c *Chart, id string) (string, bool) {
	boss, found := "", false
	Walk(c.Roots, func(n, parent *Node) {
		if n.ID == id && n.Kind == PersonNode {
			found = true
			if parent != nil {
				boss = parent.ID
			}
		}
	})
	return boss, found
}

func TestOrgChartLinesInForce(t *testing.T) {
	ds := chartFixture()
	tests := []struct {
		day, person, boss string
		present           bool
	}{
		{"2025-03-09", "res", "ceo", true},  // before the move
		{"2025-03-10", "res", "boss", true}, // "to" is exclusive: the new line's first day
		{"2025-03-10", "boss", "ceo", true}, // "from" is inclusive
		{"2025-03-09", "boss", "", false},   // not yet in a line
		{"2025-01-31", "tmp", "", false},    // a month "from" starts on its first day
		{"2025-02-01", "tmp", "ceo", true},
		{"2025-03-31", "tmp", "ceo", true},  // a month "to" lasts the month
		{"2025-04-01", "tmp", "", false},    // and is over after it
		{"2025-03-09", "ceo", "", true},     // the CEO is a root
		{"2025-03-10", "chief", "", false},  // nobody reports to or from Flo
		{"2025-03-09", "cpo", "", false},    // a disputed alternative is not placed
		{"2000-01-01", "res", "ceo", true},  // open-started lines reach back
		{"2030-01-01", "res", "boss", true}, // open-ended lines last
	}
	for _, tt := range tests {
		c := OrgChart(ds, day(tt.day))
		boss, present := bossOf(c, tt.person)
		if present != tt.present || boss != tt.boss {
			t.Errorf("%s: %s under %q (present %v), want under %q (present %v)", tt.day, tt.person, boss, present, tt.boss, tt.present)
		}
	}
}

func TestOrgChartDisputed(t *testing.T) {
	c := OrgChart(chartFixture(), day("2025-03-01"))
	n := Find(c.Roots, PersonNode, "res")
	if n == nil {
		t.Fatal("res missing from the people tree")
	}
	if !n.Disputed || !slices.Equal(n.Alternatives, []string{"cpo"}) || !slices.Equal(n.AlternativeNames, []string{"Di Product"}) {
		t.Errorf("res: disputed %v, alternatives %v %v; want disputed, [cpo] [Di Product]", n.Disputed, n.Alternatives, n.AlternativeNames)
	}
	if n.Source != "s-seed" || len(n.Accounts) != 2 || n.Accounts[1].Source != "s-ars" {
		t.Errorf("res: source %q, accounts %+v", n.Source, n.Accounts)
	}
	after := Find(OrgChart(chartFixture(), day("2025-03-10")).Roots, PersonNode, "res")
	if after.Disputed || len(after.Alternatives) != 0 {
		t.Errorf("after the move res is still disputed: %+v", after)
	}
}

func TestOrgChartPrefersUndisputedLine(t *testing.T) {
	ds := &Dataset{
		People: []Person{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "c", Name: "C"}},
		ReportingLines: []ReportingLine{
			{Person: "a", ReportsTo: "b", Disputed: true, Source: "x"},
			{Person: "a", ReportsTo: "c", Source: "y"},
		},
	}
	ds.Index()
	n := Find(OrgChart(ds, 0).Roots, PersonNode, "a")
	if n == nil || n.Source != "y" || !n.Disputed || !slices.Equal(n.Alternatives, []string{"b"}) {
		t.Errorf("a = %+v, want placed under c by y, disputed, alternative b", n)
	}
}

func TestOrgChartBreaksCycles(t *testing.T) {
	ds := &Dataset{
		People: []Person{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "c", Name: "C"}, {ID: "d", Name: "D"}},
		ReportingLines: []ReportingLine{
			{Person: "a", ReportsTo: "b"}, {Person: "b", ReportsTo: "c"}, {Person: "c", ReportsTo: "a"},
			{Person: "d", ReportsTo: "d"}, // a line to oneself is a cycle of one, shown
		},
		Orgs: []Org{{ID: "x", Name: "X", Parent: "y"}, {ID: "y", Name: "Y", Parent: "x"}},
	}
	ds.Index()
	c := OrgChart(ds, 0)
	var got []string
	Walk(c.Roots, func(n, _ *Node) { got = append(got, n.ID) })
	if want := []string{"a", "c", "b", "d"}; !slices.Equal(got, want) {
		t.Errorf("people tree order %v, want %v (the cycle broken at a)", got, want)
	}
	if len(c.Orgs) != 0 {
		t.Errorf("organisations with nobody in them shown: %v", c.Orgs)
	}
}

func TestOrgChartOrganisations(t *testing.T) {
	c := OrgChart(chartFixture(), day("2025-03-10"))
	var got []string
	Walk(c.Orgs, func(n, parent *Node) {
		p := ""
		if parent != nil {
			p = parent.ID
		}
		got = append(got, n.Kind.String()+":"+n.ID+"<"+p)
	})
	// People first, by name, then sub-organisations; the empty team is
	// left out; Other Co stands on its own.
	want := []string{
		"org:acme<", "person:ceo<acme", "person:cpo<acme", "person:tmp<acme",
		"org:lab<acme", "person:boss<lab", "person:res<lab",
		"org:other<", "person:chief<other",
	}
	if !slices.Equal(got, want) {
		t.Errorf("organisations:\n got %v\nwant %v", got, want)
	}
}

func TestChartChanges(t *testing.T) {
	got := ChartChanges(chartFixture())
	var s []string
	for _, d := range got {
		s = append(s, FromDays(d).String())
	}
	// Line and role starts; line ends (exclusive days, or the day after a
	// month); role ends the day after.
	want := []string{"2025-02-01", "2025-03-10", "2025-03-11", "2025-04-01"}
	if !slices.Equal(s, want) {
		t.Errorf("ChartChanges = %v, want %v", s, want)
	}
}

func TestDiffCharts(t *testing.T) {
	ds := chartFixture()
	before, after := OrgChart(ds, day("2025-03-09")), OrgChart(ds, day("2025-04-01"))
	var got []string
	for _, c := range DiffCharts(before, after) {
		got = append(got, FormatChange(c, English))
	}
	want := []string{
		"+ Bea Boss, under Ada CEO",
		"→ Cy Researcher: Ada CEO → Bea Boss",
		"− Ed Contractor, was under Ada CEO",
		"→ Bea Boss: Other Co → Acme Lab",
		"− Ed Contractor, was in Acme",
		"+ Flo Chief, in Other Co",
	}
	if !slices.Equal(got, want) {
		t.Errorf("diff:\n got %q\nwant %q", got, want)
	}
	if len(DiffCharts(after, after)) != 0 {
		t.Error("a chart differs from itself")
	}
	if got := FormatChange(Change{Kind: Arrived, PersonName: "Ada CEO"}, French); got != "+ Ada CEO" {
		t.Errorf("root arrival = %q", got)
	}
}

func TestRenderChartText(t *testing.T) {
	got := RenderChartText(OrgChart(chartFixture(), day("2025-03-01")), English)
	want := `Org chart on Sat 1 Mar 2025

People (reporting lines)
Ada CEO — chief executive
├── Cy Researcher — researcher (disputed: also reported under Di Product)
└── Ed Contractor — contractor

Organisations
Acme — company
├── Ada CEO — chief executive
├── Di Product — chief product officer
├── Ed Contractor — contractor
└── Acme Lab — lab
    └── Cy Researcher — researcher
Other Co — company
└── Bea Boss — founder
`
	if got != want {
		t.Errorf("RenderChartText:\n%s\nwant:\n%s", got, want)
	}
	fr := RenderChartText(OrgChart(chartFixture(), day("2025-03-01")), French)
	if !strings.Contains(fr, "Cy Researcher — researcher (fr) (contesté : également rattaché à Di Product)") {
		t.Errorf("French chart:\n%s", fr)
	}
	empty := RenderChartText(OrgChart(&Dataset{}, 0), English)
	if strings.Count(empty, "(none)") != 2 {
		t.Errorf("empty chart:\n%s", empty)
	}
}

func TestChartJSON(t *testing.T) {
	b, err := json.Marshal(ChartJSON(OrgChart(chartFixture(), day("2025-03-01"))))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Date   string
		People []struct {
			ID       string
			Children []struct {
				ID           string
				Disputed     bool
				Alternatives []string
				Title        map[string]string
				Children     []any
			}
		}
		Organisations []struct{ ID, Kind string }
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.Date != "2025-03-01" || len(got.People) != 1 || got.People[0].ID != "ceo" || len(got.Organisations) != 2 {
		t.Fatalf("ChartJSON = %s", b)
	}
	res := got.People[0].Children[0]
	if res.ID != "res" || !res.Disputed || !slices.Equal(res.Alternatives, []string{"cpo"}) ||
		res.Title["en"] != "researcher" || res.Children == nil {
		t.Errorf("res = %+v in %s", res, b)
	}
}
