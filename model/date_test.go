package model

import (
	"testing"
	"time"
)

// daysOf returns the days since 1970-01-01 of a calendar day, computed
// independently of the code under test.
func daysOf(y int, m time.Month, d int) int32 {
	return int32(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in        string
		year      int64
		month     uint8
		day       uint8
		precision Precision
	}{
		{"2025", 2025, 0, 0, YearPrecision},
		{"2025-07", 2025, 7, 0, MonthPrecision},
		{"2025-08-25", 2025, 8, 25, DayPrecision},
		{"2024-02-29", 2024, 2, 29, DayPrecision},
		{"2000-02-29", 2000, 2, 29, DayPrecision},
		{"2025-12-31", 2025, 12, 31, DayPrecision},
		{"2025-01-01", 2025, 1, 1, DayPrecision},
		{"0001", 1, 0, 0, YearPrecision},
		{"1969-12-31", 1969, 12, 31, DayPrecision},
		{"0000", 0, 0, 0, YearPrecision},
		{"-0044-03-15", -44, 3, 15, DayPrecision},
		{"-13800000000", -13_800_000_000, 0, 0, YearPrecision},
		{"+12000", 12000, 0, 0, YearPrecision},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if d.Year != tt.year || d.Month != tt.month || d.Day != tt.day || d.Precision != tt.precision {
				t.Errorf("ParseDate(%q) = %d-%d-%d precision %d, want %d-%d-%d precision %d",
					tt.in, d.Year, d.Month, d.Day, d.Precision, tt.year, tt.month, tt.day, tt.precision)
			}
			if got := d.String(); got != tt.in {
				t.Errorf("String() = %q, want %q (the form it was written in)", got, tt.in)
			}
			if d.IsZero() {
				t.Errorf("IsZero() = true for a parsed date")
			}
		})
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{
		"",
		"banana",
		"2025-13",
		"2025-00",
		"2025-13-01",
		"2025-02-30",
		"2025-02-29",
		"1900-02-29",
		"2025-04-31",
		"2025-01-32",
		"2025-01-00",
		"2025-1-5",
		"2025-1",
		"25-01-05",
		"2025/01/05",
		"2025-01/05",
		"20250105",
		"2025-01-05T24:00",
		"2025-01-05T12:60",
		"2025-01-05T1",
		"2025-01T10:00",
		"2025-01-05T10:00:00.1234",
		"2025-01-05T10:00.5",
		"-44",
		"12000",
		"-1000000000000",
		" 2025",
		"-025",
		"+025",
		"2025-+1",
		"2025-01--1",
		"２０２５",
		"2025-07-\x1b[",
	} {
		t.Run(in, func(t *testing.T) {
			d, err := ParseDate(in)
			if err == nil {
				t.Fatalf("ParseDate(%q) = %v, want an error", in, d)
			}
			if !d.IsZero() {
				t.Errorf("ParseDate(%q) returned a non-zero date %v with its error", in, d)
			}
		})
	}
}

func TestParseDateErrorIsClipped(t *testing.T) {
	long := "2025-01-01" + string(make([]byte, 5000))
	_, err := ParseDate(long)
	if err == nil {
		t.Fatal("want an error")
	}
	if len(err.Error()) > 200 {
		t.Errorf("error is %d bytes long; a hostile date should be clipped in messages", len(err.Error()))
	}
}

func TestDaysAndLastDays(t *testing.T) {
	tests := []struct {
		in          string
		first, last int32
	}{
		{"2025", daysOf(2025, 1, 1), daysOf(2025, 12, 31)},
		{"2024", daysOf(2024, 1, 1), daysOf(2024, 12, 31)},
		{"2025-07", daysOf(2025, 7, 1), daysOf(2025, 7, 31)},
		{"2025-02", daysOf(2025, 2, 1), daysOf(2025, 2, 28)},
		{"2024-02", daysOf(2024, 2, 1), daysOf(2024, 2, 29)},
		{"2025-12", daysOf(2025, 12, 1), daysOf(2025, 12, 31)},
		{"2025-08-25", daysOf(2025, 8, 25), daysOf(2025, 8, 25)},
		{"1970-01-01", 0, 0},
		{"1969-12-31", -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d := MustDate(tt.in)
			if got := d.Days(); got != tt.first {
				t.Errorf("Days() = %d, want %d", got, tt.first)
			}
			if got := d.LastDays(); got != tt.last {
				t.Errorf("LastDays() = %d, want %d", got, tt.last)
			}
			if got, want := d.Time(), time.Unix(int64(tt.first)*86400, 0).UTC(); !got.Equal(want) {
				t.Errorf("Time() = %v, want %v", got, want)
			}
		})
	}
}

func TestWeekday(t *testing.T) {
	if got := MustDate("2025-08-25").Weekday(); got != time.Monday {
		t.Errorf("2025-08-25 is a %v, want Monday", got)
	}
}

