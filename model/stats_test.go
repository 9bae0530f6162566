package model_test

import (
	"strings"
	"testing"
	"timeline/model"
	"timeline/model/modeltest"
)

func statsFixture() *model.Dataset { return modeltest.Stats() }

func TestStatsByWeek(t *testing.T) {
	tab := model.Stats(statsFixture(), false)
	var labels []string
	var totals []int
	for _, b := range tab.Buckets {
		labels = append(labels, b.Label)
		totals = append(totals, b.Total)
	}
	if got, want := strings.Join(labels, " "), "2025-06-09 2025-06-16 2025-06-23 2025-06-30"; got != want {
		t.Errorf("weeks %s, want %s", got, want)
	}
	// The layoff known only to be in July is in no week: counting it in
	// the week of 1 July would make a month its first week.
	if got, want := totals, []int{2, 1, 0, 2}; !equalInts(got, want) {
		t.Errorf("totals %v, want %v", got, want)
	}
	if tab.Total != 6 || tab.KindTotals[model.Departure] != 2 || tab.KindTotals[model.Vendor] != 2 || tab.KindTotals[model.Layoff] != 1 ||
		tab.Buckets[3].Counts[model.Layoff] != 0 || tab.UnplacedTotal != 1 || tab.Unplaced[model.Layoff] != 1 {
		t.Errorf("table %+v", tab)
	}
	if l, n := tab.Busiest(); l != "2025-06-09" || n != 2 {
		t.Errorf("Busiest = %s %d, want the earliest of a tie", l, n)
	}
}

// TestStatsApproximate: an approximate day counts in its week, and the
// week says so; a month counts in a table of months, and a year in none.
func TestStatsApproximate(t *testing.T) {
	ds := &model.Dataset{Events: []model.Event{
		{ID: "exact", Date: model.MustDate("2025-08-25"), Kind: model.Departure},
		{ID: "late", Date: model.MustDate("2025-08-26"), Approximate: true, Kind: model.Departure},
		{ID: "month", Date: model.MustDate("2025-08"), Kind: model.Report},
		{ID: "year", Date: model.MustDate("2025"), Kind: model.Report},
	}}
	ds.Index()
	weeks := model.Stats(ds, false)
	last := weeks.Buckets[len(weeks.Buckets)-1]
	if last.Label != "2025-08-25" || last.Total != 2 || last.Approx != 1 || weeks.UnplacedTotal != 2 {
		t.Errorf("weeks: last bucket %+v, unplaced %d", last, weeks.UnplacedTotal)
	}
	months := model.Stats(ds, true)
	aug := months.Buckets[len(months.Buckets)-1]
	if aug.Label != "2025-08" || aug.Total != 3 || aug.Approx != 1 || months.UnplacedTotal != 1 || months.Unplaced[model.Report] != 1 {
		t.Errorf("months: August %+v, unplaced %d", aug, months.UnplacedTotal)
	}
}

func TestStatsByMonth(t *testing.T) {
	tab := model.Stats(statsFixture(), true)
	if len(tab.Buckets) != 2 || tab.Buckets[0].Label != "2025-06" || tab.Buckets[0].Total != 3 || tab.Buckets[1].Total != 3 || tab.UnplacedTotal != 0 {
		t.Fatalf("months %+v", tab.Buckets)
	}
	if l, n := tab.Busiest(); l != "2025-06" || n != 3 {
		t.Errorf("Busiest = %s %d, want the earliest of a tie", l, n)
	}
	if l, n := model.Stats(&model.Dataset{}, true).Busiest(); l != "" || n != 0 {
		t.Errorf("empty Busiest = %q %d", l, n)
	}
}

func TestWeekStart(t *testing.T) {
	tests := []struct{ day, monday string }{
		{"2025-08-25", "2025-08-25"}, {"2025-08-31", "2025-08-25"}, {"2025-09-01", "2025-09-01"},
		{"1970-01-01", "1969-12-29"}, {"1969-12-28", "1969-12-22"},
	}
	for _, tt := range tests {
		if got := model.FromDays(model.WeekStart(day(tt.day))).String(); got != tt.monday {
			t.Errorf("WeekStart(%s) = %s, want %s", tt.day, got, tt.monday)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestStatsDeepTime: a timeline of the universe is counted in spans of
// years, a bounded number of them, each event in the span of its year.
func TestStatsDeepTime(t *testing.T) {
	ds := &model.Dataset{}
	for i, d := range []string{"-13800000000", "-4600000000", "-0538800000", "-3500", "1969-07-20"} {
		ds.Events = append(ds.Events, model.Event{ID: string(rune('a' + i)), Date: model.MustDate(d), Kind: model.NoKind})
	}
	ds.Index()
	tab := model.Stats(ds, false)
	if tab.Years != 10_000_000 || len(tab.Buckets) > 10_000 || tab.Total != 5 || tab.KindTotals[model.NoKind] != 5 {
		t.Fatalf("spans of %d years, %d buckets, %d events, %d without a kind", tab.Years, len(tab.Buckets), tab.Total, tab.KindTotals[model.NoKind])
	}
	if first, last := tab.Buckets[0], tab.Buckets[len(tab.Buckets)-1]; first.Label != "-13800000000" || first.Total != 1 || last.Label != "0000" || last.Total != 1 {
		t.Errorf("first bucket %+v, last %+v", first, last)
	}
	for i := 1; i < len(tab.Buckets); i++ {
		if tab.Buckets[i].Start < tab.Buckets[i-1].Start {
			t.Fatalf("bucket %d starts before the one before it", i)
		}
	}
}
