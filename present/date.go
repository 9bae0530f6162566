package present

import (
	"fmt"
	"strings"
	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// MonthName returns the full name of month m (1–12) in lang.
func MonthName(m int, lang locale.Lang) string { return i18n.For(lang).Month(m) }

// MonthShort returns the abbreviated name of month m (1–12) in lang.
func MonthShort(m int, lang locale.Lang) string { return i18n.For(lang).MonthShort(m) }

// WeekdayShort returns the abbreviated weekday of d in lang.
func WeekdayShort(d model.Date, lang locale.Lang) string { return i18n.For(lang).Weekday(d.Weekday()) }

// FormatDate writes d as a reader would, keeping its precision:
// "Mon 25 Aug 2025" / "lun. 25 août 2025", "July 2025" / "juillet 2025",
// "2025", "44 BCE", "13.8 billion years ago", and the time of day when it
// is known: "Mon 25 Aug 2025 14:30" / "lun. 25 août 2025 14 h 30".
func FormatDate(d model.Date, lang locale.Lang) string {
	switch {
	case d.Precision >= model.DayPrecision:
		return joinClock(fmt.Sprintf("%s %d %s %s", WeekdayShort(d, lang), d.Day, MonthShort(int(d.Month), lang), Year(d.Year, lang)), d, lang)
	case d.Precision == model.MonthPrecision:
		return MonthName(int(d.Month), lang) + " " + Year(d.Year, lang)
	case d.Precision == model.YearPrecision:
		return Year(d.Year, lang)
	}
	return ""
}

// FormatShortDate writes d compactly: "25 Aug 2025", "Aug 2025", "2025",
// with the time of day when it is known.
func FormatShortDate(d model.Date, lang locale.Lang) string {
	switch {
	case d.Precision >= model.DayPrecision:
		return joinClock(fmt.Sprintf("%d %s %s", d.Day, MonthShort(int(d.Month), lang), Year(d.Year, lang)), d, lang)
	case d.Precision == model.MonthPrecision:
		return MonthShort(int(d.Month), lang) + " " + Year(d.Year, lang)
	case d.Precision == model.YearPrecision:
		return Year(d.Year, lang)
	}
	return ""
}

// MonthHeader returns the heading of the month containing d's earliest day:
// "AUGUST 2025" / "AOÛT 2025"; the year alone for a date without a month.
func MonthHeader(d model.Date, lang locale.Lang) string {
	m := int(d.Month)
	if m == 0 {
		return Year(d.Year, lang)
	}
	return strings.ToUpper(MonthName(m, lang)) + " " + Year(d.Year, lang)
}

// EventDate writes an event's date as written: the dataset's label for an
// approximate date ("mid-July 2025"), else the date with its precision, with
// the end date when there is one. The label of an exact date (a TimelineJS
// display_date) follows the date rather than hiding it: "Sun 20 Jul 1969
// 20:17:40, shown as “.”".
func EventDate(e *model.Event, lang locale.Lang) string {
	var s string
	label := e.DateLabel().String(lang)
	if label != "" && e.Approximate {
		s = label
	} else {
		s = FormatDate(e.Date, lang)
		if e.Approximate {
			s = i18n.For(lang).T("date.about", s)
		}
	}
	if !e.End().IsZero() {
		s += " – " + FormatDate(e.End(), lang)
	}
	if label != "" && !e.Approximate && label != s {
		s = i18n.For(lang).T("date.shownas", s, label)
	}
	return s
}
