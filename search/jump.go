package search

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// ParseJump reads where "@" should go and returns the span of days it
// names (days since 1970-01-01): one day, or a whole month for "2025-07"
// or "aug". It accepts a date as in data files ("2025-08",
// "2025-08-19"), a day and month in English or French in either order
// ("aug 19", "19 août", "August 19"), a month alone ("aug"), and an offset
// from the day from ("+3w", "-10d", "+2m", "+1y"). A day and month without
// a year take from's year.
func ParseJump(s string, from int32) (start, end int32, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, 0, fmt.Errorf("empty date")
	}
	if s[0] == '+' || s[0] == '-' {
		d, err := parseOffset(s, from)
		return d, d, err
	}
	if d, err := model.ParseDate(s); err == nil {
		return d.Days(), d.LastDays(), nil
	}
	year := model.FromDays(from).Year
	var day, month int
	for _, w := range strings.FieldsFunc(Fold(s), func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '/' }) {
		if n, err := strconv.Atoi(strings.TrimSuffix(w, "er")); err == nil { // "1er juillet"
			switch {
			case n >= 1000:
				year = int64(n)
			case day == 0 && n >= 1 && n <= 31:
				day = n
			default:
				return 0, 0, fmt.Errorf("cannot read %q as a day", w)
			}
			continue
		}
		m := monthFromWord(w)
		if m == 0 || month != 0 {
			return 0, 0, fmt.Errorf("cannot read %q as a month (try 2025-08-19, aug 19, 19 août or +3w)", clipForError(w))
		}
		month = m
	}
	if month == 0 {
		return 0, 0, fmt.Errorf("no month in %q (try 2025-08-19, aug 19, 19 août or +3w)", clipForError(s))
	}
	if day == 0 {
		d := model.NewDate(int(year), month, 0)
		return d.Days(), d.LastDays(), nil
	}
	if day > model.DaysIn(int(year), month) {
		return 0, 0, fmt.Errorf("%s has only %d days", i18n.For(locale.English).Month(month), model.DaysIn(int(year), month))
	}
	d := model.NewDate(int(year), month, day).Days()
	return d, d, nil
}

// monthFromWord reads an English or French month name, full or cut to at
// least three letters, already folded ("aout", "sept", "august").
func monthFromWord(w string) int {
	if len(w) < 3 {
		return 0
	}
	en, fr := i18n.For(locale.English), i18n.For(locale.French)
	for i := 0; i < 12; i++ {
		for _, name := range []string{Fold(en.Month(i + 1)), Fold(fr.Month(i + 1))} {
			if strings.HasPrefix(name, w) {
				return i + 1
			}
		}
	}
	return 0
}

// parseOffset reads "+3w", "-10d", "+2m" or "+1y" from day from.
func parseOffset(s string, from int32) (int32, error) {
	bad := fmt.Errorf("cannot read offset %q (try +3w, -10d, +2m, +1y)", clipForError(s))
	if len(s) < 3 {
		return 0, bad
	}
	unit := s[len(s)-1]
	n, err := strconv.Atoi(s[1 : len(s)-1])
	if err != nil || n > 100000 {
		return 0, bad
	}
	if s[0] == '-' {
		n = -n
	}
	t := model.FromDays(from).Time()
	switch unit {
	case 'd':
		return from + int32(n), nil
	case 'w':
		return from + int32(7*n), nil
	case 'm':
		t = t.AddDate(0, n, 0)
	case 'y':
		t = t.AddDate(n, 0, 0)
	default:
		return 0, bad
	}
	return int32(t.Sub(time.Unix(0, 0)).Hours() / 24), nil
}

// clipForError cuts what the user typed to a length an error message can
// quote.
func clipForError(s string) string {
	if len(s) > 40 {
		return strings.ToValidUTF8(s[:40], "") + "…"
	}
	return s
}
