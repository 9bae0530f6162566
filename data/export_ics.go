package data

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// ExportICS writes the dataset in lang as an iCalendar file (RFC 5545): one
// all-day VEVENT per event, UID = id@timeline. A date known only to the
// month or the year starts on its first day, and an approximate one on its
// earliest day, with the precision or the label stated in the description.
// An event with a time of day starts then, in floating time (TimelineJS
// gives no time zone). An event before year 1 or after 9999 is left out:
// a calendar writes four digits for the year. DTSTAMP is the dataset's
// "updated" date (else its last event), so the same dataset always gives
// the same file. Lines end in CRLF and are folded at 75 octets; text is
// escaped.
func ExportICS(ds *model.Dataset, lang locale.Lang) ([]byte, error) {
	return Exporter(WriteICS).Bytes(ds, lang)
}

// WriteICS is ExportICS to out, an event at a time.
func WriteICS(out io.Writer, ds *model.Dataset, lang locale.Lang) error {
	p := pieces{w: out, format: "ics", allowCR: true}
	var w icsWriter
	stamp := ds.Updated
	if stamp.IsZero() {
		_, stamp = ds.Span()
	}
	dtstamp := "19700101T000000Z"
	if icsYear(stamp) {
		dtstamp = stamp.Time().Format("20060102") + "T000000Z"
	}
	w.line("BEGIN:VCALENDAR")
	w.line("VERSION:2.0")
	w.line("PRODID:-//timeline//timeline export//" + strings.ToUpper(string(lang)))
	w.line("CALSCALE:GREGORIAN")
	w.line("METHOD:PUBLISH")
	w.line("X-WR-CALNAME:" + icsText(ds.Title.String(lang)))
	for i := range ds.Events {
		p.flush(&w.b)
		e := &ds.Events[i]
		if !icsYear(e.Date) || !e.End().IsZero() && !icsYear(e.End()) {
			continue // a calendar has four digits for the year
		}
		w.line("BEGIN:VEVENT")
		w.line("UID:" + icsText(e.ID+"@timeline"))
		w.line("DTSTAMP:" + dtstamp)
		switch end := e.End(); {
		case e.Date.HasTime() && (end.IsZero() || end.HasTime()):
			// A time of day, floating: TimelineJS gives no time zone.
			w.line("DTSTART:" + e.Date.Time().Format("20060102T150405"))
			if !end.IsZero() && end.Compare(e.Date) > 0 {
				w.line("DTEND:" + end.Time().Format("20060102T150405"))
			}
		default:
			w.line("DTSTART;VALUE=DATE:" + e.Date.Time().Format("20060102"))
			if !end.IsZero() && end.LastDays() > e.Date.Days() {
				// DTEND is exclusive: the day after the last day of the end.
				w.line("DTEND;VALUE=DATE:" + model.FromDays(end.LastDays()+1).Time().Format("20060102"))
			}
		}
		w.line("SUMMARY:" + icsText(e.Title.String(lang)))
		w.line("DESCRIPTION:" + icsText(icsDescription(ds, e, lang)))
		w.line("CATEGORIES:" + icsText(e.Kind.String()))
		status := "CONFIRMED"
		if e.Status != model.Confirmed {
			status = "TENTATIVE"
		}
		w.line("STATUS:" + status)
		if urls := present.SourceURLs(ds, e); len(urls) > 0 {
			w.line("URL:" + icsSafe(urls[0]))
		}
		w.line("TRANSP:TRANSPARENT")
		w.line("END:VEVENT")
	}
	w.line("END:VCALENDAR")
	p.flush(&w.b)
	return p.err
}

// icsYear reports whether a calendar can hold d: a year from 1 to 9999.
func icsYear(d model.Date) bool { return !d.IsZero() && d.Year >= 1 && d.Year <= 9999 }

// icsDescription is an event's description: its date when the calendar
// cannot say it, the summary, status, people, claims, quotes and sources.
func icsDescription(ds *model.Dataset, e *model.Event, lang locale.Lang) string {
	var parts []string
	if d := dateLine(e, lang); d != "" {
		parts = append(parts, d)
	}
	if s := e.Summary.String(lang); s != "" {
		parts = append(parts, clean(s, false))
	}
	parts = append(parts, "Status: "+e.Status.String())
	x := extrasOf(ds, e, lang)
	list := func(title string, items []string) {
		if len(items) > 0 {
			parts = append(parts, title+":\n- "+strings.Join(items, "\n- "))
		}
	}
	list("People", x.people)
	list("Claims", x.claims)
	list("Quotes", x.quotes)
	var srcs []string
	for _, id := range e.Sources() {
		if s := ds.Source(id); s != nil {
			line := clean(present.SourceLine(s, lang), true)
			if u := model.WebURL(s.URL); u != "" {
				line += " " + u
			} else if v := model.WebURL(s.Via()); v != "" {
				line += " (via " + v + ")"
			}
			srcs = append(srcs, line)
		}
	}
	list("Sources", srcs)
	return strings.Join(parts, "\n\n")
}

// icsText escapes a TEXT value: backslash, semicolon, comma and newline.
func icsText(s string) string { return icsTextEscapes.Replace(clean(s, false)) }

// icsSafe is a URI value: sanitised, on one line, with no character that
// would end or break the property.
func icsSafe(s string) string { return icsURIEscapes.Replace(clean(s, true)) }

// The replacers of icsText and icsSafe, made once: making one costs more
// than the field it escapes.
var (
	icsTextEscapes = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`)
	icsURIEscapes  = strings.NewReplacer(" ", "%20", `"`, "%22")
)

// icsWriter writes content lines folded at 75 octets (RFC 5545 3.1): a
// longer line continues on the next after a CRLF and a space, never in the
// middle of a UTF-8 sequence.
type icsWriter struct{ b bytes.Buffer }

func (w *icsWriter) line(s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.b.WriteString(s[:cut])
		w.b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	w.b.WriteString(s)
	w.b.WriteString("\r\n")
}
