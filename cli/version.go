package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

// newVersionCmd is "timeline version".
func newVersionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:               "version",
		Short:             e.cat.T("cli.version.short"),
		Args:              e.noArgs("version"),
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(c *cobra.Command, _ []string) error {
			_, err := fmt.Fprintln(e.stdout, "timeline "+e.opt.Version)
			return err
		},
	}
}
