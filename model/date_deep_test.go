package model

import (
	"slices"
	"testing"
	"time"
	"unsafe"
)

// TestDateSize: every event holds a date, every source one, and the extra
// fields a pointer to an end date; the year for deep time and the time of
// day fit in 16 bytes.
func TestDateSize(t *testing.T) {
	if n := unsafe.Sizeof(Date{}); n != 16 {
		t.Errorf("Date is %d bytes, want 16", n)
	}
	if n := unsafe.Sizeof(Event{}); n != 176 {
		t.Errorf("Event is %d bytes, want 176 (update the doc comment of Event)", n)
	}
	if n := unsafe.Sizeof(Source{}); n != 88 {
		t.Errorf("Source is %d bytes, want 88 (update the doc comment of sourceMore)", n)
	}
	if n := unsafe.Sizeof(EventExtra{}); n != 96 {
		t.Errorf("EventExtra is %d bytes, want 96 (update the doc comment of eventDates)", n)
	}
	if n := unsafe.Sizeof(PersonRef{}); n != 8 {
		t.Errorf("PersonRef is %d bytes, want 8 (update its doc comment)", n)
	}
	if n := unsafe.Sizeof(Slide{}); n != 64 {
		t.Errorf("Slide is %d bytes, want 64", n)
	}
}

func TestDayScaleEnds(t *testing.T) {
	if got := civilDays(-exactYears, 1, 1); got != exactLow {
		t.Errorf("exactLow = %d, want %d", int64(exactLow), got)
	}
	if got := civilDays(exactYears+1, 1, 1); got != exactHigh {
		t.Errorf("exactHigh = %d, want %d", int64(exactHigh), got)
	}
}

func TestParseTimeOfDay(t *testing.T) {
	tests := []struct {
		in    string
		clock [4]int
		p     Precision
	}{
		{"2025-08-25T14", [4]int{14, 0, 0, 0}, HourPrecision},
		{"2025-08-25T14:30", [4]int{14, 30, 0, 0}, MinutePrecision},
		{"2025-08-25T00:00", [4]int{0, 0, 0, 0}, MinutePrecision},
		{"2025-08-25T14:30:05", [4]int{14, 30, 5, 0}, SecondPrecision},
		{"2025-08-25T14:30:05.250", [4]int{14, 30, 5, 250}, MilliPrecision},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if err != nil {
			t.Fatalf("ParseDate(%q): %v", tt.in, err)
		}
		if got := [4]int{int(d.Hour), int(d.Minute), int(d.Second), int(d.Milli)}; got != tt.clock || d.Precision != tt.p {
			t.Errorf("ParseDate(%q) = %v precision %d, want %v precision %d", tt.in, got, d.Precision, tt.clock, tt.p)
		}
		if d.String() != tt.in {
			t.Errorf("String() = %q, want %q", d.String(), tt.in)
		}
		if d.Days() != MustDate("2025-08-25").Days() || d.LastDays() != d.Days() {
			t.Errorf("%s: Days %d, LastDays %d, want the day's", tt.in, d.Days(), d.LastDays())
		}
	}
	// A fraction of one or two digits is tenths or hundredths.
	if d := MustDate("2025-08-25T14:30:05.5"); d.Milli != 500 || d.String() != "2025-08-25T14:30:05.500" {
		t.Errorf(".5 = %d ms, %q", d.Milli, d.String())
	}
	if got, want := MustDate("2025-08-25T14:30:05.250").Time(), time.Date(2025, 8, 25, 14, 30, 5, 250e6, time.UTC); !got.Equal(want) {
		t.Errorf("Time() = %v, want %v", got, want)
	}
	if got := MustDate("2025-08-25T14:30").Clock(); got != "14:30" {
		t.Errorf("Clock() = %q", got)
	}
}

// TestOrderWithTimeAndDeepTime: dates sort by their earliest instant, the
// time of day and years billions of years ago included, and Days never
// goes against that order.
func TestOrderWithTimeAndDeepTime(t *testing.T) {
	in := []string{
		"-100000000000", "-13800000000", "-13799630000", "-4600000000", "-0538800000", "-1000001", "-1000000",
		"-0315000", "-3500", "-0044-03-15", "0000", "0001", "1969-12-31", "2025", "2025-08", "2025-08-25T00:00",
		"2025-08-25", "2025-08-25T09", "2025-08-25T09:15", "2025-08-25T09:15:00.001", "2025-08-25T23:59:59.999",
		"2025-08-26", "9999-12-31", "+1000000", "+1000001", "+100000000000",
	}
	dates := make([]Date, len(in))
	for i, s := range in {
		dates[i] = MustDate(s)
	}
	if !slices.IsSortedFunc(dates, Date.Compare) {
		for i := 1; i < len(dates); i++ {
			if dates[i-1].Compare(dates[i]) > 0 {
				t.Errorf("%s sorts after %s", dates[i-1], dates[i])
			}
		}
	}
	for i := 1; i < len(dates); i++ {
		a, b := dates[i-1], dates[i]
		if a.Days() > b.Days() || a.Days() > a.LastDays() {
			t.Errorf("%s (%d–%d) then %s (%d–%d): the day scale goes backwards", a, a.Days(), a.LastDays(), b, b.Days(), b.LastDays())
		}
		if d := int64(b.Days()) - int64(a.Days()); d > 1<<31-1 {
			t.Errorf("%s to %s: %d days does not fit an int32", a, b, d)
		}
	}
	// The day scale keeps the years it can tell apart apart.
	if MustDate("-13800000000").Days() == MustDate("-4600000000").Days() {
		t.Error("the Big Bang and the Solar System share a day number")
	}
	if lo, hi := MustDate("-100000000000").Days(), MustDate("+100000000000").Days(); lo < -dayBound || hi > dayBound {
		t.Errorf("the scale runs %d to %d, beyond ±2^30", lo, hi)
	}
}

func TestFromDaysDeepTime(t *testing.T) {
	for _, s := range []string{"-13800000000", "-0538800000", "-1000001", "+1000001", "+0538800000"} {
		d := MustDate(s)
		back := FromDays(d.Days())
		if back.Precision != YearPrecision || back.Days() != d.Days() || back.Year > d.Year || d.Year-back.Year >= slotYears {
			t.Errorf("FromDays(Days(%s)) = %s, want the first year of its span", s, back)
		}
	}
	for _, s := range []string{"-1000000-01-01", "+1000000-12-31", "-0044-03-15"} {
		if d := MustDate(s); FromDays(d.Days()) != d {
			t.Errorf("FromDays(Days(%s)) = %s", s, FromDays(d.Days()))
		}
	}
}

func TestWeekdayFarAway(t *testing.T) {
	// 1 January of year 1 was a Monday in the proleptic Gregorian calendar.
	if got := MustDate("0001-01-01").Weekday(); got != time.Monday {
		t.Errorf("0001-01-01 is a %v", got)
	}
	if got, want := MustDate("-0044-03-15").Weekday(), time.Date(-44, 3, 15, 0, 0, 0, 0, time.UTC).Weekday(); got != want {
		t.Errorf("-0044-03-15 is a %v, want %v", got, want)
	}
}