func TestZeroDate(t *testing.T) {
	var d Date
	if !d.IsZero() {
		t.Error("zero Date is not IsZero")
	}
	if d.String() != "" {
		t.Errorf("zero Date String() = %q, want empty", d.String())
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"2025-08-25", "2025-08-25", 0},
		{"2025-08", "2025-08", 0},
		{"2025", "2025", 0},
		{"2025-08-24", "2025-08-25", -1},
		{"2025-08-25", "2025-08-24", 1},
		// Same earliest day: day before month before year.
		{"2025-01-01", "2025-01", -1},
		{"2025-01", "2025-01-01", 1},
		{"2025-01", "2025", -1},
		{"2025", "2025-01", 1},
		{"2025-01-01", "2025", -1},
		{"2025", "2025-01-01", 1},
		// Earliest day decides first, whatever the precision.
		{"2025-07", "2025-07-02", -1},
		{"2025", "2025-01-02", -1},
		{"2024-12-31", "2025", -1},
		{"2025-06-30", "2025-07", -1},
	}
	for _, tt := range tests {
		t.Run(tt.a+" vs "+tt.b, func(t *testing.T) {
			if got := MustDate(tt.a).Compare(MustDate(tt.b)); got != tt.want {
				t.Errorf("Compare = %d, want %d", got, tt.want)
			}
			if got := MustDate(tt.b).Compare(MustDate(tt.a)); got != -tt.want {
				t.Errorf("reverse Compare = %d, want %d (antisymmetric)", got, -tt.want)
			}
		})
	}
}

func TestFromDaysRoundTrip(t *testing.T) {
	for _, s := range []string{"1970-01-01", "1969-12-31", "2000-02-29", "2024-02-29", "2025-08-25", "2025-12-31", "9999-12-31", "0001-01-01"} {
		d := MustDate(s)
		back := FromDays(d.Days())
		if back != d {
			t.Errorf("FromDays(%d) = %v (%+v), want %v", d.Days(), back, back, d)
		}
		if back.Precision != DayPrecision {
			t.Errorf("FromDays(%d).Precision = %d, want DayPrecision", d.Days(), back.Precision)
		}
	}
	// Every day of a leap year and the years around it.
	start, end := daysOf(2023, 1, 1), daysOf(2026, 1, 1)
	for n := start; n < end; n++ {
		d := FromDays(n)
		if d.Days() != n || d.LastDays() != n {
			t.Fatalf("FromDays(%d).Days() = %d, LastDays() = %d", n, d.Days(), d.LastDays())
		}
		p, err := ParseDate(d.String())
		if err != nil || p != d {
			t.Fatalf("ParseDate(FromDays(%d).String() = %q) = %v, %v", n, d.String(), p, err)
		}
	}
}

func TestMonthKey(t *testing.T) {
	if MustDate("2025-08-25").MonthKey() != MustDate("2025-08").MonthKey() {
		t.Error("a day and its month have different month keys")
	}
	if MustDate("2025").MonthKey() != MustDate("2025-01").MonthKey() {
		t.Error("a year's month key is not January's")
	}
	if MustDate("2025-12").MonthKey()+1 != MustDate("2026-01").MonthKey() {
		t.Error("December and the next January are not consecutive")
	}
}

func TestDaysIn(t *testing.T) {
	tests := []struct{ y, m, want int }{
		{2025, 1, 31}, {2025, 2, 28}, {2024, 2, 29}, {1900, 2, 28}, {2000, 2, 29}, {2025, 4, 30}, {2025, 12, 31},
	}
	for _, tt := range tests {
		if got := DaysIn(tt.y, tt.m); got != tt.want {
			t.Errorf("DaysIn(%d, %d) = %d, want %d", tt.y, tt.m, got, tt.want)
		}
	}
}

func TestMustDatePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustDate(\"2025-13\") did not panic")
		}
	}()
	MustDate("2025-13")
}

// TestCivilDays checks the day count against the time package on every
// day from year 1 to 2200 and on a few far years.
func TestCivilDays(t *testing.T) {
	day := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	for day.Year() <= 2200 {
		want := int32(day.Unix() / 86400)
		if got := civilDays(int64(day.Year()), int(day.Month()), day.Day()); got != int64(want) {
			t.Fatalf("civilDays(%s) = %d, want %d", day.Format("2006-01-02"), got, want)
		}
		day = day.AddDate(0, 0, 1)
	}
	for _, y := range []int{9999, 32767} {
		d := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
		if got, want := civilDays(int64(y), 12, 31), d.Unix()/86400; got != want {
			t.Errorf("civilDays(%d-12-31) = %d, want %d", y, got, want)
		}
	}
}

// TestDateCompareMatchesDays: comparing dates orders them as their
// earliest days do, then the more precise first.
func TestDateCompareMatchesDays(t *testing.T) {
	dates := []Date{{}, NewDate(1969, 12, 31), NewDate(1970, 0, 0), NewDate(1970, 1, 0), NewDate(1970, 1, 1),
		NewDate(2024, 2, 29), NewDate(2024, 3, 0), NewDate(2024, 3, 1), NewDate(2025, 0, 0), NewDate(2025, 1, 1), NewDate(2025, 7, 0)}
	for _, a := range dates {
		for _, b := range dates {
			want := cmpInt(int64(a.Days()), int64(b.Days()))
			if want == 0 {
				want = -cmpInt(int64(a.Precision), int64(b.Precision))
			}
			if got := a.Compare(b); got != want {
				t.Errorf("%q.Compare(%q) = %d, want %d", a, b, got, want)
			}
		}
	}
}
