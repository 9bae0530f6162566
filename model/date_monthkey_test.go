package model

import (
	"math/rand/v2"
	"testing"
)

// TestDayMonthKey holds DayMonthKey to MonthKey for dates of every
// precision across the exact scale, and checks that it gives no key
// where one day stands for many years.
func TestDayMonthKey(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		y := int64(r.IntN(8000) - 4000)
		d := NewDate64(y, r.IntN(13), 0)
		if d.Month != 0 {
			d = NewDate64(y, int(d.Month), r.IntN(DaysIn64(y, int(d.Month))+1))
		}
		k, ok := DayMonthKey(d.Days())
		if d.Days() == 0 {
			if ok {
				t.Fatalf("%v: day 0 gave a key", d)
			}
			continue
		}
		if !ok || k != d.MonthKey() {
			t.Fatalf("%v: DayMonthKey(%d) = %d, %v; MonthKey %d", d, d.Days(), k, ok, d.MonthKey())
		}
	}
	for _, y := range []int64{-5_000_000, 5_000_000, 1 << 40} {
		if _, ok := DayMonthKey(NewDate64(y, 0, 0).Days()); ok {
			t.Errorf("year %d: a key past the exact scale", y)
		}
	}
}
