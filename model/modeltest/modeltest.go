// Package modeltest holds small datasets that tests of several packages
// share: the domain's computations and their presentation are checked on
// the same data.
package modeltest

import "timeline/model"

// Chart is a small company: a CEO, a boss whose line starts on
// 2025-03-10, a researcher whose line moves from the CEO (and, disputed,
// the CPO) to the boss that day, a contractor whose line ends within
// March, and a separate company with its own chief.
func Chart() *model.Dataset {
	role := func(org, title, from, to string) model.Role {
		r := model.Role{Org: org, Title: model.Text{En: title, Fr: title + " (fr)"}}
		if from != "" {
			r.From = model.MustDate(from)
		}
		if to != "" {
			r.To = model.MustDate(to)
		}
		return r
	}
	line := func(p, boss, from, to, src string, disputed bool) model.ReportingLine {
		l := model.ReportingLine{Person: p, ReportsTo: boss, Source: src, Disputed: disputed}
		if from != "" {
			l.From = model.MustDate(from)
		}
		if to != "" {
			l.To = model.MustDate(to)
		}
		return l
	}
	ds := &model.Dataset{
		People: []model.Person{
			{ID: "ceo", Name: "Ada CEO", Roles: []model.Role{role("acme", "chief executive", "", "")}},
			{ID: "boss", Name: "Bea Boss", Roles: []model.Role{role("other", "founder", "", "2025-03-10"), role("lab", "head of the lab", "2025-03-10", "")}},
			{ID: "res", Name: "Cy Researcher", Roles: []model.Role{role("lab", "researcher", "", "")}},
			{ID: "cpo", Name: "Di Product", Roles: []model.Role{role("acme", "chief product officer", "", "")}},
			{ID: "tmp", Name: "Ed Contractor", Roles: []model.Role{role("acme", "contractor", "2025-02", "2025-03")}},
			{ID: "chief", Name: "Flo Chief", Roles: []model.Role{role("other", "interim chief", "2025-03-10", "")}},
		},
		Orgs: []model.Org{
			{ID: "acme", Name: "Acme", Kind: "company"},
			{ID: "lab", Name: "Acme Lab", Kind: "lab", Parent: "acme"},
			{ID: "empty", Name: "Empty Team", Kind: "team", Parent: "acme"},
			{ID: "other", Name: "Other Co", Kind: "company"},
		},
		ReportingLines: []model.ReportingLine{
			line("boss", "ceo", "2025-03-10", "", "s-boss", false),
			line("res", "ceo", "", "2025-03-10", "s-seed", true),
			line("res", "cpo", "", "2025-03-10", "s-ars", true),
			line("res", "boss", "2025-03-10", "", "s-memo", false),
			line("tmp", "ceo", "2025-02", "2025-03", "s-tmp", false),
		},
	}
	ds.Index()
	return ds
}

// Stats is six events over four weeks, one of month precision.
func Stats() *model.Dataset {
	mk := func(id, date string, k model.Kind) model.Event {
		return model.Event{ID: id, Date: model.MustDate(date), Kind: k}.WithRefs(nil, []string{"s"}, nil)
	}
	ds := &model.Dataset{Events: []model.Event{
		mk("a", "2025-06-12", model.Investment), // Thursday: week of Mon 9 Jun
		mk("b", "2025-06-15", model.Vendor),     // Sunday, same week
		mk("c", "2025-06-16", model.Vendor),     // Monday: next week
		mk("d", "2025-07", model.Layoff),        // month precision: 1 Jul, a Tuesday
		mk("e", "2025-07-02", model.Departure),
		mk("f", "2025-07-03", model.Departure),
	}}
	ds.Index()
	return ds
}
