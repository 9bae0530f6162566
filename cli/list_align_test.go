package cli

import (
	"strings"
	"testing"
)

// TestCLIListAligned: in "timeline list | cat" every field starts in the
// same column on every line, whatever the length of a date (a time of
// day, billions of years ago), a French month or an id: the columns are
// padded by characters, to the widest of the file.
func TestCLIListAligned(t *testing.T) {
	for _, args := range [][]string{
		{"list"},
		{"list", "--lang", "fr"},
		{"list", "agarwal"}, // a query's answer lines up as the whole file does
		{"list", "--data", "../data/testdata/timelinejs/times.json"},
		{"list", "--data", "../data/testdata/timelinejs/cosmo.json", "--lang", "fr"},
	} {
		code, out, errs := cliRun(t, args...)
		if code != ExitOK {
			t.Fatalf("%q: exit %d, %s", args, code, errs)
		}
		var starts []int
		for i, line := range cliLines(out) {
			got := fieldStarts(line)
			if i == 0 {
				starts = got
				continue
			}
			for f := range min(len(got), len(starts), 5) {
				if got[f] != starts[f] {
					t.Errorf("%q: field %d of line %d starts at column %d, not %d as on the first:\n%s\n%s",
						args, f+1, i+1, got[f], starts[f], cliLines(out)[0], line)
					break
				}
			}
		}
	}
	// A long date label no longer pushes the columns: the list says
	// "mid-Aug 2025", the detail the whole label.
	_, out, _ := cliRun(t, "list", "hiring", "freeze")
	if strings.Contains(out, "the week before") || !strings.Contains(out, "mid-Aug 2025") {
		t.Errorf("the list writes a long date label: %q", out)
	}
}

// fieldStarts returns the column (in characters) at which each field of a
// list line starts: after the first run of two or more spaces that ends
// a field.
func fieldStarts(line string) []int {
	var out []int
	col, spaces := 0, 0
	for _, r := range line {
		if r == ' ' {
			spaces++
		} else {
			if spaces >= 2 {
				out = append(out, col)
			}
			spaces = 0
		}
		col++
	}
	return out
}
