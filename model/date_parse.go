package model

import (
	"fmt"
	"strconv"
)

// ParseDate reads a date as String writes it: "YYYY", "YYYY-MM" or
// "YYYY-MM-DD", optionally followed by a time of day, "THH", "THH:MM",
// "THH:MM:SS" or "THH:MM:SS.mmm" (one to three digits of fraction). A year
// outside 0–9999 is written with a sign and at least four digits (-0044,
// +12000, -13800000000). The precision follows the form. Impossible dates
// (month 13, 30 February, hour 24) are errors.
func ParseDate(s string) (Date, error) {
	bad := func(why string) (Date, error) {
		return Date{}, fmt.Errorf("invalid date %q: %s (want YYYY[-MM[-DD[THH:MM]]])", clipForError(s), why)
	}
	rest := s
	signed := len(rest) > 0 && (rest[0] == '-' || rest[0] == '+')
	if signed {
		rest = rest[1:]
	}
	n := 0
	for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	if n < 4 || !signed && n != 4 || n > 12 {
		return bad("the year must have four digits, or a sign and at least four")
	}
	y, err := strconv.ParseInt(rest[:n], 10, 64)
	if err != nil || y > MaxYear {
		return bad("year out of range")
	}
	if s[0] == '-' {
		y = -y
	}
	rest = rest[n:]
	if rest == "" {
		return NewDate64(y, 0, 0), nil
	}
	m, rest, ok := field2(rest, '-')
	if !ok || m < 1 || m > 12 {
		return bad("month must be 01–12")
	}
	if rest == "" {
		return NewDate64(y, m, 0), nil
	}
	d, rest, ok := field2(rest, '-')
	if !ok || d < 1 || d > DaysIn64(y, m) {
		return bad(fmt.Sprintf("day must be 01–%02d", DaysIn64(y, m)))
	}
	date := NewDate64(y, m, d)
	if rest == "" {
		return date, nil
	}
	return parseClock(date, rest, bad)
}

// parseClock reads the time of day after a date: "THH", "THH:MM",
// "THH:MM:SS" or "THH:MM:SS.f" with one to three digits of fraction.
func parseClock(date Date, rest string, bad func(string) (Date, error)) (Date, error) {
	var parts [3]int
	p := HourPrecision
	sep := byte('T')
	for i := 0; i < 3 && rest != ""; i++ {
		v, r, ok := field2(rest, sep)
		if !ok {
			return bad("bad time of day")
		}
		parts[i], rest, sep = v, r, ':'
		p = HourPrecision + Precision(i)
	}
	milli := 0
	if rest != "" {
		if p != SecondPrecision || rest[0] != '.' || len(rest) < 2 || len(rest) > 4 {
			return bad("bad fraction of a second")
		}
		frac := rest[1:]
		for i := 0; i < len(frac); i++ {
			if frac[i] < '0' || frac[i] > '9' {
				return bad("bad fraction of a second")
			}
		}
		v, _ := strconv.Atoi((frac + "00")[:3])
		milli, p = v, MilliPrecision
	}
	if err := CheckTime(parts[0], parts[1], parts[2], milli); err != nil {
		return bad(err.Error())
	}
	return date.At(parts[0], parts[1], parts[2], milli, p), nil
}

// field2 reads sep then two digits from the start of s.
func field2(s string, sep byte) (int, string, bool) {
	if len(s) < 3 || s[0] != sep || s[1] < '0' || s[1] > '9' || s[2] < '0' || s[2] > '9' {
		return 0, s, false
	}
	return int(s[1]-'0')*10 + int(s[2]-'0'), s[3:], true
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
