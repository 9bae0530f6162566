package model

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Cycles in the dataset's hierarchies: reporting lines (a reports to b who
// reports to a, or c to c) and organisation parents (o1 under o2 under o1,
// or o3 under itself). They are mistakes in the data, which Validate
// reports one by one and the org chart shows (Node.Cycle) rather than
// leaving anyone out.
//
// Reporting lines have dates, so a cycle is a set of lines that are all in
// force on some day (lineInForce): a line to b that ends the day a line
// from b starts makes no cycle. Lines in force on a common day are in
// force together from the latest of their starts, so it is enough to look
// at the lines in force on each day a line starts, and at those with no
// start; and a cycle can only be made of lines whose people are in one
// cycle of the graph of all lines, whatever their dates, which is how the
// search stays short on large files.

// cycleCheckBudget bounds the work of looking for reporting cycles day by
// day: a file crafted with many dated lines in one big loop of people must
// not hold the load up. Past it, the check stops and says so.
const cycleCheckBudget = 1 << 26

// cycleProblems returns one problem per cycle of reporting lines in force
// together and per cycle of organisation parents, naming the members in
// order ("a" → "b" → "a"), or all of them when several cycles share people.
func (d *Dataset) cycleProblems() []Problem {
	var ps []Problem
	orgs := newIDGraph()
	for i := range d.Orgs {
		if o := &d.Orgs[i]; o.Parent != "" {
			orgs.edge(o.ID, o.Parent, i)
		}
	}
	for _, scc := range orgs.cycles(orgs.edges) {
		e := orgs.edges[scc.first]
		ps = append(ps, Problem{Field: fmt.Sprintf("orgs[%d].parent", e.label),
			Msg: "organisation parents form a cycle: " + scc.describe(orgs)})
	}
	return append(ps, d.reportingCycles()...)
}

// reportingCycles returns the problems of cycleProblems for reporting
// lines.
func (d *Dataset) reportingCycles() []Problem {
	g := newIDGraph()
	for i := range d.ReportingLines {
		l := &d.ReportingLines[i]
		if l.From.IsZero() || l.To.IsZero() || l.From.Days() < lineEnd(l.To) { // a line never in force is no link
			g.edge(l.Person, l.ReportsTo, i)
		}
	}
	// Only lines within a cycle of the undated graph can make one: the
	// search is among them alone.
	comp := g.components(g.edges)
	loops := newIDGraph()
	for _, e := range g.edges {
		if comp[e.from] >= 0 && comp[e.from] == comp[e.to] {
			loops.edge(g.ids[e.from], g.ids[e.to], e.label)
		}
	}
	g, inLoop := loops, loops.edges
	if len(inLoop) == 0 {
		return nil
	}
	// Each line's days in force, [start, end); the days to look at are
	// "no start" first, then each start, in order.
	const noStart, noEnd = math.MinInt32, math.MaxInt32
	type span struct{ start, end int32 }
	spans := make([]span, len(inLoop))
	var days []int32
	for i, e := range inLoop {
		l := &d.ReportingLines[e.label]
		spans[i] = span{noStart, noEnd}
		if !l.From.IsZero() {
			spans[i].start = l.From.Days()
		}
		if !l.To.IsZero() {
			spans[i].end = lineEnd(l.To)
		}
		days = append(days, spans[i].start)
	}
	slices.Sort(days)
	days = slices.Compact(days)
	var ps []Problem
	seen := map[string]bool{}
	work := 0
	for _, day := range days {
		if work += len(inLoop); work > cycleCheckBudget {
			ps = append(ps, Problem{Field: "reporting_lines",
				Msg: fmt.Sprintf("too many dated lines in loops to look for cycles on every day: looked until %s", FromDays(day))})
			break
		}
		live := newIDGraph() // the lines in force on day, alone
		for i, e := range inLoop {
			if spans[i].start <= day && day < spans[i].end {
				live.edge(g.ids[e.from], g.ids[e.to], e.label)
			}
		}
		work += 8 * len(live.edges)
		for _, scc := range live.cycles(live.edges) {
			key := scc.key(live)
			if seen[key] {
				continue
			}
			seen[key] = true
			when := "from the start"
			if day != noStart {
				when = "from " + FromDays(day).String()
			}
			ps = append(ps, Problem{Field: fmt.Sprintf("reporting_lines[%d]", live.edges[scc.first].label),
				Msg: "reporting lines form a cycle: " + scc.describe(live) + " (in force together " + when + ")"})
		}
	}
	return ps
}

// idGraph is a directed graph over string ids, numbered as they come.
type idGraph struct {
	num   map[string]int32
	ids   []string
	edges []idEdge
}

// idEdge is an edge from one id to another, labelled with the index of
// the line or organisation it comes from.
type idEdge struct {
	from, to int32
	label    int
}

func newIDGraph() *idGraph { return &idGraph{num: map[string]int32{}} }

func (g *idGraph) id(s string) int32 {
	if n, ok := g.num[s]; ok {
		return n
	}
	g.num[s] = int32(len(g.ids))
	g.ids = append(g.ids, s)
	return int32(len(g.ids) - 1)
}

func (g *idGraph) edge(from, to string, label int) {
	f, t := g.id(from), g.id(to)
	g.edges = append(g.edges, idEdge{from: f, to: t, label: label})
}

