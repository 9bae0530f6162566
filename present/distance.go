package present

import (
	"math"
	"strconv"

	"timeline/i18n"
	"timeline/model"
)

// FromMark says how far event e is from the marked event m, in words, as
// exactly as their dates allow: "3 days after the marked event: …" when
// both are known to the day; otherwise "about a week after", "about 2
// months before", "in the same month as", "in the same year as" or "at
// about the same time as". A date known only to its month, or only
// approximately, never counts as an exact day.
func FromMark(e, m *model.Event, cat i18n.Catalog) string {
	title := m.Title.String(cat.Lang())
	a, b := e.Date, m.Date
	exact := a.HasDay() && b.HasDay() && !e.Approximate && !m.Approximate
	if exact {
		switch d := int(a.Days() - b.Days()); {
		case d == 0:
			return cat.T("mark.same", title)
		case d == 1:
			return cat.T("mark.after.one", title)
		case d == -1:
			return cat.T("mark.before.one", title)
		case d > 0:
			return cat.T("mark.after", d, title)
		default:
			return cat.T("mark.before", -d, title)
		}
	}
	coarse := min(a.Precision, b.Precision)
	switch {
	case coarse <= model.YearPrecision && a.Year == b.Year:
		return cat.T("mark.sameyear", title)
	case coarse == model.MonthPrecision && a.MonthKey() == b.MonthKey():
		return cat.T("mark.samemonth", title)
	}
	var span string
	var after bool
	if coarse <= model.YearPrecision {
		years := a.Year - b.Year
		after = years > 0
		span = yearsSpan(abs64(years), cat)
	} else {
		days := float64(middle(a)) - float64(middle(b))
		after = days > 0
		span = daysSpan(math.Abs(days), cat)
		if span == "" {
			return cat.T("mark.sametime", title)
		}
	}
	if after {
		return cat.T("mark.about.after", span, title)
	}
	return cat.T("mark.about.before", span, title)
}

// middle returns the day in the middle of what d may be: the day itself,
// or the middle of its month.
func middle(d model.Date) int32 {
	if d.HasDay() {
		return d.Days()
	}
	return d.Days() + (d.LastDays()-d.Days())/2
}

// daysSpan writes a rough number of days, "a few days", "a week", "3
// weeks", "2 months", "a year", "4 years"; "" for at most two days, which
// is the same time as far as rough dates go.
func daysSpan(days float64, cat i18n.Catalog) string {
	switch {
	case days <= 2:
		return ""
	case days <= 5:
		return cat.T("span.fewdays")
	case days <= 10:
		return cat.T("span.week")
	case days <= 24:
		return cat.T("span.weeks", int(math.Round(days/7)))
	case days <= 45:
		return cat.T("span.month")
	case days <= 319:
		return cat.T("span.months", int(math.Round(days/30.44)))
	}
	return yearsSpan(int64(math.Round(days/365.25)), cat)
}

// yearsSpan writes a number of years, "a year", "40 years", "13.8 billion
// years".
func yearsSpan(years int64, cat i18n.Catalog) string {
	switch {
	case years <= 1:
		return cat.T("span.year")
	case years >= 1_000_000_000:
		return cat.T("span.billionyears", decimal(math.Round(float64(years)/1e8)/10, cat.Lang()))
	case years >= 1_000_000:
		return cat.T("span.millionyears", decimal(math.Round(float64(years)/1e5)/10, cat.Lang()))
	}
	return cat.T("span.years", strconv.FormatInt(years, 10))
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}
