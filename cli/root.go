package cli

import (
	"github.com/spf13/cobra"
)

// newRoot builds the command tree for one run: the explorer at the root,
// then a command per file, the help and the completion scripts. It is
// built anew for each run, in the run's language; nothing of it outlives
// the run.
func newRoot(e *env) *cobra.Command {
	var a args
	var noMouse bool
	root := &cobra.Command{
		Use:   "timeline",
		Short: e.cat.T("cli.root.short"),
		Args: func(c *cobra.Command, pos []string) error {
			if len(pos) > 0 {
				return e.unknownCommand(c, pos[0])
			}
			return nil
		},
		RunE: func(c *cobra.Command, _ []string) error {
			return e.explore(e.args(a), noMouse)
		},
		SilenceErrors:              true,
		SilenceUsage:               true,
		SuggestionsMinimumDistance: 2,
		// The completion command is ours, with its texts in the catalog.
		CompletionOptions: cobra.CompletionOptions{DisableDefaultCmd: true},
	}
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetFlagErrorFunc(e.flagError)

	global := root.PersistentFlags()
	global.Var(langValue{&e.lang, e}, "lang", e.cat.T("cli.flag.lang"))
	global.Lookup("lang").Annotations = map[string][]string{annValue: {"en|fr"}}
	e.completeFlag(root, "lang", fixedCompletions("en", "fr"))
	// Declared here, cobra's own --help (described in English) is not added.
	global.BoolP("help", "h", false, e.cat.T("cli.flag.help"))

	e.dataFlag(root, &a.data)
	e.boolFlag(root, &noMouse, "no-mouse", "cli.flag.nomouse")

	e.commands = []*cobra.Command{
		newListCmd(e), newShowCmd(e), newValidateCmd(e), newExportCmd(e), newAddCmd(e), newEditCmd(e), newRmCmd(e),
		newPeopleCmd(e), newOrgsCmd(e), newOrgChartCmd(e), newStatsCmd(e),
		newIndexCmd(e), newGenerateCmd(e), newCompletionCmd(e), newVersionCmd(e),
	}
	help := newHelpCmd(e)
	e.commands = append(e.commands, help)
	root.AddCommand(e.commands...)
	root.SetHelpCommand(help)
	root.SetHelpFunc(func(c *cobra.Command, _ []string) { e.writeHelp(c) })
	root.SetUsageFunc(func(c *cobra.Command) error {
		e.writeHelp(c)
		return nil
	})

	// The help lists flags in the order they are declared, most useful
	// first.
	global.SortFlags = false
	for _, c := range append([]*cobra.Command{root}, e.commands...) {
		c.Flags().SortFlags = false
	}
	return root
}
