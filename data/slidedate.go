package data

import (
	"strconv"
	"strings"
	"unicode"

	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// sameAsDate reports whether a display date says no more than the date
// itself, in any of the usual ways of writing it: "2025-08-25",
// "Mon 25 Aug 2025", "August 25, 2025", "25 août 2025", "July 2025". A
// display date that says more ("mid-July 2025", "Summer 1943") becomes the
// event's date label.
func sameAsDate(display string, d model.Date) bool {
	display = strings.TrimSpace(display)
	if d.IsZero() || display == d.String() {
		return display == d.String()
	}
	want := map[string]bool{strconv.Itoa(int(d.Year)): true}
	if d.Precision >= model.MonthPrecision {
		want["month"] = true
	}
	if d.Precision == model.DayPrecision {
		want[strconv.Itoa(int(d.Day))] = true
	}
	got := map[string]bool{}
	for _, tok := range strings.FieldsFunc(strings.ToLower(display), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		switch m := monthOf(tok); {
		case m != 0 && m == int(d.Month):
			tok = "month"
		case isWeekday(tok): // after the month: "mar" is March and mardi
			continue
		case m != 0:
			return false
		case tok == "1er":
			tok = "1"
		default:
			if n, err := strconv.Atoi(tok); err == nil {
				tok = strconv.Itoa(n)
			}
		}
		got[tok] = true
	}
	if len(got) != len(want) {
		return false
	}
	for k := range want {
		if !got[k] {
			return false
		}
	}
	return true
}

// monthOf returns the month (1–12) a word names in English or French, in
// full or abbreviated, or 0.
func monthOf(word string) int {
	for m := 1; m <= 12; m++ {
		for _, lang := range []locale.Lang{locale.English, locale.French} {
			full := strings.ToLower(present.MonthName(m, lang))
			short := strings.TrimSuffix(strings.ToLower(present.MonthShort(m, lang)), ".")
			if word == full || word == short {
				return m
			}
		}
	}
	if word == "sept" {
		return 9
	}
	return 0
}

// isWeekday reports whether a word is a day of the week in English or
// French, in full or abbreviated.
func isWeekday(word string) bool {
	for _, d := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
		"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
		"dim", "lun", "mar", "mer", "jeu", "ven", "sam"} {
		if word == d {
			return true
		}
	}
	return false
}

// legacyDate splits a TimelineJS 2 date, "2012,1,26" or "2012,1,26,10,30"
// or "2012", into its parts; hours and minutes are dropped.
func legacyDate(s string) dateParts {
	parts := strings.Split(s, ",")
	var d dateParts
	for i, p := range parts {
		switch i {
		case 0:
			d.year = strings.TrimSpace(p)
		case 1:
			d.month = strings.TrimSpace(p)
		case 2:
			d.day = strings.TrimSpace(p)
		}
	}
	return d
}
