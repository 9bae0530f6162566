package model

import (
	"strings"
	"testing"
	"timeline/locale"
)

func statsFixture() *Dataset {
	mk := func(id, date string, k Kind) Event {
		return Event{ID: id, Date: MustDate(date), Kind: k, Sources: []string{"s"}}
	}
	ds := &Dataset{Events: []Event{
		mk("a", "2025-06-12", Investment), // Thursday: week of Mon 9 Jun
		mk("b", "2025-06-15", Vendor),     // Sunday, same week
		mk("c", "2025-06-16", Vendor),     // Monday: next week
		mk("d", "2025-07", Layoff),        // month precision: 1 Jul, a Tuesday
		mk("e", "2025-07-02", Departure),
		mk("f", "2025-07-03", Departure),
	}}
	ds.Index()
	return ds
}

func TestStatsByWeek(t *testing.T) {
	tab := Stats(statsFixture(), false)
	var labels []string
	var totals []int
	for _, b := range tab.Buckets {
		labels = append(labels, b.Label)
		totals = append(totals, b.Total)
	}
	if got, want := strings.Join(labels, " "), "2025-06-09 2025-06-16 2025-06-23 2025-06-30"; got != want {
		t.Errorf("weeks %s, want %s", got, want)
	}
	if got, want := totals, []int{2, 1, 0, 3}; !equalInts(got, want) {
		t.Errorf("totals %v, want %v", got, want)
	}
	if tab.Total != 6 || tab.KindTotals[Departure] != 2 || tab.KindTotals[Vendor] != 2 || tab.Buckets[3].Counts[Layoff] != 1 {
		t.Errorf("table %+v", tab)
	}
	if l, n := tab.Busiest(); l != "2025-06-30" || n != 3 {
		t.Errorf("Busiest = %s %d", l, n)
	}
}

func TestStatsByMonth(t *testing.T) {
	tab := Stats(statsFixture(), true)
	if len(tab.Buckets) != 2 || tab.Buckets[0].Label != "2025-06" || tab.Buckets[0].Total != 3 || tab.Buckets[1].Total != 3 {
		t.Fatalf("months %+v", tab.Buckets)
	}
	if l, n := tab.Busiest(); l != "2025-06" || n != 3 {
		t.Errorf("Busiest = %s %d, want the earliest of a tie", l, n)
	}
	if l, n := Stats(&Dataset{}, true).Busiest(); l != "" || n != 0 {
		t.Errorf("empty Busiest = %q %d", l, n)
	}
}

func TestWeekStart(t *testing.T) {
	tests := []struct{ day, monday string }{
		{"2025-08-25", "2025-08-25"}, {"2025-08-31", "2025-08-25"}, {"2025-09-01", "2025-09-01"},
		{"1970-01-01", "1969-12-29"}, {"1969-12-28", "1969-12-22"},
	}
	for _, tt := range tests {
		if got := FromDays(WeekStart(day(tt.day))).String(); got != tt.monday {
			t.Errorf("WeekStart(%s) = %s, want %s", tt.day, got, tt.monday)
		}
	}
}

func TestRenderStatsText(t *testing.T) {
	got := RenderStatsText(Stats(statsFixture(), false), 60, locale.English)
	want := `Events per week (weeks start on Monday) — 6
 9 Jun 2025  ████████████████         2
16 Jun 2025  ████████                 1  vendor 1
23 Jun 2025                           0
30 Jun 2025  ████████████████████████ 3
Busiest week: 30 Jun 2025 (3)

By kind
departure       ████████████████████████ 2
hire                                     0
appointment                              0
reorganization                           0
vendor          ████████████████████████ 2
investment      ████████████             1
layoff          ████████████             1
policy                                   0
report                                   0
`
	if got != want {
		t.Errorf("RenderStatsText:\n%s\nwant:\n%s", got, want)
	}
	wide := RenderStatsText(Stats(statsFixture(), false), 80, locale.English)
	if !strings.Contains(wide, " 3  departure 2 · layoff 1\n") {
		t.Errorf("at 80 columns the kinds of each week are named:\n%s", wide)
	}
	for _, line := range strings.Split(got, "\n") {
		if runeLen(line) > 60 {
			t.Errorf("line wider than 60: %q", line)
		}
	}
	if got := RenderStatsText(Stats(&Dataset{}, false), 40, locale.French); !strings.Contains(got, "Aucun événement.") {
		t.Errorf("empty locale.French stats: %q", got)
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
