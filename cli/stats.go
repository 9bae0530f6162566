package cli

import (
	"io"

	"github.com/spf13/cobra"

	"timeline/model"
	"timeline/present"
)

// newStatsCmd is "timeline stats": the events per kind per week.
func newStatsCmd(e *env) *cobra.Command { return e.reportCmd("stats", printStats) }

// printStats prints the events per kind per week, as bars or as JSON.
func printStats(a args, ds *model.Dataset, stdout io.Writer) error {
	t := model.Stats(ds, false)
	if a.format == "json" {
		return writeJSON(stdout, t.JSON())
	}
	_, err := io.WriteString(stdout, present.RenderStatsText(t, 80, a.lang))
	return err
}
