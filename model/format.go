package model

import (
	"fmt"
	"strings"
	"timeline/locale"
)

var (
	monthsEn      = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	monthsFr      = [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	monthsShortEn = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	monthsShortFr = [12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."}
	daysShortEn   = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	daysShortFr   = [7]string{"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."}
)

// MonthName returns the full name of month m (1–12) in lang.
func MonthName(m int, lang locale.Lang) string {
	if m < 1 || m > 12 {
		return ""
	}
	if lang == locale.French {
		return monthsFr[m-1]
	}
	return monthsEn[m-1]
}

// MonthShort returns the abbreviated name of month m (1–12) in lang.
func MonthShort(m int, lang locale.Lang) string {
	if m < 1 || m > 12 {
		return ""
	}
	if lang == locale.French {
		return monthsShortFr[m-1]
	}
	return monthsShortEn[m-1]
}

// WeekdayShort returns the abbreviated weekday of d in lang.
func WeekdayShort(d Date, lang locale.Lang) string {
	if lang == locale.French {
		return daysShortFr[d.Weekday()]
	}
	return daysShortEn[d.Weekday()]
}

// FormatDate writes d as a reader would, keeping its precision:
// "Mon 25 Aug 2025" / "lun. 25 août 2025", "July 2025" / "juillet 2025",
// "2025".
func FormatDate(d Date, lang locale.Lang) string {
	switch d.Precision {
	case DayPrecision:
		return fmt.Sprintf("%s %d %s %d", WeekdayShort(d, lang), d.Day, MonthShort(int(d.Month), lang), d.Year)
	case MonthPrecision:
		return fmt.Sprintf("%s %d", MonthName(int(d.Month), lang), d.Year)
	case YearPrecision:
		return fmt.Sprintf("%d", d.Year)
	}
	return ""
}

// FormatShortDate writes d compactly: "25 Aug 2025", "Aug 2025", "2025".
func FormatShortDate(d Date, lang locale.Lang) string {
	switch d.Precision {
	case DayPrecision:
		return fmt.Sprintf("%d %s %d", d.Day, MonthShort(int(d.Month), lang), d.Year)
	case MonthPrecision:
		return fmt.Sprintf("%s %d", MonthShort(int(d.Month), lang), d.Year)
	case YearPrecision:
		return fmt.Sprintf("%d", d.Year)
	}
	return ""
}

// MonthHeader returns the heading of the month containing d's earliest day:
// "AUGUST 2025" / "AOÛT 2025".
func MonthHeader(d Date, lang locale.Lang) string {
	m := int(d.Month)
	if m == 0 {
		return fmt.Sprintf("%d", d.Year)
	}
	return strings.ToUpper(MonthName(m, lang)) + fmt.Sprintf(" %d", d.Year)
}

// EventDate writes an event's date as written: the dataset's label for an
// approximate date ("mid-July 2025"), else the date with its precision, with
// the end date when there is one.
func EventDate(e *Event, lang locale.Lang) string {
	var s string
	if label := e.DateLabel().String(lang); label != "" {
		s = label
	} else {
		s = FormatDate(e.Date, lang)
		if e.Approximate {
			if lang == locale.French {
				s = "vers " + s
			} else {
				s = "about " + s
			}
		}
	}
	if !e.End().IsZero() {
		s += " – " + FormatDate(e.End(), lang)
	}
	return s
}
