package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestCLIPeopleJSON(t *testing.T) {
	code, out, errs := cliRun(t, "people", "--format", "json")
	if code != ExitOK || errs != "" {
		t.Fatalf("people --format json: exit %d, stderr %q", code, errs)
	}
	var people []struct {
		ID, Name string
		Roles    []struct {
			Org      string
			Title    map[string]string
			From, To string
		}
		Events []string
	}
	if err := json.Unmarshal([]byte(out), &people); err != nil {
		t.Fatalf("people JSON: %v\n%s", err, out)
	}
	for _, p := range people {
		if p.ID != "alexandr-wang" {
			continue
		}
		if p.Name != "Alexandr Wang" || len(p.Events) < 5 {
			t.Errorf("Wang: %q in %d events, want at least 5", p.Name, len(p.Events))
		}
		if len(p.Roles) == 0 || p.Roles[0].Org != "scale-ai" || p.Roles[0].Title["fr"] == "" || p.Roles[0].To != "2025-06-12" {
			t.Errorf("Wang's roles = %+v", p.Roles)
		}
		return
	}
	t.Error("alexandr-wang missing from people JSON")
}

func TestCLIPeopleAndOrgsText(t *testing.T) {
	code, out, _ := cliRun(t, "people")
	if code != ExitOK || !strings.Contains(out, "Alexandr Wang") || !strings.Contains(out, "Chief Product Officer · Meta") {
		t.Errorf("people: exit %d\n%s", code, out)
	}
	code, out, _ = cliRun(t, "orgs")
	if code != ExitOK || !strings.Contains(out, "TBD Lab") || !strings.Contains(out, "lab · Meta Superintelligence Labs (MSL)") {
		t.Errorf("orgs: exit %d\n%s", code, out)
	}
	code, out, _ = cliRun(t, "orgs", "--format", "json")
	var orgs []struct{ ID, Kind string }
	if err := json.Unmarshal([]byte(out), &orgs); code != ExitOK || err != nil || len(orgs) == 0 {
		t.Errorf("orgs json: exit %d, %v", code, err)
	}
}

func TestCLIOrgChartText(t *testing.T) {
	code, out, errs := cliRun(t, "orgchart", "--at", "2025-08-20")
	if code != ExitOK || errs != "" {
		t.Fatalf("orgchart: exit %d, stderr %q", code, errs)
	}
	lines := cliLines(out)
	wang, lecun := -1, -1
	for i, l := range lines {
		if strings.Contains(l, "── Alexandr Wang") && wang < 0 {
			wang = i
		}
		if strings.Contains(l, "── Yann LeCun") && lecun < 0 {
			lecun = i
		}
	}
	if wang < 0 || lecun <= wang {
		t.Fatalf("LeCun not below Wang:\n%s", out)
	}
	// LeCun hangs one level deeper than Wang.
	indent := func(s string) int { return strings.Index(s, "── ") }
	if indent(lines[lecun]) != indent(lines[wang])+4 {
		t.Errorf("LeCun is not Wang's child:\n%s\n%s", lines[wang], lines[lecun])
	}
}

func TestCLIOrgChartJSONDisputed(t *testing.T) {
	code, out, _ := cliRun(t, "orgchart", "--at=2025-08-01", "--format", "json")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	type node struct {
		ID       string
		Name     string
		Disputed bool
		Children []node
	}
	var chart struct {
		Date   string
		People []node
	}
	if err := json.Unmarshal([]byte(out), &chart); err != nil {
		t.Fatal(err)
	}
	var find func(ns []node) *node
	find = func(ns []node) *node {
		for i := range ns {
			if ns[i].ID == "yann-lecun" {
				return &ns[i]
			}
			if n := find(ns[i].Children); n != nil {
				return n
			}
		}
		return nil
	}
	if n := find(chart.People); n == nil || !n.Disputed {
		t.Errorf("no disputed yann-lecun node on %s:\n%s", chart.Date, out)
	}
	// YYYY-MM means the first day of the month.
	_, month, _ := cliRun(t, "orgchart", "--at", "2025-08", "--format", "json")
	if month != out {
		t.Error("--at 2025-08 differs from --at 2025-08-01")
	}
}

func TestCLIOrgChartBadAt(t *testing.T) {
	for _, args := range [][]string{
		{"orgchart"},
		{"orgchart", "--at", "2025"},
		{"orgchart", "--at", "2025-02-30"},
		{"orgchart", "--at", "yesterday"},
		{"orgchart", "--at", "2025-08-20", "--format", "csv"},
		{"orgchart", "2025-08-20"},
	} {
		code, out, errs := cliRun(t, args...)
		if code != ExitUsage || out != "" || !strings.HasPrefix(errs, "timeline: ") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2", args, code, out, errs)
		}
	}
}

func TestCLIStats(t *testing.T) {
	code, out, _ := cliRun(t, "stats")
	if code != ExitOK || !strings.Contains(out, "Busiest week: 25 Aug 2025") || !strings.Contains(out, "█") {
		t.Errorf("stats: exit %d\n%s", code, out)
	}
	code, out, _ = cliRun(t, "stats", "--format", "json")
	var st struct {
		Unit    string
		Total   int
		Busiest struct {
			Start string
			Total int
		}
	}
	if err := json.Unmarshal([]byte(out), &st); code != ExitOK || err != nil || st.Unit != "week" || st.Total == 0 || st.Busiest.Start != "2025-08-25" {
		t.Errorf("stats json: exit %d, %v, %+v", code, err, st)
	}
	if code, _, _ := cliRun(t, "stats", "extra"); code != ExitUsage {
		t.Errorf("stats extra: exit %d, want 2", code)
	}
}
