// Package ui is the Bubble Tea interface of timeline: the root model, its
// panes, keys, styles and layout arithmetic.
package ui

import (
	"fmt"
	"strings"

	"timeline/model"
)

// kindGlyphs are the one-column marks of each kind; a text label always
// goes with them so that neither shape nor colour is the only signal.
var kindGlyphs = [...]string{"←", "→", "◆", "⟳", "⇄", "$", "▼", "§", "≡"}

// kindShort are the list's short kind labels, at most 7 columns.
var kindShort = [...]string{"depart", "hire", "appoint", "reorg", "vendor", "invest", "layoff", "policy", "report"}

// KindGlyph returns the glyph of kind k.
func KindGlyph(k model.Kind) string {
	if int(k) < len(kindGlyphs) {
		return kindGlyphs[k]
	}
	return "?"
}

// KindShort returns the short label of kind k for the list.
func KindShort(k model.Kind) string {
	if int(k) < len(kindShort) {
		return kindShort[k]
	}
	return k.String()
}

// gutterWidth is the width of the list's date column.
const gutterWidth = 6

// Gutter returns the list's date column for an event, showing its
// precision: "25 Mon" for a day, "Aug" for a month, "2025" for a year, and
// "~mid" / "~late" / "~early" (or "~Aug") for an approximate date.
func Gutter(e *model.Event, lang model.Lang) string {
	d := e.Date
	if e.Approximate {
		if part := approxPart(e.DateLabel.En); part != "" {
			if lang == model.French {
				part = approxPartFr(part)
			}
			return "~" + part
		}
		return "~" + monthAbbr(d, lang)
	}
	switch d.Precision {
	case model.DayPrecision:
		return fmt.Sprintf("%2d %s", d.Day, trimDot(model.WeekdayShort(d, lang)))
	case model.MonthPrecision:
		return monthAbbr(d, lang)
	case model.YearPrecision:
		return fmt.Sprintf("%d", d.Year)
	}
	return ""
}

func monthAbbr(d model.Date, lang model.Lang) string {
	if d.Month == 0 {
		return fmt.Sprintf("%d", d.Year)
	}
	return trimDot(model.MonthShort(int(d.Month), lang))
}

func trimDot(s string) string { return strings.TrimSuffix(s, ".") }

// approxPart reads "early", "mid" or "late" from the start of an English
// date label such as "mid-July 2025" or "late August 2025".
func approxPart(label string) string {
	l := strings.ToLower(label)
	for _, p := range []string{"early", "mid", "late"} {
		if strings.HasPrefix(l, p) {
			return p
		}
	}
	return ""
}

func approxPartFr(p string) string {
	switch p {
	case "early":
		return "déb"
	case "late":
		return "fin"
	}
	return "mi"
}

// Position returns the status line's "8/27".
func Position(sel, n int) string {
	if n == 0 {
		return "0/0"
	}
	return fmt.Sprintf("%d/%d", sel+1, n)
}

// Range returns the header's "27 events · 12 Jun – 30 Sep 2025".
func Range(n int, first, last model.Date, lang model.Lang) string {
	noun := "events"
	if n == 1 {
		noun = "event"
	}
	if lang == model.French {
		noun = "événements"
		if n == 1 {
			noun = "événement"
		}
	}
	if n == 0 || first.IsZero() {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %s · %s – %s", n, noun, model.FormatShortDate(first, lang), model.FormatShortDate(last, lang))
}
