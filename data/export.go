package data

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// Exporter writes a whole dataset in one format to w, in a language for
// the formats that hold only one. It writes an event at a time, so that
// an export of the largest file holds one event's text beside the
// dataset, not the whole output.
type Exporter func(w io.Writer, ds *model.Dataset, lang locale.Lang) error

// ExportFormats lists the export formats by the name the command line uses.
func ExportFormats() []string { return []string{"json", "timelinejs", "md", "csv", "ics"} }

// ExporterFor returns the exporter of a format named as in ExportFormats.
func ExporterFor(format string) (Exporter, bool) {
	switch format {
	case "json":
		return func(w io.Writer, ds *model.Dataset, _ locale.Lang) error { return WriteNative(w, ds) }, true
	case "timelinejs":
		return WriteTimelineJS, true
	case "md", "markdown":
		return WriteMarkdown, true
	case "csv":
		return WriteCSV, true
	case "ics", "ical":
		return WriteICS, true
	}
	return nil, false
}

// Bytes runs the export into memory, for the callers that want the bytes
// (tests, a dataset of a few events).
func (export Exporter) Bytes(ds *model.Dataset, lang locale.Lang) ([]byte, error) {
	var buf bytes.Buffer
	if err := export(&buf, ds, lang); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// pieces passes an export to w a piece at a time (a header, an event's
// lines), each checked for control characters (checkOutput), and made
// safe to embed when fix is set (tjsScriptSafe), on its own: a piece ends
// where no escape or control sequence can straddle it (at the end of a
// line, or of a JSON value). The first error stops the rest.
type pieces struct {
	w       io.Writer
	format  string
	allowCR bool
	fix     func([]byte) []byte
	err     error
}

// write checks b and writes it.
func (p *pieces) write(b []byte) {
	if p.err != nil || len(b) == 0 {
		return
	}
	if p.fix != nil {
		b = p.fix(b)
	}
	if _, p.err = checkOutput(p.format, b, p.allowCR); p.err == nil {
		_, p.err = p.w.Write(b)
	}
}

// flush writes what b holds as one piece, and empties it, keeping its
// room for the next piece: an export writes a piece an event.
func (p *pieces) flush(b *bytes.Buffer) {
	p.write(b.Bytes())
	b.Reset()
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
		s := ds.PersonName(p.ID())
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
