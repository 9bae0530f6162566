package model

import "slices"

// The org chart is built from the dataset alone, nothing hard-coded, in two
// sections:
//
//   - People (Chart.Roots): who reports to whom, from the reporting lines in
//     force on the day. Only people who appear in such a line are shown; a
//     person with no boss that day is a root. A group with no line to the
//     rest (Scale AI's leadership, say) therefore stands on its own side.
//   - Organisations (Chart.Orgs): the organisation tree from the orgs'
//     parents, with under each organisation the people whose role that day
//     (Person.RoleAt) is in it. Organisations with nobody in them that day,
//     and no sub-organisation with somebody, are left out. This is where the
//     heads of groups with no reporting line in the data appear, with their
//     titles, without inferring lines the sources do not state.
//
// A reporting line is in force on day d when it has started (From is zero or
// From's first day ≤ d) and not yet ended. Its To is exclusive: for a day it
// is the day the line ended, which is the day the next line starts (LeCun's
// old lines end on 2025-08-19, the day his line to Wang starts). A To of a
// month or a year only says the line ended within that period, so the line
// is kept until the period is over, as Person.RoleAt keeps roles.
//
// When several lines are in force for one person, one is placed in the
// tree (the first undisputed one in dataset order, else the first) and the
// others are listed as alternatives; the node is disputed when any of them
// is. Children are sorted by name, then id; under an organisation the
// people come before the sub-organisations. Cycles in the data (A reports
// to B who reports to A, C to C; organisations likewise) are broken at the
// member with the smallest id, which becomes a root and carries the cycle
// (Node.Cycle), so that the chart shows it and leaves nobody out; Validate
// reports it (cycles.go).

// NodeKind says whether a chart node is a person or an organisation.
type NodeKind uint8

// The kinds of chart node.
const (
	PersonNode NodeKind = iota
	OrgNode
)

// String returns "person" or "org".
func (k NodeKind) String() string {
	if k == OrgNode {
		return "org"
	}
	return "person"
}

// Chart is who reports to whom on one day, and the organisations with their
// people.
type Chart struct {
	Day   int32   // days since 1970-01-01
	Roots []*Node // the people tree, from reporting lines
	Orgs  []*Node // the organisation tree, from parents and roles
}

// Node is a person or an organisation in a chart.
type Node struct {
	ID   string
	Name string
	// Title is a person's role that day (RoleAt), or an organisation's kind.
	Title Text
	Kind  NodeKind
	// Disputed is set when a reporting line in force for the person is
	// disputed; Alternatives then holds the other bosses' ids, if any, and
	// AlternativeNames their names.
	Disputed         bool
	Alternatives     []string
	AlternativeNames []string
	// Source is the id of the source of the line the node is placed by.
	Source string
	// Accounts lists every reporting line in force for the person, the
	// placed one first: the accounts a reader weighs when it is disputed.
	Accounts []Account
	// Cycle is set on the member of a cycle of reporting lines or parents
	// where the chart breaks it: the members' ids along the cycle, this
	// node first (a node that reports to itself is a cycle of one), and
	// CycleNames their names.
	Cycle      []string
	CycleNames []string
	Children   []*Node
}

// Account is one reporting line as a chart shows it.
type Account struct {
	ReportsTo string
	Source    string
	Disputed  bool
	Note      Text
}

// lineInForce reports whether l is in force on day.
func lineInForce(l *ReportingLine, day int32) bool {
	if !l.From.IsZero() && l.From.Days() > day {
		return false
	}
	return l.To.IsZero() || day < lineEnd(l.To)
}

// lineEnd returns the first day on which a line ending at to is over.
func lineEnd(to Date) int32 {
	if to.Precision == DayPrecision {
		return to.Days()
	}
	return to.LastDays() + 1
}

// OrgChart returns the chart on day (days since 1970-01-01).
func OrgChart(ds *Dataset, day int32) *Chart {
	return &Chart{Day: day, Roots: peopleTree(ds, day), Orgs: orgTree(ds, day)}
}

// peopleTree builds the reporting tree in force on day.
func peopleTree(ds *Dataset, day int32) []*Node {
	accounts := map[string][]Account{}
	var order []string
	for i := range ds.ReportingLines {
		l := &ds.ReportingLines[i]
		if !lineInForce(l, day) {
			continue
		}
		if _, seen := accounts[l.Person]; !seen {
			order = append(order, l.Person)
		}
		accounts[l.Person] = append(accounts[l.Person], Account{ReportsTo: l.ReportsTo, Source: l.Source, Disputed: l.Disputed, Note: l.Note})
	}
	nodes := map[string]*Node{}
	node := func(id string) *Node {
		if n, ok := nodes[id]; ok {
			return n
		}
		n := &Node{ID: id, Name: ds.PersonName(id), Kind: PersonNode}
		if p := ds.Person(id); p != nil {
			if r, ok := p.RoleAt(day); ok {
				n.Title = r.Title
			}
		}
		nodes[id] = n
		return n
	}
	parent := map[string]string{}
	for _, id := range order {
		acc := accounts[id]
		best := placingLine(id, acc)
		acc[0], acc[best] = acc[best], acc[0]
		n := node(id)
		n.Accounts = acc
		n.Source = acc[0].Source
		for _, a := range acc {
			n.Disputed = n.Disputed || a.Disputed
			if a.ReportsTo != acc[0].ReportsTo && !slices.Contains(n.Alternatives, a.ReportsTo) {
				n.Alternatives = append(n.Alternatives, a.ReportsTo)
				n.AlternativeNames = append(n.AlternativeNames, ds.PersonName(a.ReportsTo))
			}
		}
		parent[id] = acc[0].ReportsTo
		node(acc[0].ReportsTo)
	}
	parent, cycles := forest(parent)
	markCycles(nodes, cycles, ds.PersonName)
	return assemble(nodes, parent, nil)
}

