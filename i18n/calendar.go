package i18n

import (
	"strconv"
	"time"
)

// calendar holds the names of months and weekdays in one language.
type calendar struct {
	months      [12]string // full names, as in a date: "August", "août"
	monthsShort [12]string // abbreviated, as in a list: "Aug", "août"
	monthsCite  [12]string // as a newspaper writes them before a day: "Aug.", "août"
	days        [7]string  // abbreviated weekdays, Sunday first
	first       string     // the first day of a month in a citation, when it is not "1"
}

var englishCalendar = calendar{
	months:      [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	monthsShort: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	// The Associated Press spells out the five short months and abbreviates the others.
	monthsCite: [12]string{"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."},
	days:       [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
}

var frenchCalendar = calendar{
	months:      [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	monthsShort: [12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
	monthsCite:  [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	days:        [7]string{"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."},
	first:       "1er",
}

// Month returns the full name of month m (1–12), or "" for any other m.
func (c Catalog) Month(m int) string { return pick(&c.cal.months, m) }

// MonthShort returns the abbreviated name of month m (1–12).
func (c Catalog) MonthShort(m int) string { return pick(&c.cal.monthsShort, m) }

// MonthCite returns month m (1–12) as a citation writes it before a day.
func (c Catalog) MonthCite(m int) string { return pick(&c.cal.monthsCite, m) }

// Weekday returns the abbreviated name of a weekday.
func (c Catalog) Weekday(d time.Weekday) string {
	if d < 0 || d > 6 {
		return ""
	}
	return c.cal.days[d]
}

// CiteDay returns day d of a month as a citation writes it: "1er" in
// French, the number otherwise.
func (c Catalog) CiteDay(d int) string {
	if d == 1 && c.cal.first != "" {
		return c.cal.first
	}
	return strconv.Itoa(d)
}

func pick(names *[12]string, m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return names[m-1]
}
