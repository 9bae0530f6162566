package data

import (
	"slices"
	"strings"
	"testing"

	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

func chartOn(t *testing.T, ds *model.Dataset, date string) *model.Chart {
	t.Helper()
	return model.OrgChart(ds, model.MustDate(date).Days())
}

// parentOf returns the id of the node above person id in the people tree,
// and whether the person is there.
func parentOf(c *model.Chart, id string) (string, bool) {
	boss, found := "", false
	model.Walk(c.Roots, func(n, parent *model.Node) {
		if n.Kind == model.PersonNode && n.ID == id {
			found = true
			if parent != nil {
				boss = parent.ID
			}
		}
	})
	return boss, found
}

func TestBundledChartAfterReorganization(t *testing.T) {
	ds := loadBundled(t)
	c := chartOn(t, ds, "2025-08-20")
	for person, boss := range map[string]string{
		"yann-lecun":    "alexandr-wang",
		"nat-friedman":  "alexandr-wang",
		"shengjia-zhao": "alexandr-wang",
		"alexandr-wang": "mark-zuckerberg",
	} {
		if got, ok := parentOf(c, person); !ok || got != boss {
			t.Errorf("2025-08-20: %s under %q (present %v), want %s", person, got, ok, boss)
		}
	}
	if n := model.Find(c.Roots, model.PersonNode, "yann-lecun"); n.Disputed {
		t.Errorf("LeCun's line to Wang is marked disputed: %+v", n)
	}
	// The four groups sit under MSL in the organisations section.
	msl := model.Find(c.Orgs, model.OrgNode, "msl")
	if msl == nil {
		t.Fatal("MSL missing from the organisations")
	}
	var groups []string
	for _, ch := range msl.Children {
		if ch.Kind == model.OrgNode {
			groups = append(groups, ch.ID)
		}
	}
	if want := []string{"fair", "msl-infra", "products-applied-research", "tbd-lab"}; !slices.Equal(groups, want) {
		t.Errorf("groups under MSL = %v, want %v", groups, want)
	}
	text := present.RenderChartText(c, locale.English)
	if !strings.Contains(text, "└── Alexandr Wang") || !strings.Contains(text, "    └── Yann LeCun") {
		t.Errorf("chart text:\n%s", text)
	}
}

func TestBundledChartBeforeReorganization(t *testing.T) {
	ds := loadBundled(t)
	c := chartOn(t, ds, "2025-08-01")
	n := model.Find(c.Roots, model.PersonNode, "yann-lecun")
	if n == nil {
		t.Fatal("LeCun missing on 2025-08-01")
	}
	if boss, _ := parentOf(c, "yann-lecun"); boss != "mark-zuckerberg" || !n.Disputed ||
		!slices.Equal(n.Alternatives, []string{"chris-cox"}) {
		t.Errorf("LeCun on 2025-08-01: under %s, disputed %v, alternatives %v; want Zuckerberg, disputed, [chris-cox]", boss, n.Disputed, n.Alternatives)
	}
	var sources []string
	for _, a := range n.Accounts {
		sources = append(sources, a.Source)
	}
	if want := []string{"usine-digitale", "ft-lecun-exit"}; !slices.Equal(sources, want) {
		t.Errorf("LeCun's accounts cite %v, want %v", sources, want)
	}
	if !strings.Contains(present.RenderChartText(c, locale.English), "(disputed: also reported under Chris Cox)") {
		t.Error("the text chart does not name Cox's account")
	}
}

func TestBundledChartWang(t *testing.T) {
	ds := loadBundled(t)
	// Before 30 June Wang heads only Mayer's (disputed) line: a root.
	if boss, _ := parentOf(chartOn(t, ds, "2025-06-29"), "alexandr-wang"); boss != "" {
		t.Errorf("Wang under %q before 2025-06-30", boss)
	}
	if boss, _ := parentOf(chartOn(t, ds, "2025-06-30"), "alexandr-wang"); boss != "mark-zuckerberg" {
		t.Errorf("Wang on 2025-06-30 under %q, want mark-zuckerberg", boss)
	}
	// Scale AI's leadership stands on its own side: no line ties it to Meta.
	c := chartOn(t, ds, "2025-07-16")
	scale := model.Find(c.Orgs, model.OrgNode, "scale-ai")
	if scale == nil || model.Find(scale.Children, model.PersonNode, "jason-droege") == nil {
		t.Errorf("Scale AI with Jason Droege missing from the organisations")
	}
	if _, ok := parentOf(c, "jason-droege"); ok {
		t.Error("Droege in the people tree, with no reporting line in the data")
	}
}

func TestBundledChartDiffAndChanges(t *testing.T) {
	ds := loadBundled(t)
	changes := model.ChartChanges(ds)
	if !slices.Contains(changes, model.MustDate("2025-08-19").Days()) {
		t.Errorf("ChartChanges lacks 2025-08-19: %v", changes)
	}
	if !slices.IsSorted(changes) {
		t.Error("ChartChanges not sorted")
	}
	diff := model.DiffCharts(chartOn(t, ds, "2025-08-18"), chartOn(t, ds, "2025-08-19"))
	found := false
	for _, c := range diff {
		if c.Kind == model.Moved && !c.InOrg && c.Person == "yann-lecun" {
			found = c.From == "mark-zuckerberg" && c.To == "alexandr-wang"
		}
	}
	if !found {
		t.Errorf("no move of LeCun from Zuckerberg to Wang across 2025-08-19: %+v", diff)
	}
}
