package present

import (
	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// ChangeLine writes a change of the chart on day with its mark and, for a
// departure, why the person left the chart when the data says: "− Ruben
// Mayer, was under Alexandr Wang: reporting line ended (Aug 2025)".
func ChangeLine(ds *model.Dataset, c model.Change, day int32, lang locale.Lang) string {
	s := FormatChange(c, lang)
	if c.Kind != model.Departed {
		return s
	}
	if why := departureReason(ds, c, day, lang); why != "" {
		s += i18n.For(lang).T("change.why", why)
	}
	return s
}

// departureReason says why a person is no longer on the chart on day:
// their reporting line ended the day before, their role at the
// organisation did, or (in the people tree) no one reports to them any
// more; "" when none of these is so.
func departureReason(ds *model.Dataset, c model.Change, day int32, lang locale.Lang) string {
	cat := i18n.For(lang)
	if c.InOrg {
		if p := ds.Person(c.Person); p != nil {
			for _, r := range p.Roles {
				if r.Org == c.From && !r.To.IsZero() && r.To.LastDays()+1 == day {
					return cat.T("change.roleended", FormatShortDate(r.To, lang))
				}
			}
		}
		return ""
	}
	for i := range ds.ReportingLines {
		l := &ds.ReportingLines[i]
		if l.Person == c.Person && !l.To.IsZero() && lineEnd(l.To) == day {
			return cat.T("change.lineended", FormatShortDate(l.To, lang))
		}
	}
	for i := range ds.ReportingLines {
		l := &ds.ReportingLines[i]
		if l.ReportsTo == c.Person && !l.To.IsZero() && lineEnd(l.To) == day {
			return cat.T("change.noreports")
		}
	}
	return ""
}

// lineEnd returns the first day on which a reporting line ending at to is
// over, as the chart counts it: the day itself for a day (the day the next
// line starts), the day after the month or year for a coarser date.
func lineEnd(to model.Date) int32 {
	if to.Precision == model.DayPrecision {
		return to.Days()
	}
	return to.LastDays() + 1
}

// RoleChanges writes the people whose role changed from one chart to the
// next while they kept their place, "→ Alexandr Wang, role: Chief AI
// Officer → Chief AI Officer of Meta; also leads TBD Lab", each once, in
// the order of the later chart: a step of the chart that moves nobody may
// still change what someone does. People the changes already name (an
// arrival, a departure, a move) are left out.
func RoleChanges(before, after *model.Chart, changes []model.Change, lang locale.Lang) []string {
	was := map[string]string{}
	collect := func(roots []*model.Node, into map[string]string) {
		model.Walk(roots, func(n, _ *model.Node) {
			if n.Kind == model.PersonNode {
				if _, seen := into[n.ID]; !seen {
					into[n.ID] = n.Title.String(lang)
				}
			}
		})
	}
	collect(before.Roots, was)
	collect(before.Orgs, was)
	now := map[string]string{}
	for _, c := range changes {
		now[c.Person] = ""
	}
	var out []string
	cat := i18n.For(lang)
	model.Walk(append(append([]*model.Node(nil), after.Roots...), after.Orgs...), func(n, _ *model.Node) {
		if n.Kind != model.PersonNode {
			return
		}
		if _, seen := now[n.ID]; seen {
			return
		}
		title := n.Title.String(lang)
		now[n.ID] = title
		if old, ok := was[n.ID]; ok && old != title && old != "" && title != "" {
			out = append(out, cat.T("change.role", n.Name, old, title))
		}
	})
	return out
}
