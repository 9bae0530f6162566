package model

import (
	"fmt"
	"strconv"
	"strings"
)

// Precision says how much of a date is known.
type Precision uint8

// The precisions, from none to a known millisecond, as TimelineJS has them:
// a date is as precise as the last of its parts that is written. A larger
// value is more precise.
const (
	NoDate Precision = iota
	YearPrecision
	MonthPrecision
	DayPrecision
	HourPrecision
	MinutePrecision
	SecondPrecision
	MilliPrecision
)

// MaxYear bounds the years a date can hold, before or after the common
// era: a hundred billion years, several times the age of the universe, so
// that a timeline of cosmology fits and day arithmetic never overflows.
const MaxYear = 100_000_000_000

// Date is a calendar date with its precision: 2025-07 is July 2025, never 1
// July 2025, and a time of day when one is known. Years are astronomical
// (0 is 1 BCE, -44 is 45 BCE as the proleptic Gregorian calendar counts,
// shown as TimelineJS shows it, "44 BCE") and may lie billions of years
// away. The zero Date is "no date". It takes 16 bytes: the year needs 64
// bits for deep time, and the time of day fits in what alignment leaves.
// The day number Days returns is worked out when asked, not stored.
type Date struct {
	Year      int64
	Month     uint8 // 1–12, or 0 when only the year is known
	Day       uint8 // 1–31, or 0 when the day is not known
	Hour      uint8 // 0–23, meaningful from HourPrecision
	Minute    uint8 // 0–59, meaningful from MinutePrecision
	Second    uint8 // 0–59, meaningful from SecondPrecision
	Precision Precision
	Milli     uint16 // 0–999, meaningful at MilliPrecision
}

// NewDate builds a date from its parts; month 0 means year precision and
// day 0 month precision. The parts must already be valid.
func NewDate(year, month, day int) Date {
	return NewDate64(int64(year), month, day)
}

