package present

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// kindGlyphs are the one-column marks of each kind; a text label always
// goes with them so that neither shape nor colour is the only signal.
var kindGlyphs = [...]string{"←", "→", "◆", "⟳", "⇄", "$", "▼", "§", "≡"}

// KindGlyph returns the glyph of kind k: "·" for an event whose file gives
// no kind.
func KindGlyph(k model.Kind) string {
	switch {
	case int(k) < len(kindGlyphs):
		return kindGlyphs[k]
	case k == model.NoKind:
		return "·"
	}
	return "?"
}

// GutterWidth is the width of the list's date column.
const GutterWidth = 6

// Gutter returns the list's date column for an event, showing its
// precision: "25 Mon" for a day, "Aug" for a month, "2025" for a year, and
// "~mid" / "~late" / "~early" (or "~Aug") for an approximate date.
func Gutter(e *model.Event, lang locale.Lang) string {
	d := e.Date
	if e.Approximate {
		if part := approxPart(e); part != "" {
			return "~" + i18n.For(lang).T("gutter."+part)
		}
		return "~" + monthAbbr(d, lang)
	}
	switch {
	case d.Precision >= model.DayPrecision:
		return fmt.Sprintf("%2d %s", d.Day, trimDot(WeekdayShort(d, lang)))
	case d.Precision == model.MonthPrecision:
		return monthAbbr(d, lang)
	case d.Precision == model.YearPrecision:
		return YearShort(d.Year)
	}
	return ""
}

func monthAbbr(d model.Date, lang locale.Lang) string {
	if d.Month == 0 {
		return YearShort(d.Year)
	}
	return trimDot(MonthShort(int(d.Month), lang))
}

func trimDot(s string) string { return strings.TrimSuffix(s, ".") }

// Position returns the status line's "8/27".
func Position(sel, n int) string {
	if n == 0 {
		return "0/0"
	}
	return fmt.Sprintf("%d/%d", sel+1, n)
}

// Count returns "27 events" / "27 événements".
func Count(n int, cat i18n.Catalog) string {
	if n == 1 {
		return cat.T("events.one", n)
	}
	return cat.T("events.many", n)
}

// Range returns the header's "27 events · 12 Jun – 30 Sep 2025".
func Range(n int, first, last model.Date, cat i18n.Catalog) string {
	if n == 0 || first.IsZero() {
		return Count(n, cat)
	}
	lang := cat.Lang()
	return Count(n, cat) + " · " + FormatShortDate(first, lang) + " – " + FormatShortDate(last, lang)
}

// ListColumns are the widths, in columns, of the fields of ListLine that
// vary in length: computed over the whole list (Columns), they keep every
// line in line whatever the length of a date, a French month or an id.
type ListColumns struct {
	Date, Human, Kind, Status, ID int
}

// Columns returns the widths of evs' lines in cat's language: the widest
// of each field.
func Columns(evs []model.Event, cat i18n.Catalog) ListColumns {
	var c ListColumns
	var kinds, statuses uint32
	for i := range evs {
		e := &evs[i]
		if kinds&(1<<e.Kind) == 0 {
			kinds |= 1 << e.Kind
			c.Kind = max(c.Kind, lipgloss.Width(cat.Kind(e.Kind)))
		}
		if statuses&(1<<e.Status) == 0 {
			statuses |= 1 << e.Status
			c.Status = max(c.Status, lipgloss.Width(cat.Status(e.Status)))
		}
		date, human := listDates(e, cat.Lang())
		c.Date = max(c.Date, lipgloss.Width(date))
		c.Human = max(c.Human, lipgloss.Width(human))
		c.ID = max(c.ID, lipgloss.Width(evs[i].ID))
	}
	return c
}

// listDates returns an event's date as written in data ("~" when
// approximate) and as a reader writes it, short and honest ("25 août
// 2025", "mid-Jul 2025").
func listDates(e *model.Event, lang locale.Lang) (string, string) {
	date := e.Date.String()
	if e.Approximate {
		date = "~" + date
	}
	return date, ShortEventDate(e, lang)
}

// ListLine is one event as a line of text, fields separated by two spaces
// and padded to cols: the date as written in data ("~" when approximate),
// the date as a reader writes it in lang ("25 août 2025", "mid-Jul 2025"),
// the kind, the status, the id and the title.
func ListLine(e *model.Event, cat i18n.Catalog, cols ListColumns) string {
	date, human := listDates(e, cat.Lang())
	var b strings.Builder
	for _, f := range []struct {
		s string
		w int
	}{{date, cols.Date}, {human, cols.Human}, {cat.Kind(e.Kind), cols.Kind}, {cat.Status(e.Status), cols.Status}, {e.ID, cols.ID}} {
		b.WriteString(f.s)
		b.WriteString(strings.Repeat(" ", max(f.w-lipgloss.Width(f.s), 0)+2))
	}
	b.WriteString(e.Title.String(cat.Lang()))
	return b.String()
}
