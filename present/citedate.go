package present

import (
	"fmt"
	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// CiteDate writes d as a newspaper would in a citation, keeping its
// precision. English follows the Associated Press: "Aug. 25, 2025",
// "June 12, 2025", "July 2025" (a month alone is spelled out), "2025".
// French writes "25 août 2025", "1er août 2025", "juillet 2025", "2025".
func CiteDate(d model.Date, lang locale.Lang) string {
	switch {
	case d.Precision >= model.DayPrecision && d.Year >= 0:
		cat := i18n.For(lang)
		return cat.T("cite.day", cat.CiteDay(int(d.Day)), cat.MonthCite(int(d.Month)), int(d.Year))
	case d.Precision >= model.DayPrecision:
		cat := i18n.For(lang)
		return fmt.Sprintf("%s %s %s", cat.CiteDay(int(d.Day)), cat.MonthCite(int(d.Month)), Year(d.Year, lang))
	case d.Precision == model.MonthPrecision:
		return MonthName(int(d.Month), lang) + " " + Year(d.Year, lang)
	case d.Precision == model.YearPrecision:
		return Year(d.Year, lang)
	}
	return ""
}

// CiteEventDate writes an event's date for a citation: the dataset's label
// for an approximate date ("mid-July 2025"), else CiteDate, with "about" or
// "vers" for an approximate date without a label, and the end date when
// there is one. The label of an exact date (a TimelineJS display_date such
// as ".") does not stand for it: the date is cited.
func CiteEventDate(e *model.Event, lang locale.Lang) string {
	if label := e.DateLabel().String(lang); label != "" && e.Approximate {
		return label
	}
	s := CiteDate(e.Date, lang)
	if e.Approximate {
		s = i18n.For(lang).T("date.about", s)
	}
	if !e.End().IsZero() && e.End() != e.Date {
		s += " – " + CiteDate(e.End(), lang)
	}
	return s
}
