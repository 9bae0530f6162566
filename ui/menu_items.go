package ui

import (
	"strings"

	"timeline/i18n"
	"timeline/model"
	"timeline/present"
)

// The items of the three menus about the selected event.

// copyItems lists what "y" can copy for an event: the citation, Markdown,
// the plain summary, the source URLs, the id, and each quote with its
// attribution.
func copyItems(ds *model.Dataset, e *model.Event, cat i18n.Catalog) []menuItem {
	lang := cat.Lang()
	items := []menuItem{
		{cat.T("copy.citation"), present.Citation(ds, e, lang), "citation"},
		{cat.T("copy.markdown"), present.CitationMarkdown(ds, e, lang), "md"},
		{cat.T("copy.summary"), present.PlainSummary(ds, e, lang), ""},
	}
	if urls := present.SourceURLs(ds, e); len(urls) > 0 {
		items = append(items, menuItem{cat.T("copy.urls", len(urls)), strings.Join(urls, "\n"), ""})
	}
	items = append(items, menuItem{cat.T("copy.id"), e.ID, ""})
	for i := range e.Quotes() {
		q := &e.Quotes()[i]
		items = append(items, menuItem{cat.T("copy.quote", ds.PersonName(q.Speaker)), present.QuoteCitation(ds, q, lang), ""})
	}
	return items
}

// openItems lists what "o" can open for an event, each named as the
// detail names it: every source's own page ("TechCrunch, “Cracks are
// forming…”, Aug. 29, 2025"), else the copy that was read ("…, via
// archive.example"), then the media and where it leads (resolved against
// the address the file came from). Only http and https addresses are
// listed, each once.
func openItems(ds *model.Dataset, e *model.Event, cat i18n.Catalog) []menuItem {
	lang := cat.Lang()
	var items []menuItem
	seen := map[string]bool{}
	add := func(label, u string) {
		if u != "" && !seen[u] {
			seen[u] = true
			items = append(items, menuItem{label: label, value: u})
		}
	}
	for _, id := range e.Sources() {
		s := ds.Source(id)
		if s == nil {
			continue
		}
		line := present.SourceLine(s, lang)
		if line == "" {
			line = present.Host(s.URL + s.Via())
		}
		if u := model.WebURL(s.URL); u != "" {
			add(line, u)
		} else if v := model.WebURL(s.Via()); v != "" {
			add(cat.T("open.via", line, present.Host(v)), v)
		}
	}
	if m := e.Media(); m != nil {
		for _, u := range present.MediaURLs(ds, e) {
			add(cat.T("open.media", mediaName(m, u)), u)
		}
	}
	return items
}

// mediaName names an event's media in the open menu: its caption, its
// title, else the host of its address.
func mediaName(m *model.Media, u string) string {
	for _, s := range []string{m.Caption, m.Title} {
		if s != "" {
			return s
		}
	}
	return present.Host(u)
}

// personItems lists the event's people for "P".
func personItems(ds *model.Dataset, e *model.Event, cat i18n.Catalog) []menuItem {
	var items []menuItem
	for _, p := range e.People {
		label := ds.PersonName(p.ID())
		if r := p.Role().String(cat.Lang()); r != "" {
			label += " — " + r
		}
		items = append(items, menuItem{label: label, value: p.ID()})
	}
	return items
}