// NewDate64 is NewDate for any year, deep time included.
func NewDate64(year int64, month, day int) Date {
	d := Date{Year: year, Month: uint8(month), Day: uint8(day)}
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

// At returns d, which must have a day, at a time of day known to precision
// p (HourPrecision to MilliPrecision); the parts finer than p are dropped.
// The parts must already be valid (CheckTime).
func (d Date) At(hour, minute, second, milli int, p Precision) Date {
	if d.Precision < DayPrecision || p < HourPrecision {
		return d
	}
	d.Hour, d.Precision = uint8(hour), min(p, MilliPrecision)
	if p >= MinutePrecision {
		d.Minute = uint8(minute)
	}
	if p >= SecondPrecision {
		d.Second = uint8(second)
	}
	if p >= MilliPrecision {
		d.Milli = uint16(milli)
	}
	return d
}

// CheckTime reports what is wrong with a time of day, or nil: an hour
// 0–23, a minute and a second 0–59, a millisecond 0–999.
func CheckTime(hour, minute, second, milli int) error {
	switch {
	case hour < 0 || hour > 23:
		return fmt.Errorf("hour %d is not 0–23", hour)
	case minute < 0 || minute > 59:
		return fmt.Errorf("minute %d is not 0–59", minute)
	case second < 0 || second > 59:
		return fmt.Errorf("second %d is not 0–59", second)
	case milli < 0 || milli > 999:
		return fmt.Errorf("millisecond %d is not 0–999", milli)
	}
	return nil
}

// IsZero reports whether d is "no date".
func (d Date) IsZero() bool { return d.Precision == NoDate }

// HasDay reports whether d knows its day (with or without a time).
func (d Date) HasDay() bool { return d.Precision >= DayPrecision }

// HasTime reports whether d knows a time of day.
func (d Date) HasTime() bool { return d.Precision >= HourPrecision }

// String returns d in the form it was written: YYYY, YYYY-MM, YYYY-MM-DD,
// then THH, THH:MM, THH:MM:SS or THH:MM:SS.mmm. A year outside 0–9999 is
// signed and has at least four digits, as ISO 8601 expands it: -0044,
// +12000, -13800000000.
func (d Date) String() string {
	if d.Precision == NoDate {
		return ""
	}
	var buf [32]byte
	return string(d.Append(buf[:0]))
}

// Append appends d as String writes it to b, without making a string: a
// save writes the dates of every event and source.
func (d Date) Append(b []byte) []byte {
	if d.Precision == NoDate {
		return b
	}
	switch {
	case d.Year < 0:
		b = append(b, '-')
		b = appendPadded(b, -d.Year, 4)
	case d.Year > 9999:
		b = append(b, '+')
		b = strconv.AppendInt(b, d.Year, 10)
	default:
		b = appendPadded(b, d.Year, 4)
	}
	if d.Precision >= MonthPrecision {
		b = appendPadded(append(b, '-'), int64(d.Month), 2)
	}
	if d.Precision >= DayPrecision {
		b = appendPadded(append(b, '-'), int64(d.Day), 2)
	}
	if d.Precision >= HourPrecision {
		b = appendPadded(append(b, 'T'), int64(d.Hour), 2)
	}
	if d.Precision >= MinutePrecision {
		b = appendPadded(append(b, ':'), int64(d.Minute), 2)
	}
	if d.Precision >= SecondPrecision {
		b = appendPadded(append(b, ':'), int64(d.Second), 2)
	}
	if d.Precision >= MilliPrecision {
		b = appendPadded(append(b, '.'), int64(d.Milli), 3)
	}
	return b
}

// Clock returns the time of day of d as written, "14:30", "14:30:05",
// "14:30:05.250", or "14" for an hour alone; "" when d has no time.
func (d Date) Clock() string {
	if !d.HasTime() {
		return ""
	}
	s := d.String()
	return s[strings.IndexByte(s, 'T')+1:]
}

// Compare orders dates by their earliest instant, then the more precise
// first. It returns -1, 0 or +1. No date comes with 1970-01-01, as Days
// has it.
func (d Date) Compare(e Date) int {
	if d.Precision == NoDate || e.Precision == NoDate {
		if a, b := d.Days(), e.Days(); a != b {
			return cmpInt(int64(a), int64(b))
		}
		return -cmpInt(int64(d.Precision), int64(e.Precision))
	}
	// The earliest instants in calendar order, without counting days.
	dy, dm, dd := d.first()
	ey, em, ed := e.first()
	for _, c := range [...][2]int64{{dy, ey}, {int64(dm), int64(em)}, {int64(dd), int64(ed)},
		{int64(d.clockMillis()), int64(e.clockMillis())}} {
		if c[0] != c[1] {
			return cmpInt(c[0], c[1])
		}
	}
	return -cmpInt(int64(d.Precision), int64(e.Precision))
}

// clockMillis returns the milliseconds since midnight of d's earliest
// instant: 0 for a date without a time.
func (d Date) clockMillis() int {
	if !d.HasTime() {
		return 0
	}
	return ((int(d.Hour)*60+int(d.Minute))*60+int(d.Second))*1000 + int(d.Milli)
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

// DayMonthKey returns the MonthKey of every date whose Days is days, and
// false when there is no one key: past the exact scale, where one day
// stands for many years, and at 0, which is also no date's.
func DayMonthKey(days int32) (int, bool) {
	if days == 0 || int64(days) < exactLow || int64(days) >= exactHigh {
		return 0, false
	}
	y, m, _ := civilFromDays(int64(days))
	return int(y)*12 + m - 1, true
}

// first returns the year, month and day of d's earliest possible day.
func (d Date) first() (year int64, month, day int) {
	return d.Year, max(int(d.Month), 1), max(int(d.Day), 1)
}

func appendPadded(b []byte, n int64, width int) []byte {
	digits := 1
	for m := n; m >= 10 || m <= -10; m /= 10 {
		digits++
	}
	if n < 0 {
		digits++ // the sign, as FormatInt counts it
	}
	for ; digits < width; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, n, 10)
}

func cmpInt(a, b int64) int {
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
