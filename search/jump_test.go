package search

import (
	"testing"
	"timeline/model"
)

func TestParseJump(t *testing.T) {
	from := model.MustDate("2025-08-19").Days()
	cases := []struct{ in, want string }{
		{"2025-08", "2025-08-01"},
		{"2025-08-25", "2025-08-25"},
		{"2024", "2024-01-01"},
		{"aug 19", "2025-08-19"},
		{"Aug 25", "2025-08-25"},
		{"19 août", "2025-08-19"},
		{"19 aout", "2025-08-19"},
		{"August 1", "2025-08-01"},
		{"1er juillet", "2025-07-01"},
		{"juil 16", "2025-07-16"},
		{"sept", "2025-09-01"},
		{"12 june 2025", "2025-06-12"},
		{"+3w", "2025-09-09"},
		{"-10d", "2025-08-09"},
		{"+1m", "2025-09-19"},
		{"-1y", "2024-08-19"},
		{"banana", ""},
		{"", ""},
		{"+", ""},
		{"+3x", ""},
		{"feb 30", ""},
		{"aug 19 20", ""},
	}
	for _, c := range cases {
		got, _, err := ParseJump(c.in, from)
		if c.want == "" {
			if err == nil {
				t.Errorf("%q: want an error, got %s", c.in, model.FromDays(got))
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if g := model.FromDays(got).String(); g != c.want {
			t.Errorf("%q: got %s, want %s", c.in, g, c.want)
		}
	}
}

func TestParseJumpSpan(t *testing.T) {
	from := model.MustDate("2025-08-19").Days()
	for in, want := range map[string][2]string{"2025-07": {"2025-07-01", "2025-07-31"}, "sept": {"2025-09-01", "2025-09-30"}, "aug 2": {"2025-08-02", "2025-08-02"}} {
		s, e, err := ParseJump(in, from)
		if err != nil || model.FromDays(s).String() != want[0] || model.FromDays(e).String() != want[1] {
			t.Errorf("%q: %s–%s, %v", in, model.FromDays(s), model.FromDays(e), err)
		}
	}
}