// orgTree builds the organisation tree with the people in each on day.
func orgTree(ds *Dataset, day int32) []*Node {
	nodes := map[string]*Node{}
	parent := map[string]string{}
	for i := range ds.Orgs {
		o := &ds.Orgs[i]
		nodes[o.ID] = &Node{ID: o.ID, Name: o.Name, Title: Plain(o.Kind), Kind: OrgNode}
		if o.Parent != "" {
			parent[o.ID] = o.Parent
		}
	}
	for id, p := range parent {
		if nodes[p] == nil {
			delete(parent, id)
		}
	}
	parent, cycles := forest(parent)
	markCycles(nodes, cycles, func(id string) string { return nodes[id].Name })
	// People hang under their organisation; they are keyed apart from
	// organisations, whose ids may be the same strings.
	people := map[string][]*Node{}
	for i := range ds.People {
		p := &ds.People[i]
		r, ok := p.RoleAt(day)
		if !ok || nodes[r.Org] == nil {
			continue
		}
		people[r.Org] = append(people[r.Org], &Node{ID: p.ID, Name: p.Name, Title: r.Title, Kind: PersonNode})
	}
	roots := assemble(nodes, parent, people)
	return prune(roots)
}

// forest returns parent with every cycle broken at its smallest id, so that
// following parents always ends at a root, and the cycles it broke, each
// from its smallest id along the parents.
func forest(parent map[string]string) (map[string]string, [][]string) {
	out := make(map[string]string, len(parent))
	for k, v := range parent {
		out[k] = v
	}
	keys := sortedKeys(parent)
	var cycles [][]string
	state := map[string]uint8{} // 1 on the current path, 2 done
	for _, k := range keys {
		var path []string
		x := k
		for {
			if _, ok := out[x]; !ok || state[x] != 0 {
				break
			}
			state[x] = 1
			path = append(path, x)
			x = out[x]
		}
		if state[x] == 1 {
			cycle := slices.Clone(path[slices.Index(path, x):])
			low := slices.Index(cycle, slices.Min(cycle))
			cycles = append(cycles, append(cycle[low:], cycle[:low]...))
			delete(out, cycle[low])
		}
		for _, p := range path {
			state[p] = 2
		}
	}
	return out, cycles
}

// assemble links nodes into trees by parent, adds the extra children of each
// node first, sorts every level and returns the roots.
func assemble(nodes map[string]*Node, parent map[string]string, extra map[string][]*Node) []*Node {
	var roots []*Node
	for _, id := range sortedKeys(nodes) {
		n := nodes[id]
		if p, ok := parent[id]; ok && nodes[p] != nil {
			nodes[p].Children = append(nodes[p].Children, n)
		} else {
			roots = append(roots, n)
		}
	}
	for id, n := range nodes {
		sortNodes(n.Children)
		if ex := extra[id]; len(ex) > 0 {
			sortNodes(ex)
			n.Children = append(ex, n.Children...)
		}
	}
	sortNodes(roots)
	return roots
}

// prune drops organisations with nobody in them or below them.
func prune(ns []*Node) []*Node {
	out := ns[:0]
	for _, n := range ns {
		if n.Kind == OrgNode {
			n.Children = prune(n.Children)
			if len(n.Children) == 0 {
				continue
			}
		}
		out = append(out, n)
	}
	return out
}

func sortNodes(ns []*Node) {
	slices.SortFunc(ns, func(a, b *Node) int { return compareNames(a.Name, a.ID, b.Name, b.ID) })
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Walk calls f for every node of the trees, parents before children, with
// the node's parent (nil for a root).
func Walk(roots []*Node, f func(n, parent *Node)) {
	var walk func(ns []*Node, parent *Node)
	walk = func(ns []*Node, parent *Node) {
		for _, n := range ns {
			f(n, parent)
			walk(n.Children, n)
		}
	}
	walk(roots, nil)
}

// Find returns the first node with id and kind in the trees, or nil.
func Find(roots []*Node, kind NodeKind, id string) *Node {
	var found *Node
	Walk(roots, func(n, _ *Node) {
		if found == nil && n.Kind == kind && n.ID == id {
			found = n
		}
	})
	return found
}

// ChartChanges returns the sorted distinct days on which the chart may
// change: every start and end of a reporting line or a role, each as the
// first day the change is in effect.
func ChartChanges(ds *Dataset) []int32 {
	var days []int32
	for i := range ds.ReportingLines {
		l := &ds.ReportingLines[i]
		if !l.From.IsZero() {
			days = append(days, l.From.Days())
		}
		if !l.To.IsZero() {
			days = append(days, lineEnd(l.To))
		}
	}
	for i := range ds.People {
		for _, r := range ds.People[i].Roles {
			if !r.From.IsZero() {
				days = append(days, r.From.Days())
			}
			if !r.To.IsZero() {
				days = append(days, r.To.LastDays()+1)
			}
		}
	}
	slices.Sort(days)
	return slices.Compact(days)
}
