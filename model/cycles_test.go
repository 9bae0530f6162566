package model

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// cycleLine is a reporting line from from to to ("" for none).
func cycleLine(p, boss, from, to string) ReportingLine {
	l := ReportingLine{Person: p, ReportsTo: boss}
	if from != "" {
		l.From = MustDate(from)
	}
	if to != "" {
		l.To = MustDate(to)
	}
	return l
}

// cycleDataset has reporting cycles a→b→a and c→c, organisation cycles
// o1↔o2 and o3→o3, and the dated cases of lines that do or do not make a
// cycle, with everyone in a role.
func cycleDataset() *Dataset {
	ds := &Dataset{
		Orgs: []Org{{ID: "o1", Name: "Org One", Parent: "o2"}, {ID: "o2", Name: "Org Two", Parent: "o1"},
			{ID: "o3", Name: "Org Three", Parent: "o3"}, {ID: "o4", Name: "Org Four", Parent: "o1"}},
		ReportingLines: []ReportingLine{
			cycleLine("a", "b", "", ""), cycleLine("b", "a", "", ""), cycleLine("c", "c", "", ""),
			cycleLine("d", "a", "", ""), // under the cycle, not in it
			// A handover on the day: the first line ends when the second starts.
			cycleLine("p", "q", "2025-01-01", "2025-06-01"), cycleLine("q", "p", "2025-06-01", ""),
			// A line that ends within June lasts until its end: it meets
			// one that starts on 15 June.
			cycleLine("r", "s", "", "2025-06"), cycleLine("s", "r", "2025-06-15", ""),
			// Each two of these meet, never the three.
			cycleLine("v", "w", "2025-01-01", "2025-03-01"), cycleLine("w", "x", "2025-02-01", "2025-04-01"),
			cycleLine("x", "v", "2025-03-01", "2025-05-01"),
			// The same cycle twice, in two periods: one problem.
			cycleLine("m", "n", "", ""), cycleLine("n", "m", "2020-01-01", "2020-02-01"), cycleLine("n", "m", "2021-01-01", "2021-02-01"),
			// Two cycles sharing a person.
			cycleLine("e", "f", "", ""), cycleLine("f", "e", "", ""), cycleLine("f", "g", "", ""), cycleLine("g", "e", "", ""),
			// A line never in force (it ends before it starts) closes nothing.
			cycleLine("h", "i", "", ""), cycleLine("i", "h", "2025-06-01", "2025-05-01"),
		},
	}
	seen := map[string]bool{}
	for _, l := range ds.ReportingLines {
		for _, id := range []string{l.Person, l.ReportsTo} {
			if !seen[id] {
				seen[id] = true
				org := []string{"o1", "o2", "o3"}[len(ds.People)%3]
				ds.People = append(ds.People, Person{ID: id, Name: strings.ToUpper(id), Roles: []Role{{Org: org, Title: Plain("staff")}}})
			}
		}
	}
	ds.Index()
	return ds
}

// TestValidateCycles: one problem per cycle, naming its members, located
// at a line or an organisation of it; reporting lines make a cycle only
// when all are in force on a common day.
func TestValidateCycles(t *testing.T) {
	var got []string
	for _, p := range cycleDataset().Validate() {
		got = append(got, p.String())
	}
	want := []string{
		`orgs[0].parent: organisation parents form a cycle: "o1" → "o2" → "o1"`,
		`orgs[2].parent: organisation parents form a cycle: "o3" → "o3"`,
		`reporting_lines[0]: reporting lines form a cycle: "a" → "b" → "a" (in force together from the start)`,
		`reporting_lines[2]: reporting lines form a cycle: "c" → "c" (in force together from the start)`,
		`reporting_lines[14]: reporting lines form a cycle: among "e", "f", "g" (in force together from the start)`,
		`reporting_lines[11]: reporting lines form a cycle: "m" → "n" → "m" (in force together from 2020-01-01)`,
		`reporting_lines[6]: reporting lines form a cycle: "r" → "s" → "r" (in force together from 2025-06-15)`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOrgChartShowsCycles: on a day with cycles, every person in a line
// and every organisation with someone in it is in the chart, and the
// member where a cycle is broken says so, in the text and the JSON.
func TestOrgChartShowsCycles(t *testing.T) {
	ds := cycleDataset()
	c := OrgChart(ds, day("2025-06-20"))
	shown := map[string]bool{}
	Walk(c.Roots, func(n, _ *Node) { shown[n.ID] = true })
	for _, l := range ds.ReportingLines {
		if lineInForce(&l, c.Day) && (!shown[l.Person] || !shown[l.ReportsTo]) {
			t.Errorf("%s → %s is in force, and %v of them shown", l.Person, l.ReportsTo, shown)
		}
	}
	for id, want := range map[string][]string{"a": {"a", "b"}, "c": {"c"}, "e": {"e", "f"}, "r": {"r", "s"}} {
		if n := Find(c.Roots, PersonNode, id); n == nil || !slices.Equal(n.Cycle, want) {
			t.Errorf("%s: %+v, want the cycle %v", id, n, want)
		}
	}
	for _, id := range []string{"o1", "o2", "o3"} {
		if Find(c.Orgs, OrgNode, id) == nil {
			t.Errorf("organisation %s left out", id)
		}
	}
	if n := Find(c.Orgs, OrgNode, "o1"); n == nil || !slices.Equal(n.Cycle, []string{"o1", "o2"}) {
		t.Errorf("o1 = %+v, want the cycle o1, o2", n)
	}
}

// TestValidateCyclesBounded: a crafted ring of people, each line in force
// on a day of its own (no cycle, but every line in the ring's loop), is
// checked in bounded time, and the check says where it stopped.
func TestValidateCyclesBounded(t *testing.T) {
	const n = 50_000
	ds := &Dataset{}
	for i := 0; i < n; i++ {
		ds.ReportingLines = append(ds.ReportingLines, ReportingLine{Person: fmt.Sprint("p", i), ReportsTo: fmt.Sprint("p", (i+1)%n),
			From: FromDays(int32(i)), To: FromDays(int32(i + 1))})
	}
	start := time.Now()
	var stopped bool
	for _, p := range ds.cycleProblems() {
		stopped = stopped || strings.Contains(p.Msg, "too many dated lines")
		if strings.Contains(p.Msg, "form a cycle") {
			t.Errorf("a cycle in a ring whose lines never meet: %s", p)
		}
	}
	if !stopped {
		t.Error("the check of a ring past its budget did not say it stopped")
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the check took %v", d)
	}
}

func day(s string) int32 { return MustDate(s).Days() }