// components returns, for each id, the number of its strongly connected
// component under edges when that component holds a cycle (more than one
// id, or an edge from an id to itself), else -1. It is Tarjan's algorithm
// without recursion, so that a chain of a million people cannot exhaust
// the stack.
func (g *idGraph) components(edges []idEdge) []int32 {
	n := len(g.ids)
	start := make([]int32, n+1) // edges by origin, as in a CSR matrix
	for _, e := range edges {
		start[e.from+1]++
	}
	for i := 1; i <= n; i++ {
		start[i] += start[i-1]
	}
	to := make([]int32, len(edges))
	fill := slices.Clone(start[:n])
	self := make([]bool, n)
	for _, e := range edges {
		to[fill[e.from]] = e.to
		fill[e.from]++
		self[e.from] = self[e.from] || e.from == e.to
	}
	const unvisited = -1
	index, low := make([]int32, n), make([]int32, n)
	for i := range index {
		index[i] = unvisited
	}
	onStack := make([]bool, n)
	comp := make([]int32, n)
	var stack []int32
	type frame struct{ v, next int32 }
	var calls []frame
	counter, comps := int32(0), int32(0)
	for root := range int32(n) {
		if index[root] != unvisited {
			continue
		}
		calls = append(calls, frame{root, start[root]})
		index[root], low[root] = counter, counter
		counter++
		stack = append(stack, root)
		onStack[root] = true
		for len(calls) > 0 {
			f := &calls[len(calls)-1]
			if f.next < start[f.v+1] {
				w := to[f.next]
				f.next++
				switch {
				case index[w] == unvisited:
					index[w], low[w] = counter, counter
					counter++
					stack = append(stack, w)
					onStack[w] = true
					calls = append(calls, frame{w, start[w]})
				case onStack[w]:
					low[f.v] = min(low[f.v], index[w])
				}
				continue
			}
			v := f.v
			calls = calls[:len(calls)-1]
			if len(calls) > 0 {
				p := calls[len(calls)-1].v
				low[p] = min(low[p], low[v])
			}
			if low[v] != index[v] {
				continue
			}
			i := len(stack) - 1
			for stack[i] != v {
				i--
			}
			members := stack[i:]
			id := int32(-1)
			if len(members) > 1 || self[v] {
				id = comps
				comps++
			}
			for _, m := range members {
				onStack[m] = false
				comp[m] = id
			}
			stack = stack[:i]
		}
	}
	return comp
}

// idCycle is a component of a graph that holds a cycle: its ids in order
// along the cycle when it is one simple cycle, else sorted, and the index
// in the edges searched of the edge from its first id.
type idCycle struct {
	members []int32
	simple  bool
	first   int
}

// cycles returns the components of edges that hold a cycle, each starting
// at its smallest id.
func (g *idGraph) cycles(edges []idEdge) []idCycle {
	comp := g.components(edges)
	byComp := map[int32][]int{} // edges inside each component
	for i, e := range edges {
		if c := comp[e.from]; c >= 0 && c == comp[e.to] {
			byComp[c] = append(byComp[c], i)
		}
	}
	var out []idCycle
	for c := range int32(len(byComp)) {
		es := byComp[c]
		next := map[int32]int{} // the edge from each member, when it has one only
		simple := true
		for _, i := range es {
			if _, dup := next[edges[i].from]; dup && edges[next[edges[i].from]].to != edges[i].to {
				simple = false
			}
			next[edges[i].from] = i
		}
		var members []int32
		for m := range next {
			members = append(members, m)
		}
		slices.SortFunc(members, func(a, b int32) int { return strings.Compare(g.ids[a], g.ids[b]) })
		cy := idCycle{members: members, simple: simple, first: next[members[0]]}
		if simple {
			cy.members = []int32{members[0]}
			for x := edges[next[members[0]]].to; x != members[0]; x = edges[next[x]].to {
				cy.members = append(cy.members, x)
			}
		}
		out = append(out, cy)
	}
	slices.SortFunc(out, func(a, b idCycle) int { return strings.Compare(g.ids[a.members[0]], g.ids[b.members[0]]) })
	return out
}

// key identifies the cycle's members, whatever the lines that join them.
func (c idCycle) key(g *idGraph) string {
	ids := make([]string, len(c.members))
	for i, m := range c.members {
		ids[i] = g.ids[m]
	}
	slices.Sort(ids)
	return strings.Join(ids, "\x00")
}

// describe names the members: "a" → "b" → "a" along a simple cycle, else
// "among "a", "b", "c"".
func (c idCycle) describe(g *idGraph) string {
	var parts []string
	for _, m := range c.members {
		parts = append(parts, fmt.Sprintf("%q", g.ids[m]))
	}
	if !c.simple {
		return "among " + strings.Join(parts, ", ")
	}
	return strings.Join(append(parts, parts[0]), " → ")
}

// placingLine returns which of the accounts in force for person the chart
// places them by: the first undisputed one, else the first; a line to
// oneself only when there is no other (it then shows as a cycle of one).
func placingLine(person string, acc []Account) int {
	best := -1
	for i, a := range acc {
		switch {
		case a.ReportsTo == person:
		case best < 0:
			best = i
		case acc[best].Disputed && !a.Disputed:
			best = i
		}
		if best >= 0 && !acc[best].Disputed {
			break
		}
	}
	return max(best, 0)
}

// markCycles sets Node.Cycle on the member of each cycle where forest
// broke it.
func markCycles(nodes map[string]*Node, cycles [][]string, name func(id string) string) {
	for _, c := range cycles {
		n := nodes[c[0]]
		n.Cycle = c
		n.CycleNames = make([]string, len(c))
		for i, id := range c {
			n.CycleNames[i] = name(id)
		}
	}
}
