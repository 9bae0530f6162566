package present

import (
	"slices"
	"strings"
	"testing"

	"timeline/locale"
	"timeline/model"
	"timeline/model/modeltest"
)

func day(s string) int32 { return model.MustDate(s).Days() }

func TestDiffCharts(t *testing.T) {
	ds := modeltest.Chart()
	before, after := model.OrgChart(ds, day("2025-03-09")), model.OrgChart(ds, day("2025-04-01"))
	var got []string
	for _, c := range model.DiffCharts(before, after) {
		got = append(got, FormatChange(c, locale.English))
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
	if len(model.DiffCharts(after, after)) != 0 {
		t.Error("a chart differs from itself")
	}
	if got := FormatChange(model.Change{Kind: model.Arrived, PersonName: "Ada CEO"}, locale.French); got != "+ Ada CEO" {
		t.Errorf("root arrival = %q", got)
	}
}

func TestRenderChartText(t *testing.T) {
	got := RenderChartText(model.OrgChart(modeltest.Chart(), day("2025-03-01")), locale.English)
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
	fr := RenderChartText(model.OrgChart(modeltest.Chart(), day("2025-03-01")), locale.French)
	if !strings.Contains(fr, "Cy Researcher — researcher (fr) (contesté : également rattaché à Di Product)") {
		t.Errorf("French chart:\n%s", fr)
	}
	empty := RenderChartText(model.OrgChart(&model.Dataset{}, 0), locale.English)
	if strings.Count(empty, "(none)") != 2 {
		t.Errorf("empty chart:\n%s", empty)
	}
}

// TestRenderChartCycles: the member where the chart breaks a cycle says so,
// in both languages.
func TestRenderChartCycles(t *testing.T) {
	staff := []model.Role{{Title: model.Plain("staff")}}
	ds := &model.Dataset{
		People: []model.Person{{ID: "a", Name: "A", Roles: staff}, {ID: "b", Name: "B", Roles: staff}, {ID: "c", Name: "C", Roles: staff}},
		Orgs:   []model.Org{{ID: "o1", Name: "Org One", Parent: "o2"}, {ID: "o2", Name: "Org Two", Parent: "o1"}},
		ReportingLines: []model.ReportingLine{{Person: "a", ReportsTo: "b"}, {Person: "b", ReportsTo: "a"},
			{Person: "c", ReportsTo: "c"}},
	}
	for i := range ds.People {
		ds.People[i].Roles = []model.Role{{Org: "o1", Title: model.Plain("staff")}}
	}
	ds.Index()
	c := model.OrgChart(ds, day("2025-06-20"))
	text := RenderChartText(c, locale.English)
	for _, want := range []string{"A — staff (in a cycle: A → B → A)", "C — staff (in a cycle: C → C)",
		"Org One (in a cycle: Org One → Org Two → Org One)"} {
		if !strings.Contains(text, want) {
			t.Errorf("the chart does not say %q:\n%s", want, text)
		}
	}
	if fr := RenderChartText(c, locale.French); !strings.Contains(fr, "C — staff (dans un cycle : C → C)") {
		t.Errorf("the French chart:\n%s", fr)
	}
}
