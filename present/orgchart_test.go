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
