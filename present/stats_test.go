package present

import (
	"strings"
	"testing"

	"timeline/locale"
	"timeline/model"
	"timeline/model/modeltest"
)

func TestRenderStatsText(t *testing.T) {
	got := RenderStatsText(model.Stats(modeltest.Stats(), false), 60, locale.English)
	want := `Events per week (weeks start on Monday) — 6
 9 Jun 2025  ████████████████████████ 2
16 Jun 2025  ████████████             1  vendor 1
23 Jun 2025                           0
30 Jun 2025  ████████████████████████ 2  departure 2
Busiest week: 9 Jun 2025 (2)
In no week, known only to their month or year: 1 (layoff 1)

By kind
departure       ████████████████████████ 2
hire                                     0
appointment                              0
reorganization                           0
vendor          ████████████████████████ 2
investment      ████████████             1
layoff          ████████████             1
policy                                   0
report                                   0
`
	if got != want {
		t.Errorf("RenderStatsText:\n%s\nwant:\n%s", got, want)
	}
	wide := RenderStatsText(model.Stats(modeltest.Stats(), false), 80, locale.English)
	if !strings.Contains(wide, " 2  vendor 1 · investment 1\n") {
		t.Errorf("at 80 columns the kinds of each week are named:\n%s", wide)
	}
	for _, line := range strings.Split(got, "\n") {
		if runeLen(line) > 60 {
			t.Errorf("line wider than 60: %q", line)
		}
	}
	if got := RenderStatsText(model.Stats(&model.Dataset{}, false), 40, locale.French); !strings.Contains(got, "Aucun événement.") {
		t.Errorf("empty French stats: %q", got)
	}
}
