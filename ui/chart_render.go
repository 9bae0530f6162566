package ui

import (
	"sort"
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/tree"
	"github.com/charmbracelet/x/ansi"

	"timeline/i18n"
	"timeline/model"
	"timeline/present"
)

// chartLines draws the organisation as of day, with lipgloss/tree, in
// width columns. First it lists what changed that day, arrivals (+),
// departures (−, with why the person left when the data says) and moves
// (→), so that stepping with [ and ] says what each step brought; for a
// reorganization on that day it then draws the charts of the day before
// and of the day side by side (stacked when narrow). Disputed reporting
// lines are marked and both accounts named. A line too long for the width
// ends with "…".
func chartLines(ds *model.Dataset, day int32, reorg bool, width int, cat i18n.Catalog, st *styles) []string {
	lang := cat.Lang()
	after := model.OrgChart(ds, day)
	before := model.OrgChart(ds, day-1)
	changes := model.DiffCharts(before, after)
	out := []string{st.heading.Render(cat.T("chart.on", present.FormatDate(model.FromDays(day), lang)))}
	roles := present.RoleChanges(before, after, changes, lang)
	out = append(out, "", st.label.Render(cat.T("chart.changedon", present.FormatShortDate(model.FromDays(day), lang))))
	if len(changes) == 0 && len(roles) == 0 {
		out = append(out, st.dim.Render(cat.T("chart.nochangeday")))
	}
	for _, c := range changes {
		out = append(out, present.ChangeLine(ds, c, day, lang))
	}
	out = append(out, roles...)
	out = append(out, "")
	if !reorg {
		out = append(out, strings.Split(renderChart(after, ds, cat, st), "\n")...)
		return cutAll(append(out, disputeLines(ds, after, width, cat, st)...), width)
	}
	left := st.heading.Render(cat.T("chart.before", present.FormatDate(model.FromDays(day-1), lang))) + "\n\n" + renderPeople(before, cat, st)
	right := st.heading.Render(cat.T("chart.after", present.FormatDate(model.FromDays(day), lang))) + "\n\n" + renderPeople(after, cat, st)
	if half := (width - 3) / 2; width >= 100 {
		// Side by side: each tree gets half the width, long labels cut.
		out = append(out, strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, cutLines(left, half), "   ", cutLines(right, half)), "\n")...)
	} else {
		out = append(out, strings.Split(left+"\n\n"+right, "\n")...)
	}
	out = append(out, disputeLines(ds, after, width, cat, st)...)
	out = append(out, "", st.heading.Render(cat.T("chart.orgs")))
	return cutAll(append(out, strings.Split(renderTrees(after.Orgs, cat, st), "\n")...), width)
}

// cutAll cuts every line longer than width, with an ellipsis.
func cutAll(lines []string, width int) []string {
	for i, l := range lines {
		if cellWidth(l) > width {
			lines[i] = ansi.Truncate(l, width, "…")
		}
	}
	return lines
}

// renderChart draws the people tree, then the organisations.
func renderChart(c *model.Chart, ds *model.Dataset, cat i18n.Catalog, st *styles) string {
	return renderPeople(c, cat, st) + "\n\n" + st.heading.Render(cat.T("chart.orgs")) + "\n" + renderTrees(c.Orgs, cat, st)
}

// renderPeople draws who reports to whom.
func renderPeople(c *model.Chart, cat i18n.Catalog, st *styles) string {
	if len(c.Roots) == 0 {
		return st.dim.Render(cat.T("chart.empty"))
	}
	return st.label.Render(cat.T("chart.people")) + "\n" + renderTrees(c.Roots, cat, st)
}

// renderTrees draws nodes as trees, one after another.
func renderTrees(roots []*model.Node, cat i18n.Catalog, st *styles) string {
	parts := make([]string, 0, len(roots))
	for _, r := range roots {
		parts = append(parts, toTree(r, cat, st).String())
	}
	return strings.Join(parts, "\n")
}

// toTree converts a chart node to a lipgloss tree, marking a disputed node
// in words.
func toTree(n *model.Node, cat i18n.Catalog, st *styles) *tree.Tree {
	label := present.NodeLabel(n, cat.Lang())
	if n.Disputed {
		label = st.disputed.Render("! ") + label
	}
	t := tree.Root(label).EnumeratorStyle(st.dim.PaddingRight(1))
	for _, c := range n.Children {
		if len(c.Children) == 0 {
			cl := present.NodeLabel(c, cat.Lang())
			if c.Disputed {
				cl = st.disputed.Render("! ") + cl
			}
			t.Child(cl)
			continue
		}
		t.Child(toTree(c, cat, st))
	}
	return t
}

// disputeLines names both accounts of every disputed reporting line.
func disputeLines(ds *model.Dataset, c *model.Chart, width int, cat i18n.Catalog, st *styles) []string {
	var out []string
	model.Walk(c.Roots, func(n, _ *model.Node) {
		if !n.Disputed || len(n.Accounts) == 0 {
			return
		}
		if len(out) == 0 {
			out = append(out, "", st.heading.Render(cat.T("chart.disputed")))
		}
		for _, a := range n.Accounts {
			src := ""
			if s := ds.Source(a.Source); s != nil {
				src = s.Outlet
			}
			line := cat.T("chart.account", n.Name, ds.PersonName(a.ReportsTo), src)
			if note := a.Note.String(cat.Lang()); note != "" {
				line += " — " + note
			}
			out = append(out, strings.Split(lipgloss.Wrap("• "+line, max(width, 10), ""), "\n")...)
		}
	})
	return out
}

// chartStep returns the next (dir 1) or previous (dir -1) day at which the
// chart changes, or day itself when there is none.
func chartStep(changes []int32, day int32, dir int) int32 {
	if dir > 0 {
		i := sort.Search(len(changes), func(i int) bool { return changes[i] > day })
		if i < len(changes) {
			return changes[i]
		}
		return day
	}
	i := sort.Search(len(changes), func(i int) bool { return changes[i] >= day })
	if i > 0 {
		return changes[i-1]
	}
	return day
}

// cutLines cuts every line of s to exactly w columns.
func cutLines(s string, w int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = fit(l, w)
	}
	return strings.Join(lines, "\n")
}
