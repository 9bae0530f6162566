package cli

import (
	"github.com/spf13/cobra"
)

// shells are the shells "timeline completion" writes a script for.
func shells() []string { return []string{"bash", "zsh", "fish"} }

// newCompletionCmd is "timeline completion bash|zsh|fish": the script
// with which a shell completes timeline's commands, flags, formats,
// languages and event ids. The scripts are cobra's: they ask the hidden
// command __complete, so the completions follow the tree and the
// language of the moment.
func newCompletionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:       "completion " + e.cat.T("cli.completion.args"),
		Short:     e.cat.T("cli.completion.short"),
		Long:      e.cat.T("cli.completion.long"),
		ValidArgs: shells(),
		Args: func(_ *cobra.Command, pos []string) error {
			if len(pos) != 1 {
				return usageError{e.cat.T("cli.completionneedsshell")}
			}
			return nil
		},
		RunE: func(c *cobra.Command, pos []string) error {
			root := c.Root()
			switch pos[0] {
			case "bash":
				return root.GenBashCompletionV2(e.stdout, true)
			case "zsh":
				return root.GenZshCompletion(e.stdout)
			case "fish":
				return root.GenFishCompletion(e.stdout, true)
			}
			return usageError{e.cat.T("cli.badshell", pos[0])}
		},
	}
}
