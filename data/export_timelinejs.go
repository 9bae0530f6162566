package data

import (
	"bytes"
	"encoding/json"

	"timeline/locale"
	"timeline/model"
)

// tjsOutDate is a TimelineJS date: only the parts its precision knows, as
// numbers (TimelineJS reads years of any size, deep time included).
type tjsOutDate struct {
	Year        int64 `json:"year"`
	Month       *int  `json:"month,omitempty"`
	Day         *int  `json:"day,omitempty"`
	Hour        *int  `json:"hour,omitempty"`
	Minute      *int  `json:"minute,omitempty"`
	Second      *int  `json:"second,omitempty"`
	Millisecond *int  `json:"millisecond,omitempty"`
}

type tjsOutText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

type tjsOutMedia struct {
	URL        string `json:"url"`
	Caption    string `json:"caption,omitempty"`
	Credit     string `json:"credit,omitempty"`
	Thumbnail  string `json:"thumbnail,omitempty"`
	Alt        string `json:"alt,omitempty"`
	Title      string `json:"title,omitempty"`
	Link       string `json:"link,omitempty"`
	LinkTarget string `json:"link_target,omitempty"`
}

type tjsOutBackground struct {
	URL     string `json:"url,omitempty"`
	Color   string `json:"color,omitempty"`
	Alt     string `json:"alt,omitempty"`
	Opacity string `json:"opacity,omitempty"`
}

type tjsOutSlide struct {
	UniqueID    string            `json:"unique_id,omitempty"`
	StartDate   *tjsOutDate       `json:"start_date,omitempty"`
	EndDate     *tjsOutDate       `json:"end_date,omitempty"`
	DisplayDate string            `json:"display_date,omitempty"`
	Text        tjsOutText        `json:"text"`
	Media       *tjsOutMedia      `json:"media,omitempty"`
	Background  *tjsOutBackground `json:"background,omitempty"`
	Group       string            `json:"group,omitempty"`
	Autolink    *bool             `json:"autolink,omitempty"`
	Own         any               `json:"_timeline,omitempty"`
}

type tjsOutFile struct {
	Title  *tjsOutSlide  `json:"title,omitempty"`
	Events []tjsOutSlide `json:"events"`
	Eras   []tjsOutSlide `json:"eras,omitempty"`
	Own    *ownFile      `json:"_timeline,omitempty"`
}

// ExportTimelineJS writes the dataset as TimelineJS v3 JSON in lang: a
// title slide (the title, the description and the introduction's media),
// one slide per event, and the eras. A slide has the event's id as its
// unique_id, its dates with the parts their precision knows (times of day
// and deep time included), its label as display_date, its headline and
// summary as HTML with their links, its media, background and group (the
// kind when it has none). What TimelineJS has no place for (kind, status,
// people, claims, quotes, sources, related events, tags, other languages)
// goes under ownKey, which TimelineJS ignores and ParseTimelineJS reads
// back: export, import and export again give the same bytes. For the
// readers of the published timeline, a slide's text ends with a list of
// its people, claims, quotes and sources (notesClass), which the import
// drops. Nothing from data becomes live HTML in the page
// (export_escape.go).
func ExportTimelineJS(ds *model.Dataset, lang locale.Lang) ([]byte, error) {
	x := newTJSWriter(ds, lang)
	f := tjsOutFile{Title: x.titleSlide(), Own: x.fileOwn()}
	for i := range ds.Events {
		f.Events = append(f.Events, x.eventSlide(&ds.Events[i]))
	}
	for _, era := range ds.Eras {
		f.Eras = append(f.Eras, x.eraSlide(era))
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

// tjsDateOf writes a date with the parts its precision knows.
func tjsDateOf(d model.Date) *tjsOutDate {
	if d.IsZero() {
		return nil
	}
	out := &tjsOutDate{Year: d.Year}
	part := func(p model.Precision, v int) *int {
		if d.Precision >= p {
			return &v
		}
		return nil
	}
	out.Month, out.Day = part(model.MonthPrecision, int(d.Month)), part(model.DayPrecision, int(d.Day))
	out.Hour, out.Minute = part(model.HourPrecision, int(d.Hour)), part(model.MinutePrecision, int(d.Minute))
	out.Second, out.Millisecond = part(model.SecondPrecision, int(d.Second)), part(model.MilliPrecision, int(d.Milli))
	return out
}
