package data

import "timeline/model"

// ChartJSON returns the chart ready for encoding/json: the date, and the
// people and organisation trees as nested nodes {id, name, kind, title,
// disputed, children}, with alternatives and accounts when disputed, and
// the cycle's ids where the chart breaks one.
func ChartJSON(c *model.Chart) any {
	return chartJSON{Date: model.FromDays(c.Day).String(), People: nodesJSON(c.Roots), Organisations: nodesJSON(c.Orgs)}
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

func nodesJSON(ns []*model.Node) []nodeJSON {
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
func TextMap(t model.Text) map[string]string {
	if t.IsZero() {
		return nil
	}
	m := map[string]string{}
	t.Each(func(lang, s string) { m[lang] = s })
	return m
}
