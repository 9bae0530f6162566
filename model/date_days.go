package model

import "time"

// Days numbers days as int32, which the search index, the ruler, the stats
// and the from:/to: filters keep per event. Exact day numbers from
// 1970-01-01 cover about five million years either way, not the billions
// of years a cosmological timeline spans, so the scale is exact where days
// matter and coarse where they cannot:
//
//   - within exactYears of the common era, Days is the exact number of days
//     since 1970-01-01, as it always was;
//   - beyond, each step of slotYears years shares one number, counted on
//     from the last exact day, so that order is kept (a later date never
//     gets a smaller number) down to a hundred billion years;
//   - every number lies within ±2^30, so that the difference of any two
//     still fits in an int32, as the ruler and the jumps compute it.
//
// Sorting never relies on Days: Compare orders any two dates exactly.
const (
	exactYears = 1_000_000
	slotYears  = 1_000
	dayBound   = 1 << 30
)

// The ends of the exact scale: exactLow is civilDays(-exactYears, 1, 1),
// the first exact day, and exactHigh civilDays(exactYears+1, 1, 1), the
// first day after it (TestDayScaleEnds checks them).
const (
	exactLow  = -365962028
	exactHigh = 364523338
)

// civilDays returns the number of days from 1970-01-01 to a day of the
// proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
func civilDays(year int64, month, day int) int64 {
	if month <= 2 {
		year--
	}
	era := year
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := year - era*400                            // [0, 399]
	doy := int64((153*((month+9)%12)+2)/5 + day - 1) // [0, 365], from 1 March
	doe := yoe*365 + yoe/4 - yoe/100 + doy           // [0, 146096]
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of civilDays (Hinnant's civil_from_days).
func civilFromDays(z int64) (year int64, month, day int) {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = int(doy - (153*mp+2)/5 + 1)
	month = int(mp + 3)
	if month > 12 {
		month -= 12
	}
	if month <= 2 {
		y++
	}
	return y, month, day
}

// DaysIn returns the number of days in a month of a year.
func DaysIn(year, month int) int { return DaysIn64(int64(year), month) }

// DaysIn64 is DaysIn for any year.
func DaysIn64(year int64, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// scaled maps an exact day number, and the year it falls in, onto the
// int32 scale described above.
func scaled(days, year int64) int32 {
	switch {
	case days >= exactLow && days < exactHigh:
		return int32(days)
	case year > exactYears:
		return int32(min(exactHigh+(year-exactYears-1)/slotYears, dayBound))
	}
	// Floor division: the slot of the years just before -exactYears is -1.
	slot := (year + exactYears - slotYears + 1) / slotYears
	return int32(max(exactLow+slot, -dayBound))
}

// exactDays returns the earliest day of d as an exact day number.
func (d Date) exactDays() int64 {
	return civilDays(d.first())
}

// Days returns the earliest possible day of d on the int32 scale described
// above: days since 1970-01-01 within a million years of it; 0 for no date.
func (d Date) Days() int32 {
	if d.Precision == NoDate {
		return 0
	}
	return scaled(d.exactDays(), d.Year)
}

// LastDays returns the latest possible day of d on the same scale: the last
// day of the month for July 2025.
func (d Date) LastDays() int32 {
	switch d.Precision {
	case NoDate:
		return 0
	case YearPrecision:
		return scaled(civilDays(d.Year+1, 1, 1)-1, d.Year)
	case MonthPrecision:
		return scaled(d.exactDays()+int64(DaysIn64(d.Year, int(d.Month)))-1, d.Year)
	}
	return d.Days()
}

// FromDays returns the date at day n of the Days scale: the day-precision
// date n days after 1970-01-01 within the exact scale, else the first year
// of the span of years that shares n, at year precision.
func FromDays(n int32) Date {
	switch days := int64(n); {
	case days >= exactLow && days < exactHigh:
		y, m, d := civilFromDays(days)
		return NewDate64(y, m, d)
	case days >= exactHigh:
		return NewDate64(exactYears+1+(days-exactHigh)*slotYears, 0, 0)
	default:
		return NewDate64(-exactYears+(days-exactLow)*slotYears, 0, 0)
	}
}

// Time returns the earliest instant of d in UTC, its time of day included.
// Dates more than about 290 billion years away are beyond time.Time; no
// date is (MaxYear).
func (d Date) Time() time.Time {
	sec := d.exactDays() * 86400
	return time.Unix(sec, 0).UTC().Add(time.Duration(d.clockMillis()) * time.Millisecond)
}

// Weekday returns the day of the week of d's earliest day.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01 was a Thursday.
	return time.Weekday(((d.exactDays()+4)%7 + 7) % 7)
}
