package data_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"timeline/data"
	"timeline/model"
	"timeline/model/modeltest"
)

func TestChartJSON(t *testing.T) {
	b, err := json.Marshal(data.ChartJSON(model.OrgChart(modeltest.Chart(), model.MustDate("2025-03-01").Days())))
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

// TestChartJSONCycle: the member where the chart breaks a cycle carries
// the cycle's ids.
func TestChartJSONCycle(t *testing.T) {
	ds := &model.Dataset{
		People:         []model.Person{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}},
		ReportingLines: []model.ReportingLine{{Person: "a", ReportsTo: "b"}, {Person: "b", ReportsTo: "a"}},
	}
	ds.Index()
	b, _ := json.Marshal(data.ChartJSON(model.OrgChart(ds, 0)))
	if !strings.Contains(string(b), `"cycle":["a","b"]`) {
		t.Errorf("the JSON chart has no cycle: %s", b)
	}
}
