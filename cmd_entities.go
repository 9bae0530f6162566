package main

import (
	"fmt"
	"io"
	"strings"

	"timeline/data"
	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// cmdPeople prints the people index: every person with their role on the
// last day of the timeline, their number of events and their first and last
// dates; as JSON, every person with all their roles and event ids.
func cmdPeople(a args, stdout, stderr io.Writer) error {
	ds, err := loadNoArgs(a, "people", stderr)
	if err != nil {
		return err
	}
	switch a.format {
	case "", "text":
		return writeRows(stdout, model.PeopleIndex(ds, lastDay(ds), a.lang), a.lang)
	case "json":
		rows := model.PeopleIndex(ds, lastDay(ds), a.lang)
		out := make([]any, 0, len(rows))
		for _, r := range rows {
			p := ds.Person(r.ID)
			roles := make([]map[string]any, 0, len(p.Roles))
			for _, ro := range p.Roles {
				roles = append(roles, map[string]any{"org": ro.Org, "title": data.TextMap(ro.Title),
					"from": ro.From.String(), "to": ro.To.String()})
			}
			out = append(out, map[string]any{"id": r.ID, "name": r.Name, "roles": roles, "events": eventIDs(ds, r.Events)})
		}
		return writeJSON(stdout, out)
	}
	return badFormat(a, "people")
}

// cmdOrgs prints the organisations index.
func cmdOrgs(a args, stdout, stderr io.Writer) error {
	ds, err := loadNoArgs(a, "orgs", stderr)
	if err != nil {
		return err
	}
	rows := model.OrgIndex(ds, lastDay(ds), a.lang)
	switch a.format {
	case "", "text":
		return writeRows(stdout, rows, a.lang)
	case "json":
		out := make([]any, 0, len(rows))
		for _, r := range rows {
			o := ds.Org(r.ID)
			out = append(out, map[string]any{"id": r.ID, "name": r.Name, "kind": o.Kind, "parent": o.Parent,
				"events": eventIDs(ds, r.Events)})
		}
		return writeJSON(stdout, out)
	}
	return badFormat(a, "orgs")
}

// cmdOrgChart prints who reports to whom on the day given by --at.
func cmdOrgChart(a args, stdout, stderr io.Writer) error {
	if len(a.pos) > 0 {
		return usageError{a.cat.T("cli.unexpected", "orgchart", a.pos[0]) + " (--at DATE)"}
	}
	day, err := parseAt(a)
	if err != nil {
		return err
	}
	if a.format != "" && a.format != "text" && a.format != "json" {
		return badFormat(a, "orgchart")
	}
	ds, err := load(a, stderr)
	if err != nil {
		return err
	}
	c := model.OrgChart(ds, day)
	if a.format == "json" {
		return writeJSON(stdout, data.ChartJSON(c))
	}
	_, err = io.WriteString(stdout, present.RenderChartText(c, a.lang))
	return err
}

// cmdStats prints the events per kind per week.
func cmdStats(a args, stdout, stderr io.Writer) error {
	ds, err := loadNoArgs(a, "stats", stderr)
	if err != nil {
		return err
	}
	t := model.Stats(ds, false)
	switch a.format {
	case "", "text":
		_, err := io.WriteString(stdout, present.RenderStatsText(t, 80, a.lang))
		return err
	case "json":
		return writeJSON(stdout, t.JSON())
	}
	return badFormat(a, "stats")
}

// parseAt reads --at: YYYY-MM-DD, or YYYY-MM for the first day of the month.
func parseAt(a args) (int32, error) {
	s := a.at
	if s == "" {
		return 0, usageError{a.cat.T("cli.orgchartneedsat")}
	}
	if len(s) != 7 && len(s) != 10 {
		return 0, usageError{a.cat.T("cli.badat", s)}
	}
	d, err := model.ParseDate(s)
	if err != nil {
		return 0, usageError{"--at: " + err.Error()}
	}
	return d.Days(), nil
}

// loadNoArgs loads the dataset for a command that takes no argument.
func loadNoArgs(a args, cmd string, stderr io.Writer) (*model.Dataset, error) {
	if len(a.pos) > 0 {
		return nil, usageError{a.cat.T("cli.unexpected", cmd, a.pos[0])}
	}
	if a.format != "" && a.format != "text" && a.format != "json" {
		return nil, badFormat(a, cmd)
	}
	return load(a, stderr)
}

func badFormat(a args, cmd string) error {
	format := a.format
	return usageError{a.cat.T("cli.badformat", format, cmd, "text, json")}
}

// lastDay is the day the indexes describe roles at: the timeline's last.
func lastDay(ds *model.Dataset) int32 {
	_, last := ds.Span()
	return last.LastDays()
}

func eventIDs(ds *model.Dataset, idx []int32) []string {
	ids := make([]string, len(idx))
	for i, n := range idx {
		ids[i] = ds.Events[n].ID
	}
	return ids
}

// writeRows prints an index as aligned text: name, events, first and last
// dates, and the role or kind.
func writeRows(w io.Writer, rows []model.EntityRow, lang locale.Lang) error {
	width := 0
	for _, r := range rows {
		width = max(width, len([]rune(r.Name)))
	}
	var b strings.Builder
	for _, r := range rows {
		span := "-"
		if len(r.Events) > 0 {
			span = present.FormatShortDate(r.First, lang)
			if r.Last != r.First {
				span += " – " + present.FormatShortDate(r.Last, lang)
			}
		}
		pad := strings.Repeat(" ", width-len([]rune(r.Name)))
		line := fmt.Sprintf("%s%s  %3d  %-27s  %s", r.Name, pad, len(r.Events), span, r.Detail)
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
