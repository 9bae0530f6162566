package present

import (
	"strconv"
	"strings"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// Year writes a year as TimelineJS shows it, in lang: "2025"; a year before
// the common era with its era, "44 BCE" / "44 av. J.-C."; and a year more
// than a million years ago as a span of time, "13.8 billion years ago" / "il
// y a 13,8 milliards d'années", as exact as the year is written.
func Year(y int64, lang locale.Lang) string {
	cat := i18n.For(lang)
	switch {
	case y >= 0:
		return strconv.FormatInt(y, 10)
	case y <= -1_000_000_000:
		return cat.T("date.billionyears", decimal(float64(-y)/1e9, lang))
	case y <= -1_000_000:
		return cat.T("date.millionyears", decimal(float64(-y)/1e6, lang))
	}
	return cat.T("date.bce", strconv.FormatInt(-y, 10))
}

// YearShort writes a year in at most six columns, for the list's gutter:
// "2025", "-44", "-3500", and a year more than a hundred thousand years
// ago by its order of magnitude, "315ka", "539Ma", "13.8Ga", as geologists
// write them (the unit says "ago").
func YearShort(y int64) string {
	switch {
	case y > -100_000:
		return strconv.FormatInt(y, 10)
	case y <= -1_000_000_000:
		return shortUnit(float64(-y)/1e9) + "Ga"
	case y <= -1_000_000:
		return shortUnit(float64(-y)/1e6) + "Ma"
	}
	return shortUnit(float64(-y)/1e3) + "ka"
}

// shortUnit writes v with at most four characters: 13.8, 539, 4.6.
func shortUnit(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	if len(s) > 4 || strings.HasSuffix(s, ".0") {
		s = strconv.FormatFloat(v, 'f', 0, 64)
	}
	return s
}

// decimal writes v with as many decimals as it needs, with the decimal
// separator of lang.
func decimal(v float64, lang locale.Lang) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if lang == locale.French {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Clock writes the time of day of d in lang, as precisely as it is known:
// "14:30" / "14 h 30", "14:30:05", "14:30:05.250"; "" without a time.
func Clock(d model.Date, lang locale.Lang) string {
	cat := i18n.For(lang)
	h, m, s, ms := int(d.Hour), int(d.Minute), int(d.Second), int(d.Milli)
	switch d.Precision {
	case model.HourPrecision:
		return cat.T("time.hour", h)
	case model.MinutePrecision:
		return cat.T("time.minute", h, m)
	case model.SecondPrecision:
		return cat.T("time.second", h, m, s)
	case model.MilliPrecision:
		return cat.T("time.milli", h, m, s, ms)
	}
	return ""
}

// joinClock adds the time of day of d, when it has one, to a written day.
func joinClock(day string, d model.Date, lang locale.Lang) string {
	if c := Clock(d, lang); c != "" {
		return day + " " + c
	}
	return day
}
