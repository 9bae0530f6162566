package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"timeline/data"
	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// newPeopleCmd is "timeline people": every person with their role on the
// last day of the timeline, their number of events and their first and
// last dates; as JSON, every person with all their roles and event ids.
func newPeopleCmd(e *env) *cobra.Command { return e.reportCmd("people", printPeople) }

// printPeople prints the people index.
func printPeople(a args, ds *model.Dataset, stdout io.Writer) error {
	rows := model.PeopleIndex(ds, lastDay(ds), a.lang)
	if a.format != "json" {
		return writeRows(stdout, ds, rows, a.lang)
	}
	out := make([]any, 0, len(rows))
	for _, r := range rows {
		p := ds.Person(r.ID)
		roles := make([]map[string]any, 0, len(p.Roles))
		for _, ro := range p.Roles {
			roles = append(roles, map[string]any{"org": ro.Org, "title": data.TextMap(ro.Title),
				"from": ro.From.String(), "to": ro.To.String()})
		}
		out = append(out, map[string]any{"id": r.ID, "name": r.Name, "roles": roles, "events": eventIDsOf(ds, r.Events)})
	}
	return writeJSON(stdout, out)
}

// newOrgsCmd is "timeline orgs": every organisation and the events that
// name it.
func newOrgsCmd(e *env) *cobra.Command { return e.reportCmd("orgs", printOrgs) }

// printOrgs prints the organisations index.
func printOrgs(a args, ds *model.Dataset, stdout io.Writer) error {
	rows := model.OrgIndex(ds, lastDay(ds), a.lang)
	if a.format != "json" {
		return writeRows(stdout, ds, rows, a.lang)
	}
	out := make([]any, 0, len(rows))
	for _, r := range rows {
		o := ds.Org(r.ID)
		out = append(out, map[string]any{"id": r.ID, "name": r.Name, "kind": o.Kind, "parent": o.Parent,
			"events": eventIDsOf(ds, r.Events)})
	}
	return writeJSON(stdout, out)
}

// lastDay is the day the indexes describe roles at: the timeline's last.
func lastDay(ds *model.Dataset) int32 {
	_, last := ds.Span()
	return last.LastDays()
}

// eventIDsOf returns the ids of the events at the indexes idx.
func eventIDsOf(ds *model.Dataset, idx []int32) []string {
	ids := make([]string, len(idx))
	for i, n := range idx {
		ids[i] = ds.Events[n].ID
	}
	return ids
}

// writeRows prints an index as aligned text: name, events, first and last
// dates (as honest as the events' dates: "late Aug 2025"), and the role or
// kind. Columns are padded by characters, so that French months line up.
func writeRows(w io.Writer, ds *model.Dataset, rows []model.EntityRow, lang locale.Lang) error {
	width, spanWidth := 0, 0
	spans := make([]string, len(rows))
	for i := range rows {
		r := &rows[i]
		width = max(width, len([]rune(r.Name)))
		spans[i] = "-"
		if len(r.Events) > 0 {
			spans[i] = present.EntitySpan(ds, r, lang)
		}
		spanWidth = max(spanWidth, len([]rune(spans[i])))
	}
	var b strings.Builder
	for i, r := range rows {
		pad := strings.Repeat(" ", width-len([]rune(r.Name)))
		spanPad := strings.Repeat(" ", spanWidth-len([]rune(spans[i])))
		line := fmt.Sprintf("%s%s  %3d  %s%s  %s", r.Name, pad, len(r.Events), spans[i], spanPad, r.Detail)
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
