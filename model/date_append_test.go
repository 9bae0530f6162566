package model

import (
	"math"
	"strconv"
	"testing"
)

// TestAppendPadded holds appendPadded to what it did with FormatInt: the
// number, its sign counted, after as many zeros as it falls short of width.
func TestAppendPadded(t *testing.T) {
	for _, n := range []int64{0, 1, 9, 10, 99, 100, 999, 1000, 2025, 9999, 10000, 123456789, math.MaxInt64,
		-1, -9, -10, -99, -100, -999, -1000, -12345, math.MinInt64} {
		for width := 0; width <= 5; width++ {
			s := strconv.FormatInt(n, 10)
			want := s
			for i := len(s); i < width; i++ {
				want = "0" + want
			}
			if got := string(appendPadded([]byte("x"), n, width)); got != "x"+want {
				t.Errorf("appendPadded(%d, %d) = %q, want %q", n, width, got, "x"+want)
			}
		}
	}
}

// TestDateAppend holds Append to String, after what b holds already.
func TestDateAppend(t *testing.T) {
	for _, in := range []string{"2025", "2025-07", "2025-08-25", "0001", "0000", "-0044-03-15", "-13800000000",
		"+12000", "2025-08-25T14", "2025-08-25T14:30", "2025-08-25T14:30:05", "2025-08-25T14:30:05.250"} {
		d, err := ParseDate(in)
		if err != nil {
			t.Fatalf("ParseDate(%q): %v", in, err)
		}
		if got := string(d.Append([]byte(`"`))); got != `"`+in || d.String() != in {
			t.Errorf("Append = %q, String = %q, want %q", got, d.String(), in)
		}
	}
	if got := string(Date{}.Append([]byte("x"))); got != "x" {
		t.Errorf("the zero date appends %q", got)
	}
}
