package data

import (
	"fmt"
	"strconv"
	"strings"

	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// date converts the parts of a TimelineJS date, as TimelineJS reads them
// (src/js/date/TLDate.js): whole numbers, as strings or numbers, a year of
// any size (negative before the common era), then month, day, hour,
// minute, second and millisecond, the precision following the last part
// written. ok is false when a date was written but cannot be read; why
// has then been reported with report.
func (im *importer) date(s *slide, field string, d dateParts, report func(s *slide, field, format string, args ...any)) (model.Date, bool) {
	if d.empty() && strings.TrimSpace(d.hour+d.minute+d.second+d.milli+d.clock) == "" {
		return model.Date{}, true
	}
	bad := func(part, format string, args ...any) (model.Date, bool) {
		if part != "" {
			part = "." + part
		}
		report(s, field+part, format, args...)
		return model.Date{}, false
	}
	var n [7]int64
	var set [7]bool
	for i, written := range []string{d.year, d.month, d.day, d.hour, d.minute, d.second, d.milli} {
		v := strings.TrimSpace(written)
		if s.sheet {
			v = integerSpaces.Replace(v) // as TimelineJS's clean_integer
		}
		if v == "" {
			continue
		}
		x, err := strconv.ParseInt(strings.TrimSuffix(v, ".0"), 10, 64)
		if err != nil {
			return bad(datePartNames[i], "%q is not a whole number", im.line(s, field, clipRunes(strings.TrimSpace(written), 40)))
		}
		n[i], set[i] = x, true
	}
	if d.clock != "" {
		c, err := parseClock(d.clock)
		if err != nil {
			return bad("time", "%s", err)
		}
		copy(n[3:], c.parts[:])
		copy(set[3:], c.set[:])
	}
	y, m, day := n[0], int(n[1]), int(n[2])
	switch {
	case !set[0]:
		return bad("year", "missing year")
	case y < -model.MaxYear || y > model.MaxYear:
		return bad("year", "year %d is beyond %d years either way", y, int64(model.MaxYear))
	case set[1] && (m < 0 || m > 12):
		return bad("month", "month %d is not 1–12", m)
	case m == 0 && set[2] && day != 0:
		return bad("day", "a day without a month")
	case day < 0 || m > 0 && day > model.DaysIn64(y, m):
		return bad("day", "day %d is not in %s %s", day, present.MonthName(m, locale.English), present.Year(y, locale.English))
	}
	date := model.NewDate64(y, m, day)
	last := -1
	for i := 3; i < 7; i++ {
		if set[i] {
			last = i
		}
	}
	if last < 0 {
		return date, true
	}
	if !date.HasDay() {
		return bad(datePartNames[last], "a time of day without a day")
	}
	if err := model.CheckTime(int(n[3]), int(n[4]), int(n[5]), int(n[6])); err != nil {
		return bad(datePartNames[last], "%s", err)
	}
	return date.At(int(n[3]), int(n[4]), int(n[5]), int(n[6]), model.HourPrecision+model.Precision(last-3)), true
}

// datePartNames are the keys of a TimelineJS date's parts, in order.
// integerSpaces are what TimelineJS's clean_integer drops from a sheet's
// number, made once (see hrefEscapes).
var integerSpaces = strings.NewReplacer(" ", "", ",", "")

var datePartNames = [7]string{"year", "month", "day", "hour", "minute", "second", "millisecond"}

// clockParts is a time of day read from a sheet's Time cell: hour, minute,
// second and millisecond, and which of them were written.
type clockParts struct {
	parts [4]int64
	set   [4]bool
}

// parseClock reads a sheet's Time cell as TimelineJS does (parseTime in
// src/js/date/DateUtil.js): "14:30", "2:30 PM", "1430", "14.30",
// "14:30:05", "14:30:05.25". A fraction of a second is read as a fraction
// (.25 is 250 ms), where TimelineJS multiplies its digits by 100.
func parseClock(s string) (clockParts, error) {
	var c clockParts
	s = strings.TrimSpace(s)
	period := ""
	trimmed := strings.TrimRight(s, " .")
	for _, suffix := range []string{"a.m", "p.m", "am", "pm"} {
		if strings.HasSuffix(strings.ToLower(trimmed), suffix) {
			period, s = suffix[:1]+"m", strings.TrimSpace(trimmed[:len(trimmed)-len(suffix)])
			break
		}
	}
	var parts []string
	if len(s) >= 3 && len(s) <= 4 && strings.Trim(s, "0123456789") == "" {
		parts = []string{s[:len(s)-2], s[len(s)-2:]}
	} else if parts = strings.Split(s, ":"); len(parts) == 1 {
		parts = strings.Split(s, ".")
	}
	if len(parts) > 3 {
		return c, fmt.Errorf("%q is not a time of day", clipRunes(s, 40))
	}
	if len(parts) == 3 {
		sec, frac, ok := strings.Cut(parts[2], ".")
		if !ok {
			sec, frac, _ = strings.Cut(parts[2], ",")
		}
		parts[2] = sec
		if frac != "" {
			if len(frac) > 3 || strings.Trim(frac, "0123456789") != "" {
				return c, fmt.Errorf("%q is not a fraction of a second", clipRunes(frac, 40))
			}
			ms, _ := strconv.Atoi((frac + "00")[:3])
			c.parts[3], c.set[3] = int64(ms), true
		}
	}
	for i, p := range parts {
		v, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil {
			return c, fmt.Errorf("%q is not a time of day", clipRunes(s, 40))
		}
		c.parts[i], c.set[i] = int64(v), true
	}
	switch {
	case period == "pm" && c.parts[0] != 12:
		c.parts[0] += 12
	case period == "am" && c.parts[0] == 12:
		c.parts[0] = 0
	}
	return c, nil
}

// legacyDate splits a date as TimelineJS 2 wrote it into its parts:
// "2012,1,26" or "2012,1,26,10,30" (with a time of day), "2012", "-500",
// "2012-01-26", "1/26/2012", or the digits alone, "196002152034" being
// 1960-02-15 20:34 (YYYYMMDD, then hh, mm and ss when there are more).
func legacyDate(s string) dateParts {
	s = strings.TrimSpace(s)
	var d dateParts
	fields := []*string{&d.year, &d.month, &d.day, &d.hour, &d.minute, &d.second}
	switch {
	case strings.Contains(s, ","):
		for i, p := range strings.Split(s, ",") {
			if i < len(fields) {
				*fields[i] = strings.TrimSpace(p)
			}
		}
	case len(s) >= 8 && len(s) <= 14 && len(s)%2 == 0 && strings.Trim(s, "0123456789") == "":
		*fields[0] = s[:4]
		for i, j := 1, 4; j < len(s); i, j = i+1, j+2 {
			*fields[i] = s[j : j+2]
		}
	default:
		return oneStringDate(s)
	}
	return d
}

// oneStringDate splits a date written as one string, as a version 1 sheet's
// Start Date and End Date cells hold it (parseDate in TLDate.js): "2012",
// "-500", "2012-01-26", "2012-01-26T10:30", "1/26/2012", "1/2012".
func oneStringDate(s string) dateParts {
	s = strings.TrimSpace(s)
	var d dateParts
	if date, clock, ok := strings.Cut(s, "T"); ok && strings.Count(date, "-") >= 2 {
		d = oneStringDate(date)
		d.clock = clock
		return d
	}
	if strings.Contains(s, "/") {
		p := strings.Split(s, "/")
		switch len(p) {
		case 3:
			d.month, d.day, d.year = p[0], p[1], p[2]
		case 2:
			d.month, d.year = p[0], p[1]
		default:
			d.year = s
		}
		return d
	}
	sign := ""
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		sign, s = s[:1], s[1:]
	}
	p := strings.SplitN(s, "-", 3)
	d.year = strings.TrimPrefix(sign, "+") + p[0]
	if len(p) > 1 {
		d.month = p[1]
	}
	if len(p) > 2 {
		d.day = p[2]
	}
	return d
}
