package data

import (
	"bytes"
	"encoding/json"
	"strings"

	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// tjsOutDate is a TimelineJS date: only the parts the precision knows.
type tjsOutDate struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

type tjsOutText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

type tjsOutSlide struct {
	UniqueID    string      `json:"unique_id,omitempty"`
	StartDate   *tjsOutDate `json:"start_date,omitempty"`
	EndDate     *tjsOutDate `json:"end_date,omitempty"`
	DisplayDate string      `json:"display_date,omitempty"`
	Text        tjsOutText  `json:"text"`
	Group       string      `json:"group,omitempty"`
}

type tjsOutFile struct {
	Title  tjsOutSlide   `json:"title"`
	Events []tjsOutSlide `json:"events"`
	Eras   []tjsOutSlide `json:"eras,omitempty"`
}

// ExportTimelineJS writes the dataset as TimelineJS v3 JSON in lang: a
// title slide, one slide per event with unique_id = the event's id, dates
// with only the parts their precision knows, display_date = the date as
// written (the label of an approximate date), group = the kind, and eras.
// TimelineJS has no place for sources, claims, people and quotes, so the
// slide text carries them as HTML lists: nothing silently disappears. What
// TimelineJS puts into the page as HTML is escaped (export_escape.go).
func ExportTimelineJS(ds *model.Dataset, lang locale.Lang) ([]byte, error) {
	f := tjsOutFile{Title: tjsOutSlide{Text: tjsOutText{
		Headline: htmlText(clean(ds.Title.String(lang), true)),
		Text:     tjsSlideText(htmlParagraphs(ds.Description.String(lang))),
	}}}
	for i := range ds.Events {
		e := &ds.Events[i]
		f.Events = append(f.Events, tjsOutSlide{
			UniqueID: e.ID, StartDate: tjsDateOf(e.Date), EndDate: tjsDateOf(e.End()),
			DisplayDate: tjsDisplayText(displayDate(e, lang)),
			Text:        tjsOutText{Headline: htmlText(clean(e.Title.String(lang), true)), Text: tjsSlideText(slideHTML(ds, e, lang))},
			Group:       e.Kind.String(),
		})
	}
	for _, era := range ds.Eras {
		end := era.End
		if end.IsZero() {
			end = era.Start // TimelineJS wants both ends
		}
		f.Eras = append(f.Eras, tjsOutSlide{StartDate: tjsDateOf(era.Start), EndDate: tjsDateOf(end),
			Text: tjsOutText{Headline: htmlText(clean(era.Label.String(lang), true))}})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return checkOutput("timelinejs", tjsScriptSafe(buf.Bytes()), false)
}

func tjsDateOf(d model.Date) *tjsOutDate {
	if d.IsZero() {
		return nil
	}
	return &tjsOutDate{Year: int(d.Year), Month: int(d.Month), Day: int(d.Day)}
}

// displayDate is the date of an event as a reader should see it: the
// label of an approximate date, else the date with its precision.
func displayDate(e *model.Event, lang locale.Lang) string {
	if label := e.DateLabel().String(lang); label != "" {
		return clean(label, true)
	}
	s := present.FormatDate(e.Date, lang)
	if e.Approximate {
		s = present.EventDate(&model.Event{Date: e.Date, Approximate: true}, lang)
	}
	return s
}

// slideHTML is the text of an event's slide: the summary as paragraphs,
// then its status, people, claims, quotes, sources and tags as lists.
func slideHTML(ds *model.Dataset, e *model.Event, lang locale.Lang) string {
	var b strings.Builder
	b.WriteString(htmlParagraphs(e.Summary.String(lang)))
	x := extrasOf(ds, e, lang)
	b.WriteString("<p>Status: " + e.Status.String() + "</p>")
	htmlList(&b, "People", x.people)
	htmlList(&b, "Claims", x.claims)
	htmlList(&b, "Quotes", x.quotes)
	var srcs []string
	for _, id := range e.Sources {
		s := ds.Source(id)
		if s == nil {
			continue
		}
		item := htmlText(clean(present.SourceLine(s, lang), true))
		if u := model.WebURL(s.URL); u != "" {
			item = `<a href="` + hrefValue(u) + `">` + item + `</a>`
		}
		if v := model.WebURL(s.Via); v != "" {
			item += ` (via <a href="` + hrefValue(v) + `">` + htmlText(hostName(v)) + `</a>)`
		}
		srcs = append(srcs, item)
	}
	htmlRawList(&b, "Sources", srcs)
	if len(e.Tags) > 0 {
		b.WriteString("<p>Tags: " + htmlText(clean(strings.Join(e.Tags, ", "), true)) + "</p>")
	}
	return b.String()
}

// htmlParagraphs writes plain text as HTML paragraphs: a blank line
// separates paragraphs, a single newline becomes <br>.
func htmlParagraphs(s string) string {
	s = strings.TrimSpace(clean(s, false))
	if s == "" {
		return ""
	}
	var b strings.Builder
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		b.WriteString("<p>" + strings.ReplaceAll(htmlText(p), "\n", "<br>") + "</p>")
	}
	return b.String()
}

// htmlText escapes text for HTML content (not attributes): only &, < and
// > need it, and leaving quotes alone keeps the file readable.
func htmlText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// htmlList writes a titled list of plain-text items, escaped.
func htmlList(b *strings.Builder, title string, items []string) {
	esc := make([]string, len(items))
	for i, it := range items {
		esc[i] = htmlText(it)
	}
	htmlRawList(b, title, esc)
}

// htmlRawList writes a titled list of items that are already HTML.
func htmlRawList(b *strings.Builder, title string, items []string) {
	if len(items) == 0 {
		return
	}
	b.WriteString("<p>" + title + ":</p><ul>")
	for _, it := range items {
		b.WriteString("<li>" + it + "</li>")
	}
	b.WriteString("</ul>")
}
