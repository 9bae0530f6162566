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
		{cat.T("copy.citation"), present.Citation(ds, e, lang)},
		{cat.T("copy.markdown"), present.CitationMarkdown(ds, e, lang)},
		{cat.T("copy.summary"), present.PlainSummary(ds, e, lang)},
	}
	if urls := present.SourceURLs(ds, e); len(urls) > 0 {
		items = append(items, menuItem{cat.T("copy.urls", len(urls)), strings.Join(urls, "\n")})
	}
	items = append(items, menuItem{cat.T("copy.id"), e.ID})
	for i := range e.Quotes() {
		q := &e.Quotes()[i]
		items = append(items, menuItem{cat.T("copy.quote", ds.PersonName(q.Speaker)), present.QuoteCitation(ds, q, lang)})
	}
	return items
}

// openItems lists the event's web addresses for "o".
func openItems(ds *model.Dataset, e *model.Event) []menuItem {
	var items []menuItem
	for _, u := range present.SourceURLs(ds, e) {
		items = append(items, menuItem{u, u})
	}
	return items
}

// personItems lists the event's people for "P".
func personItems(ds *model.Dataset, e *model.Event, cat i18n.Catalog) []menuItem {
	var items []menuItem
	for _, p := range e.People {
		label := ds.PersonName(p.ID)
		if r := p.Role().String(cat.Lang()); r != "" {
			label += " — " + r
		}
		items = append(items, menuItem{label, p.ID})
	}
	return items
}
