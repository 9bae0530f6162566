package model

import "strings"

// RenderChartText draws the chart as text trees: a heading with the date,
// the people tree, then the organisations. Branches are drawn by hand with
// box-drawing characters (the TUI uses lipgloss/tree; model stays standard
// library only). A disputed node says so, naming the other bosses.
func RenderChartText(c *Chart, lang Lang) string {
	var b strings.Builder
	heading, people, orgs, none := "Org chart on ", "People (reporting lines)", "Organisations", "(none)"
	if lang == French {
		heading, people, orgs, none = "Organigramme au ", "Personnes (liens hiérarchiques)", "Organisations", "(aucune)"
	}
	b.WriteString(heading + FormatDate(FromDays(c.Day), lang) + "\n\n")
	for _, sec := range []struct {
		title string
		roots []*Node
	}{{people, c.Roots}, {orgs, c.Orgs}} {
		b.WriteString(sec.title + "\n")
		if len(sec.roots) == 0 {
			b.WriteString("  " + none + "\n")
		}
		for _, r := range sec.roots {
			b.WriteString(NodeLabel(r, lang) + "\n")
			writeBranches(&b, r.Children, "", lang)
		}
		if sec.title == people {
			b.WriteString("\n")
		}
	}
	return b.String()
}

func writeBranches(b *strings.Builder, ns []*Node, prefix string, lang Lang) {
	for i, n := range ns {
		branch, next := "├── ", "│   "
		if i == len(ns)-1 {
			branch, next = "└── ", "    "
		}
		b.WriteString(prefix + branch + NodeLabel(n, lang) + "\n")
		writeBranches(b, n.Children, prefix+next, lang)
	}
}

// NodeLabel is a node as one line: the name, the title after an em dash, the
// cycle the node is where the chart breaks, "(in a cycle: Ann → Bob → Ann)",
// and the dispute mark, "(disputed: also reported under Chris Cox)".
func NodeLabel(n *Node, lang Lang) string {
	s := n.Name
	if t := n.Title.String(lang); t != "" {
		s += " — " + t
	}
	if len(n.Cycle) > 0 {
		in := "in a cycle: "
		if lang == French {
			in = "dans un cycle : "
		}
		s += " (" + in + strings.Join(n.CycleNames, " → ") + " → " + n.CycleNames[0] + ")"
	}
	if !n.Disputed {
		return s
	}
	disputed, also := "disputed", ": also reported under "
	if lang == French {
		disputed, also = "contesté", " : également rattaché à "
	}
	if len(n.Alternatives) == 0 {
		return s + " (" + disputed + ")"
	}
	return s + " (" + disputed + also + strings.Join(n.AlternativeNames, ", ") + ")"
}

// ChartJSON returns the chart ready for encoding/json: the date, and the
// people and organisation trees as nested nodes {id, name, kind, title,
// disputed, children}, with alternatives and accounts when disputed, and
// the cycle's ids where the chart breaks one.
func ChartJSON(c *Chart) any {
	return chartJSON{Date: FromDays(c.Day).String(), People: nodesJSON(c.Roots), Organisations: nodesJSON(c.Orgs)}
}

// chartJSON is a chart as encoded: the people first, as in the text.
type chartJSON struct {
	Date          string     `json:"date"`
	People        []nodeJSON `json:"people"`
	Organisations []nodeJSON `json:"organisations"`
}

// nodeJSON is a chart node as encoded; field names are those of the CLI.
type nodeJSON struct {
	ID           string            `json:"id"`
	Name         string            `json:"name"`
	Kind         string            `json:"kind"`
	Title        map[string]string `json:"title,omitempty"`
	Disputed     bool              `json:"disputed"`
	Alternatives []string          `json:"alternatives,omitempty"`
	Source       string            `json:"source,omitempty"`
	Accounts     []accountJSON     `json:"accounts,omitempty"`
	Cycle        []string          `json:"cycle,omitempty"`
	Children     []nodeJSON        `json:"children"`
}

type accountJSON struct {
	ReportsTo string            `json:"reports_to"`
	Source    string            `json:"source"`
	Disputed  bool              `json:"disputed"`
	Note      map[string]string `json:"note,omitempty"`
}

func nodesJSON(ns []*Node) []nodeJSON {
	out := make([]nodeJSON, 0, len(ns))
	for _, n := range ns {
		j := nodeJSON{ID: n.ID, Name: n.Name, Kind: n.Kind.String(), Disputed: n.Disputed,
			Title: TextMap(n.Title), Alternatives: n.Alternatives, Source: n.Source, Cycle: n.Cycle, Children: nodesJSON(n.Children)}
		if n.Disputed {
			for _, a := range n.Accounts {
				j.Accounts = append(j.Accounts, accountJSON{ReportsTo: a.ReportsTo, Source: a.Source, Disputed: a.Disputed, Note: TextMap(a.Note)})
			}
		}
		out = append(out, j)
	}
	return out
}

// TextMap returns a text as a map of language to string, or nil when it is
// empty, for encoding.
func TextMap(t Text) map[string]string {
	if t.IsZero() {
		return nil
	}
	m := map[string]string{}
	t.Each(func(lang, s string) { m[lang] = s })
	return m
}
