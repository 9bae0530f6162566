package cli

import (
	"io"

	"github.com/spf13/cobra"

	"timeline/model"
	"timeline/present"
)

// newStatsCmd is "timeline stats": the events per kind per week.
func newStatsCmd(e *env) *cobra.Command {
	var a args
	c := &cobra.Command{
		Use:               "stats",
		Short:             e.cat.T("cli.stats.short"),
		Long:              e.cat.T("cli.stats.long"),
		Args:              e.noArgs("stats"),
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(c *cobra.Command, _ []string) error {
			return runStats(e.args(a), e.stdout, e.stderr)
		},
	}
	e.formatFlag(c, &a.format, false, "text", "json")
	e.dataFlag(c, &a.data)
	return c
}

// runStats prints the events per kind per week, as bars or as JSON.
func runStats(a args, stdout, stderr io.Writer) error {
	if err := textOrJSON(a, "stats"); err != nil {
		return err
	}
	ds, err := load(a, stderr)
	if err != nil {
		return err
	}
	t := model.Stats(ds, false)
	if a.format == "json" {
		return writeJSON(stdout, t.JSON())
	}
	_, err = io.WriteString(stdout, present.RenderStatsText(t, 80, a.lang))
	return err
}
