package cli

import (
	"slices"
	"testing"
)

// TestCompletionEventFlags: the shell completes add's and edit's kinds and
// statuses, the ids of the people, organisations and sources of the file
// named by --data (with their names), the event ids of edit and rm, and
// no file names for texts and dates.
func TestCompletionEventFlags(t *testing.T) {
	path := notebook(t, nil)
	for _, c := range []struct {
		line []string
		want []string
	}{
		{[]string{"add", "--kind", ""}, []string{"departure", "hire", "appointment", "reorganization", "vendor", "investment", "layoff", "policy", "report"}},
		{[]string{"edit", "x", "--status", ""}, []string{"confirmed", "reported", "disputed"}},
		{[]string{"add", "--data", path, "--person", "alexandr"}, []string{"alexandr-wang"}},
		{[]string{"edit", "x", "--data", path, "--org", "tbd"}, []string{"tbd-lab"}},
		{[]string{"add", "--data", path, "--source", "usine"}, []string{"usine-digitale"}},
		{[]string{"edit", "--data", path, "rishabh"}, []string{cliAgarwalID}},
		{[]string{"rm", "--data", path, "rishabh"}, []string{cliAgarwalID}},
		{[]string{"add", "--person", "alexandr"}, nil}, // no file named: nothing to read
		{[]string{"add", "--title", ""}, nil},
		{[]string{"add", "--date", ""}, nil},
	} {
		words, _, directive := complete(t, c.line...)
		if !slices.Equal(words, c.want) {
			t.Errorf("%q: %q, want %q", c.line, words, c.want)
		}
		if directive != ":4" {
			t.Errorf("%q: directive %s, want :4 (no file names)", c.line, directive)
		}
	}
	if _, described, _ := complete(t, "add", "--data", path, "--person", "alexandr"); !slices.Equal(described, []string{"alexandr-wang\tAlexandr Wang"}) {
		t.Errorf("a person's completion %q, want the id with the name", described)
	}
	if _, _, d := complete(t, "add", "--data", ""); d != ":0" {
		t.Errorf("--data completes with directive %s, want :0 (file names)", d)
	}
}
