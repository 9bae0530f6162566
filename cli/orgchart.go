package cli

import (
	"io"

	"github.com/spf13/cobra"

	"timeline/data"
	"timeline/model"
	"timeline/present"
)

// newOrgChartCmd is "timeline orgchart --at DATE": who reports to whom
// that day.
func newOrgChartCmd(e *env) *cobra.Command {
	var (
		a  args
		at string
	)
	c := &cobra.Command{
		Use:   "orgchart",
		Short: e.cat.T("cli.orgchart.short"),
		Long:  e.cat.T("cli.orgchart.long"),
		Args: func(_ *cobra.Command, pos []string) error {
			if len(pos) > 0 {
				return usageError{e.cat.T("cli.unexpected", "orgchart", pos[0]) + " (--at DATE)"}
			}
			return nil
		},
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(c *cobra.Command, _ []string) error {
			return runOrgChart(e.args(a), at, e.stdout, e.stderr)
		},
	}
	f := e.valueFlag(c, &at, "at", "", "cli.value.date", "cli.flag.at")
	f.Annotations[annRequired] = []string{"true"}
	e.completeFlag(c, "at", fixedCompletions())
	e.formatFlag(c, &a.format, false, "text", "json")
	e.dataFlag(c, &a.data)
	return c
}

// runOrgChart prints who reports to whom on the day at.
func runOrgChart(a args, at string, stdout, stderr io.Writer) error {
	day, err := parseAt(a, at)
	if err != nil {
		return err
	}
	if err := textOrJSON(a, "orgchart"); err != nil {
		return err
	}
	ds, err := load(a, stderr)
	if err != nil {
		return err
	}
	c := model.OrgChart(ds, day)
	if a.format == "json" {
		return writeJSON(stdout, data.ChartJSON(c))
	}
	_, err = io.WriteString(stdout, present.RenderChartText(c, a.lang))
	return err
}

// parseAt reads --at: YYYY-MM-DD, or YYYY-MM for the first day of the month.
func parseAt(a args, s string) (int32, error) {
	if s == "" {
		return 0, usageError{a.cat.T("cli.orgchartneedsat")}
	}
	if len(s) != 7 && len(s) != 10 {
		return 0, usageError{a.cat.T("cli.badat", s)}
	}
	d, err := model.ParseDate(s)
	if err != nil {
		return 0, usageError{"--at: " + err.Error()}
	}
	return d.Days(), nil
}
