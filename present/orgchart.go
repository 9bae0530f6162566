package present

import (
	"strings"
	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// RenderChartText draws the chart as text trees: a heading with the date,
// the people tree, then the organisations. Branches are drawn by hand with
// box-drawing characters (the TUI uses lipgloss/tree; model stays standard
// library only). A disputed node says so, naming the other bosses.
func RenderChartText(c *model.Chart, lang locale.Lang) string {
	var b strings.Builder
	cat := i18n.For(lang)
	people, orgs, none := cat.T("charttext.people"), cat.T("charttext.orgs"), cat.T("chart.none")
	b.WriteString(cat.T("chart.heading", FormatDate(model.FromDays(c.Day), lang)) + "\n\n")
	for _, sec := range []struct {
		title string
		roots []*model.Node
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

func writeBranches(b *strings.Builder, ns []*model.Node, prefix string, lang locale.Lang) {
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
func NodeLabel(n *model.Node, lang locale.Lang) string {
	s := n.Name
	if t := n.Title.String(lang); t != "" {
		s += " — " + t
	}
	if len(n.Cycle) > 0 {
		s += " (" + i18n.For(lang).T("charttext.cycle", strings.Join(n.CycleNames, " → ")+" → "+n.CycleNames[0]) + ")"
	}
	if !n.Disputed {
		return s
	}
	cat := i18n.For(lang)
	if len(n.Alternatives) == 0 {
		word := cat.T("charttext.disputed")
		if strings.Contains(strings.ToLower(n.Title.String(lang)), word) {
			return s // the title says so already: "(his exact role is disputed)"
		}
		return s + " (" + word + ")"
	}
	return s + " (" + cat.T("chart.disputedalso", strings.Join(n.AlternativeNames, ", ")) + ")"
}

// FormatChange writes a change as a line of text with its mark:
// "→ Yann LeCun: Mark Zuckerberg → Alexandr Wang", "+ Nat Friedman, under
// Alexandr Wang", "− Ruben Mayer, was under Alexandr Wang".
func FormatChange(c model.Change, lang locale.Lang) string {
	cat := i18n.For(lang)
	under, was, top := cat.T("change.under"), cat.T("change.was"), cat.T("change.top")
	if c.InOrg {
		under, was = cat.T("change.in"), cat.T("change.wasin")
	}
	or := func(s string) string {
		if s == "" {
			return top
		}
		return s
	}
	switch c.Kind {
	case model.Arrived:
		if c.ToName == "" {
			return "+ " + c.PersonName
		}
		return "+ " + c.PersonName + under + c.ToName
	case model.Departed:
		if c.FromName == "" {
			return "− " + c.PersonName
		}
		return "− " + c.PersonName + was + c.FromName
	}
	return "→ " + c.PersonName + ": " + or(c.FromName) + " → " + or(c.ToName)
}
