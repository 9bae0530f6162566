package cli

import (
	"strings"

	"timeline/i18n"
	"timeline/model"
)

// setFields sets on ev the fields whose flags the line gave, each checked
// as the loader checks a file's: a date, a kind, a status that is not one
// is a bad command line naming the flag. An empty text clears its field
// (--summary ""); --approximate=false makes the date exact.
func (f *eventFlags) setFields(cat i18n.Catalog, ev *model.Event) error {
	if f.given("date") {
		d, err := model.DateField("date", f.date, true)
		if err != nil {
			return usageError{cat.T("cli.baddate", "--date", f.date)}
		}
		ev.Date = d
	}
	if f.given("kind") {
		k, err := model.KindField(f.kind)
		if err != nil || k == model.NoKind {
			return usageError{cat.T("cli.badkind", f.kind, strings.Join(model.KindNames(), ", "))}
		}
		ev.Kind = k
	}
	if f.given("status") {
		s, err := model.StatusField(f.status)
		if err != nil || s == model.NoStatus {
			return usageError{cat.T("cli.badstatus", f.status, strings.Join(model.StatusNames(), ", "))}
		}
		ev.Status = s
	}
	text := func(name string, dst *string, v string) {
		if f.given(name) {
			*dst = v
		}
	}
	text("title", &ev.Title.En, f.title)
	text("title-fr", &ev.Title.Fr, f.titleFr)
	text("summary", &ev.Summary.En, f.summary)
	text("summary-fr", &ev.Summary.Fr, f.summaryFr)
	if f.given("date-label") || f.given("date-label-fr") {
		label := ev.DateLabel()
		text("date-label", &label.En, f.label)
		text("date-label-fr", &label.Fr, f.labelFr)
		ev.SetDateLabel(label)
		ev.Tidy()
	}
	if f.given("approximate") {
		ev.Approximate = f.approximate
	}
	return nil
}

// newSource returns the source that --source-outlet, --source-title,
// --source-url and --published write out, nil when the line gives none of
// them. A headline or a date alone names no source: a bad command line.
func (f *eventFlags) newSource(cat i18n.Catalog) (*model.Source, error) {
	if f.anyGiven(sourceFlags...) == "" {
		return nil, nil
	}
	if strings.TrimSpace(f.outlet) == "" && strings.TrimSpace(f.url) == "" {
		return nil, usageError{cat.T("cli.sourceparts", "--"+f.anyGiven(sourceFlags...))}
	}
	published, err := model.DateField("published", f.published, false)
	if err != nil {
		return nil, usageError{cat.T("cli.baddate", "--published", f.published)}
	}
	return &model.Source{Outlet: f.outlet, Title: f.headline, URL: f.url, Published: published}, nil
}

// hasTitle reports whether ev has a title in some language once cleaned:
// a title of escape sequences alone is none.
func hasTitle(ev *model.Event) bool {
	found := false
	ev.Title.Each(func(_, s string) {
		if t, _ := model.SanitizeLine(s); strings.TrimSpace(t) != "" {
			found = true
		}
	})
	return found
}
