package data

import (
	"bytes"
	"encoding/json"
	"io"
	"slices"

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
	return Exporter(WriteTimelineJS).Bytes(ds, lang)
}

// WriteTimelineJS is ExportTimelineJS to w, a slide at a time: the bytes
// are those of the whole file encoded at once (tjsOutFile, indented by two
// spaces), each slide encoded at its depth.
func WriteTimelineJS(w io.Writer, ds *model.Dataset, lang locale.Lang) error {
	x := newTJSWriter(ds, lang)
	out := pieces{w: w, format: "timelinejs", fix: tjsScriptSafe}
	var buf bytes.Buffer
	encoders := map[string]*json.Encoder{}
	value := func(v any, prefix string) []byte {
		enc := encoders[prefix]
		if enc == nil {
			enc = json.NewEncoder(&buf)
			enc.SetIndent(prefix, "  ")
			enc.SetEscapeHTML(false)
			encoders[prefix] = enc
		}
		buf.Reset()
		if err := enc.Encode(v); err != nil && out.err == nil {
			out.err = err
		}
		return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	}
	fields := 0
	field := func(name string) {
		if fields > 0 {
			out.write([]byte(",\n"))
		}
		fields++
		out.write([]byte(`  "` + name + `": `))
	}
	// list writes n items as a JSON array whose line starts at indent.
	list := func(indent string, n int, item func(i int) any) {
		if n == 0 {
			out.write([]byte("[]"))
			return
		}
		out.write([]byte("[\n"))
		in := indent + "  "
		for i := range n {
			if i > 0 {
				out.write([]byte(",\n"))
			}
			out.write(append([]byte(in), value(item(i), in)...))
		}
		out.write([]byte("\n" + indent + "]"))
	}
	title, own := x.titleSlide(), x.fileOwn() // in the order a file encoded whole made them
	out.write([]byte("{\n"))
	if t := title; t != nil {
		field("title")
		out.write(value(t, "  "))
	}
	field("events")
	if len(ds.Events) == 0 {
		out.write([]byte("null")) // as the nil list of a file encoded whole
	} else {
		list("  ", len(ds.Events), func(i int) any { s := x.eventSlide(&ds.Events[i]); return &s })
	}
	if len(ds.Eras) > 0 {
		field("eras")
		list("  ", len(ds.Eras), func(i int) any { s := x.eraSlide(ds.Eras[i]); return &s })
	}
	if own != nil {
		field("_timeline")
		head := slices.Clone(value(own, "  ")) // own has no sources yet: they come one by one
		switch {
		case len(ds.Sources) == 0:
			out.write(head)
		case string(head) == "{}":
			out.write([]byte("{\n    \"sources\": "))
		default: // sources is own's last field
			out.write(append(bytes.TrimSuffix(head, []byte("\n  }")), ",\n    \"sources\": "...))
		}
		if len(ds.Sources) > 0 {
			list("    ", len(ds.Sources), func(i int) any { s := ownSourceOf(&ds.Sources[i]); return &s })
			out.write([]byte("\n  }"))
		}
	}
	out.write([]byte("\n}\n"))
	return out.err
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
