package ui

import (
	"strings"

	"timeline/i18n"
	"timeline/model"
	"timeline/present"
)

// statsLines draws events per kind per week, or per month when the window
// is narrow, with totals and the busiest period named.
func statsLines(ds *model.Dataset, width int, cat i18n.Catalog) []string {
	t := model.Stats(ds, width < 100)
	return strings.Split(strings.TrimRight(present.RenderStatsText(t, width, cat.Lang()), "\n"), "\n")
}
