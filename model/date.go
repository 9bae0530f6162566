package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a date is known.
type Precision uint8

// The precisions, from none to a known day. A larger value is more precise.
const (
	NoDate Precision = iota
	YearPrecision
	MonthPrecision
	DayPrecision
)

// Date is a calendar date with its precision: 2025-07 is July 2025, never
// 1 July 2025. The zero Date is "no date". It takes 6 bytes: the day
// number Days returns is worked out when asked, not stored, as every event
// holds two dates and every source one.
type Date struct {
	Year      int16
	Month     uint8 // 1–12, or 0 when only the year is known
	Day       uint8 // 1–31, or 0 when the day is not known
	Precision Precision
}

// ParseDate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD". The precision follows
// the form. Impossible dates (month 13, 30 February) are errors.
func ParseDate(s string) (Date, error) {
	bad := func(why string) (Date, error) {
		return Date{}, fmt.Errorf("invalid date %q: %s (want YYYY, YYYY-MM or YYYY-MM-DD)", clipForError(s), why)
	}
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return bad("wrong length")
	}
	y, err := digits(s[0:4])
	if err != nil || y < 1 {
		return bad("bad year")
	}
	if len(s) == 4 {
		return NewDate(y, 0, 0), nil
	}
	if s[4] != '-' {
		return bad("expected '-' after the year")
	}
	m, err := digits(s[5:7])
	if err != nil || m < 1 || m > 12 {
		return bad("month must be 01–12")
	}
	if len(s) == 7 {
		return NewDate(y, m, 0), nil
	}
	if s[7] != '-' {
		return bad("expected '-' after the month")
	}
	d, err := digits(s[8:10])
	if err != nil || d < 1 || d > DaysIn(y, m) {
		return bad(fmt.Sprintf("day must be 01–%02d", DaysIn(y, m)))
	}
	return NewDate(y, m, d), nil
}

// MustDate is ParseDate for literals in tests and generators; it panics on
// a bad date.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// NewDate builds a date from its parts; month 0 means year precision and
// day 0 month precision. The parts must already be valid.
func NewDate(year, month, day int) Date {
	d := Date{Year: int16(year), Month: uint8(month), Day: uint8(day)}
	switch {
	case month == 0:
		d.Precision = YearPrecision
	case day == 0:
		d.Precision = MonthPrecision
	default:
		d.Precision = DayPrecision
	}
	return d
}

// first returns the year, month and day of d's earliest possible day.
func (d Date) first() (year, month, day int) {
	return int(d.Year), max(int(d.Month), 1), max(int(d.Day), 1)
}

// civilDays returns the number of days from 1970-01-01 to a day of the
// proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
func civilDays(year, month, day int) int32 {
	if month <= 2 {
		year--
	}
	era := year
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := year - era*400                     // [0, 399]
	doy := (153*((month+9)%12)+2)/5 + day - 1 // [0, 365], from 1 March
	doe := yoe*365 + yoe/4 - yoe/100 + doy    // [0, 146096]
	return int32(era*146097 + doe - 719468)
}

// FromDays returns the day-precision date that is n days after 1970-01-01.
func FromDays(n int32) Date {
	t := time.Unix(int64(n)*86400, 0).UTC()
	return NewDate(t.Year(), int(t.Month()), t.Day())
}

// DaysIn returns the number of days in a month of a year.
func DaysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether d is "no date".
func (d Date) IsZero() bool { return d.Precision == NoDate }

// Days returns the earliest possible day of d, as days since 1970-01-01;
// 0 for no date.
func (d Date) Days() int32 {
	if d.Precision == NoDate {
		return 0
	}
	return civilDays(d.first())
}

// LastDays returns the latest possible day of d, as days since 1970-01-01:
// the last day of the month for July 2025.
func (d Date) LastDays() int32 {
	switch d.Precision {
	case YearPrecision:
		return civilDays(int(d.Year)+1, 1, 1) - 1
	case MonthPrecision:
		return d.Days() + int32(DaysIn(int(d.Year), int(d.Month))) - 1
	}
	return d.Days()
}

// Time returns the earliest possible day of d at midnight UTC.
func (d Date) Time() time.Time { return time.Unix(int64(d.Days())*86400, 0).UTC() }

// Weekday returns the day of the week of d's earliest day.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// String returns d in the form it was written: YYYY, YYYY-MM or YYYY-MM-DD.
func (d Date) String() string {
	switch d.Precision {
	case YearPrecision:
		return fmt.Sprintf("%04d", d.Year)
	case MonthPrecision:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case DayPrecision:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Compare orders dates by earliest day, then the more precise first. It
// returns -1, 0 or +1. No date comes with 1970-01-01, as Days has it.
func (d Date) Compare(e Date) int {
	if d.Precision == NoDate || e.Precision == NoDate {
		if a, b := d.Days(), e.Days(); a != b {
			return cmpInt(int(a), int(b))
		}
		return -cmpInt(int(d.Precision), int(e.Precision))
	}
	// The earliest days in calendar order, without counting days.
	dy, dm, dd := d.first()
	ey, em, ed := e.first()
	switch {
	case dy != ey:
		return cmpInt(dy, ey)
	case dm != em:
		return cmpInt(dm, em)
	case dd != ed:
		return cmpInt(dd, ed)
	case d.Precision != e.Precision:
		return -cmpInt(int(d.Precision), int(e.Precision))
	}
	return 0
}

// MonthKey identifies the calendar month of d's earliest day, for month
// headers: year*12 + month-1.
func (d Date) MonthKey() int {
	m := int(d.Month)
	if m == 0 {
		m = 1
	}
	return int(d.Year)*12 + m - 1
}

func digits(s string) (int, error) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, strconv.ErrSyntax
		}
	}
	return strconv.Atoi(s)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func clipForError(s string) string {
	if len(s) > 40 {
		return strings.ToValidUTF8(s[:40], "") + "…"
	}
	return s
}
