package cli

import (
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"timeline/data/synth"
)

// maxGenerate caps "timeline generate": ten million events is already a
// file of several gigabytes.
const maxGenerate = 10_000_000

// newGenerateCmd is "timeline generate --events N [--seed S]".
func newGenerateCmd(e *env) *cobra.Command {
	var events, seed string
	c := &cobra.Command{
		Use:               "generate",
		Short:             e.cat.T("cli.generate.short"),
		Long:              e.cat.T("cli.generate.long"),
		Args:              e.noArgs("generate"),
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(c *cobra.Command, _ []string) error {
			return runGenerate(e.args(args{}), events, seed, e.stdout)
		},
	}
	f := e.valueFlag(c, &events, "events", "", "cli.value.n", "cli.flag.events")
	f.Annotations[annRequired] = []string{"true"}
	e.valueFlag(c, &seed, "seed", "", "cli.value.seed", "cli.flag.seed")
	e.completeFlag(c, "events", fixedCompletions())
	e.completeFlag(c, "seed", fixedCompletions())
	return c
}

// runGenerate writes a synthetic dataset of events events, built from
// seed (1 by default), to stdout: the same events and seed always give the
// same bytes.
func runGenerate(a args, events, seed string, stdout io.Writer) error {
	if events == "" {
		return usageError{a.cat.T("cli.generateneedsevents")}
	}
	n, err := strconv.Atoi(events)
	if err != nil || n < 1 || n > maxGenerate {
		return usageError{a.cat.T("cli.badevents", maxGenerate, events)}
	}
	s := int64(1)
	if seed != "" {
		if s, err = strconv.ParseInt(seed, 10, 64); err != nil {
			return usageError{a.cat.T("cli.badseed", seed)}
		}
	}
	return synth.Write(stdout, n, s)
}
