package model

import (
	"fmt"
	"timeline/locale"
)

// apMonths are the month names of Associated Press style with a day: the
// five short months are spelled out, the others abbreviated.
var apMonths = [12]string{"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}

// CiteDate writes d as a newspaper would in a citation, keeping its
// precision. English follows the Associated Press: "Aug. 25, 2025",
// "June 12, 2025", "July 2025" (a month alone is spelled out), "2025".
// French writes "25 août 2025", "1er août 2025", "juillet 2025", "2025".
func CiteDate(d Date, lang locale.Lang) string {
	switch d.Precision {
	case DayPrecision:
		if lang == locale.French {
			day := fmt.Sprint(d.Day)
			if d.Day == 1 {
				day = "1er"
			}
			return fmt.Sprintf("%s %s %d", day, MonthName(int(d.Month), lang), d.Year)
		}
		return fmt.Sprintf("%s %d, %d", apMonths[d.Month-1], d.Day, d.Year)
	case MonthPrecision:
		return fmt.Sprintf("%s %d", MonthName(int(d.Month), lang), d.Year)
	case YearPrecision:
		return fmt.Sprint(d.Year)
	}
	return ""
}

// CiteEventDate writes an event's date for a citation: the dataset's label
// for an approximate date ("mid-July 2025"), else CiteDate, with "about" or
// "vers" for an approximate date without a label, and the end date when
// there is one.
func CiteEventDate(e *Event, lang locale.Lang) string {
	if label := e.DateLabel().String(lang); label != "" {
		return label
	}
	s := CiteDate(e.Date, lang)
	if e.Approximate {
		if lang == locale.French {
			s = "vers " + s
		} else {
			s = "about " + s
		}
	}
	if !e.End().IsZero() && e.End() != e.Date {
		s += " – " + CiteDate(e.End(), lang)
	}
	return s
}
