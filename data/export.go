package data

import (
	"fmt"
	"unicode/utf8"

	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// Exporter writes a whole dataset in one format, in a language for the
// formats that hold only one.
type Exporter func(ds *model.Dataset, lang locale.Lang) ([]byte, error)

// ExportFormats lists the export formats by the name the command line uses.
func ExportFormats() []string { return []string{"json", "timelinejs", "md", "csv", "ics"} }

// ExporterFor returns the exporter of a format named as in ExportFormats.
func ExporterFor(format string) (Exporter, bool) {
	switch format {
	case "json":
		return ExportJSON, true
	case "timelinejs":
		return ExportTimelineJS, true
	case "md", "markdown":
		return ExportMarkdown, true
	case "csv":
		return ExportCSV, true
	case "ics", "ical":
		return ExportICS, true
	}
	return nil, false
}

// checkOutput makes sure an export carries no control character: data is
// sanitised at load, so this only catches a bug, never a user's file. Tab,
// newline and (for the formats whose line ends need it) carriage return
// are allowed.
func checkOutput(format string, b []byte, allowCR bool) ([]byte, error) {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		bad := r == utf8.RuneError && size == 1 ||
			r < 0x20 && r != '\n' && r != '\t' && !(r == '\r' && allowCR) ||
			r >= 0x7f && r <= 0x9f
		if bad {
			return nil, fmt.Errorf("%s export: control character %U at byte %d (a bug: data is sanitised at load)", format, r, i)
		}
		i += size
	}
	return b, nil
}

// clean returns s sanitised for output, on one line when oneLine is set.
// Loaded data is already clean, and this is then a no-op.
func clean(s string, oneLine bool) string {
	out, _ := model.SanitizeN(s, model.MaxFieldBytes, oneLine)
	return out
}

// eventExtras are the parts of an event that formats without a place for
// them carry as text: people with their roles, claims and quotes, each as
// one sanitised line.
type eventExtras struct {
	people, claims, quotes []string
}

// extrasOf writes the people, claims and quotes of an event in lang.
func extrasOf(ds *model.Dataset, e *model.Event, lang locale.Lang) eventExtras {
	var x eventExtras
	for _, p := range e.People {
		s := ds.PersonName(p.ID)
		if role := p.Role().String(lang); role != "" {
			s += " — " + role
		}
		x.people = append(x.people, clean(s, true))
	}
	for _, c := range e.Claims() {
		by := ds.PersonName(c.By)
		if c.Stance != "" {
			by += " (" + c.Stance + ")"
		}
		x.claims = append(x.claims, clean(by+": "+c.Text.String(lang), true))
	}
	for i := range e.Quotes() {
		x.quotes = append(x.quotes, clean(present.QuoteCitation(ds, &e.Quotes()[i], lang), true))
	}
	return x
}

// dateLine states an event's date with its precision, for formats that can
// only hold a day: "Date precision: month (July 2025)", "Approximate date:
// mid-July 2025". It is "" for an exact day.
func dateLine(e *model.Event, lang locale.Lang) string {
	switch {
	case e.Approximate || !e.DateLabel().IsZero():
		return "Approximate date: " + clean(present.EventDate(e, lang), true)
	case e.Date.Precision == model.MonthPrecision:
		return "Date precision: month (" + present.FormatDate(e.Date, lang) + ")"
	case e.Date.Precision == model.YearPrecision:
		return "Date precision: year (" + present.FormatDate(e.Date, lang) + ")"
	}
	return ""
}
