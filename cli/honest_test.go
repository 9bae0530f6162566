package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestCLIHonestDates: "timeline people" and "timeline stats" never show or
// count an approximate date, or one known to a month, as a day.
func TestCLIHonestDates(t *testing.T) {
	_, out, _ := cliRun(t, "people")
	for _, l := range cliLines(out) {
		if strings.HasPrefix(l, "Ethan Knight ") && (!strings.Contains(l, "late Aug 2025 – 29 Aug 2025") || strings.Contains(l, "26 Aug")) {
			t.Errorf("people: %q", l)
		}
		if strings.HasPrefix(l, "Ruben Mayer ") && strings.Contains(l, "28 Aug 2025 – 28 Aug 2025") {
			t.Errorf("people: one date written twice: %q", l)
		}
	}
	_, out, _ = cliRun(t, "people", "--lang", "fr")
	if !strings.Contains(out, "fin août 2025 – 29 août 2025") {
		t.Errorf("people in French:\n%s", out)
	}
	_, out, _ = cliRun(t, "stats", "--format", "json")
	var st struct {
		Buckets []struct {
			Start       string
			Approximate int
		}
		Unplaced struct{ Total int }
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil || st.Unplaced.Total != 2 {
		t.Errorf("stats json: %v, unplaced %+v", err, st.Unplaced)
	}
	for _, b := range st.Buckets {
		if b.Start == "2025-07-28" && b.Approximate != 0 {
			t.Errorf("the week of 28 July holds an event of August")
		}
	}
}

// TestCLIMarkdownKeepsVia: the Markdown export names the copy that was
// read through a relay as such, as the detail pane does.
func TestCLIMarkdownKeepsVia(t *testing.T) {
	_, out, _ := cliRun(t, "export", "--format", "md")
	if !strings.Contains(out, "The Verge, “Meta is shaking up its AI org again” (via [34.207.196.86](http://34.207.196.86/") ||
		strings.Contains(out, "[The Verge, “Meta is shaking up its AI org again”](http://34.207.196.86") {
		t.Error("the Markdown export presents a relay's copy as The Verge's own link")
	}
}
