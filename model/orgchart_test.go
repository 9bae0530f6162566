package model_test

import (
	"slices"
	"testing"
	"timeline/model"
	"timeline/model/modeltest"
)

func chartFixture() *model.Dataset { return modeltest.Chart() }

func day(s string) int32 { return model.MustDate(s).Days() }

// bossOf returns the id of the parent of person id in the people tree, ""
// for a root, and whether the person is there at all.
func bossOf(c *model.Chart, id string) (string, bool) {
	boss, found := "", false
	model.Walk(c.Roots, func(n, parent *model.Node) {
		if n.ID == id && n.Kind == model.PersonNode {
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
		c := model.OrgChart(ds, day(tt.day))
		boss, present := bossOf(c, tt.person)
		if present != tt.present || boss != tt.boss {
			t.Errorf("%s: %s under %q (present %v), want under %q (present %v)", tt.day, tt.person, boss, present, tt.boss, tt.present)
		}
	}
}

func TestOrgChartDisputed(t *testing.T) {
	c := model.OrgChart(chartFixture(), day("2025-03-01"))
	n := model.Find(c.Roots, model.PersonNode, "res")
	if n == nil {
		t.Fatal("res missing from the people tree")
	}
	if !n.Disputed || !slices.Equal(n.Alternatives, []string{"cpo"}) || !slices.Equal(n.AlternativeNames, []string{"Di Product"}) {
		t.Errorf("res: disputed %v, alternatives %v %v; want disputed, [cpo] [Di Product]", n.Disputed, n.Alternatives, n.AlternativeNames)
	}
	if n.Source != "s-seed" || len(n.Accounts) != 2 || n.Accounts[1].Source != "s-ars" {
		t.Errorf("res: source %q, accounts %+v", n.Source, n.Accounts)
	}
	after := model.Find(model.OrgChart(chartFixture(), day("2025-03-10")).Roots, model.PersonNode, "res")
	if after.Disputed || len(after.Alternatives) != 0 {
		t.Errorf("after the move res is still disputed: %+v", after)
	}
}

func TestOrgChartPrefersUndisputedLine(t *testing.T) {
	ds := &model.Dataset{
		People: []model.Person{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "c", Name: "C"}},
		ReportingLines: []model.ReportingLine{
			{Person: "a", ReportsTo: "b", Disputed: true, Source: "x"},
			{Person: "a", ReportsTo: "c", Source: "y"},
		},
	}
	ds.Index()
	n := model.Find(model.OrgChart(ds, 0).Roots, model.PersonNode, "a")
	if n == nil || n.Source != "y" || !n.Disputed || !slices.Equal(n.Alternatives, []string{"b"}) {
		t.Errorf("a = %+v, want placed under c by y, disputed, alternative b", n)
	}
}

func TestOrgChartBreaksCycles(t *testing.T) {
	ds := &model.Dataset{
		People: []model.Person{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "c", Name: "C"}, {ID: "d", Name: "D"}},
		ReportingLines: []model.ReportingLine{
			{Person: "a", ReportsTo: "b"}, {Person: "b", ReportsTo: "c"}, {Person: "c", ReportsTo: "a"},
			{Person: "d", ReportsTo: "d"}, // a line to oneself is a cycle of one, shown
		},
		Orgs: []model.Org{{ID: "x", Name: "X", Parent: "y"}, {ID: "y", Name: "Y", Parent: "x"}},
	}
	ds.Index()
	c := model.OrgChart(ds, 0)
	var got []string
	model.Walk(c.Roots, func(n, _ *model.Node) { got = append(got, n.ID) })
	if want := []string{"a", "c", "b", "d"}; !slices.Equal(got, want) {
		t.Errorf("people tree order %v, want %v (the cycle broken at a)", got, want)
	}
	if len(c.Orgs) != 0 {
		t.Errorf("organisations with nobody in them shown: %v", c.Orgs)
	}
}

func TestOrgChartOrganisations(t *testing.T) {
	c := model.OrgChart(chartFixture(), day("2025-03-10"))
	var got []string
	model.Walk(c.Orgs, func(n, parent *model.Node) {
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
	got := model.ChartChanges(chartFixture())
	var s []string
	for _, d := range got {
		s = append(s, model.FromDays(d).String())
	}
	// Line and role starts; line ends (exclusive days, or the day after a
	// month); role ends the day after.
	want := []string{"2025-02-01", "2025-03-10", "2025-03-11", "2025-04-01"}
	if !slices.Equal(s, want) {
		t.Errorf("ChartChanges = %v, want %v", s, want)
	}
}
