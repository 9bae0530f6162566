package cli

import (
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// helpColumn is where the descriptions start in the root's list of
// commands; a longer usage line puts its description on the next line.
const helpColumn = 41

// newHelpCmd is "timeline help [COMMAND]".
func newHelpCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "help " + e.cat.T("cli.help.args"),
		Short: e.cat.T("cli.help.short"),
		Long:  e.cat.T("cli.help.long"),
		Args: func(c *cobra.Command, pos []string) error {
			if len(pos) > 1 {
				return usageError{e.cat.T("cli.helptoomany")}
			}
			return nil
		},
		ValidArgsFunction: func(c *cobra.Command, pos []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(pos) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var names []cobra.Completion
			for _, sub := range e.commands {
				if strings.HasPrefix(sub.Name(), prefix) {
					names = append(names, cobra.CompletionWithDesc(sub.Name(), sub.Short))
				}
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, pos []string) error {
			if len(pos) == 0 {
				e.writeHelp(c.Root())
				return nil
			}
			for _, sub := range e.commands {
				if sub.Name() == pos[0] {
					e.writeHelp(sub)
					return nil
				}
			}
			return e.unknownCommand(c.Root(), pos[0])
		},
	}
}

// writeHelp prints c's help to stdout: for the root, every command with
// its usage line; for a command, its usage line, what it does and its
// flags. Every word comes from the catalog, none from cobra's templates.
func (e *env) writeHelp(c *cobra.Command) {
	var b strings.Builder
	if c.HasParent() {
		e.commandHelp(&b, c)
	} else {
		e.rootHelp(&b, c)
	}
	io.WriteString(e.stdout, b.String())
}

// rootHelp is timeline's own help.
func (e *env) rootHelp(b *strings.Builder, root *cobra.Command) {
	b.WriteString(e.cat.T("cli.root.title") + "\n\n")
	b.WriteString(e.cat.T("cli.help.usage") + "\n")
	column(b, "  "+synopsis(root), root.Short)
	b.WriteString("  " + e.cat.T("cli.help.commandline") + "\n\n")
	b.WriteString(e.cat.T("cli.help.commands") + "\n")
	for _, c := range e.commands {
		column(b, "  "+briefSynopsis(c), c.Short)
	}
	b.WriteString("\n" + e.cat.T("cli.help.flags") + "\n")
	flagList(b, root)
	b.WriteString("\n" + e.cat.T("cli.help.notes"))
}

// commandHelp is the help of one command.
func (e *env) commandHelp(b *strings.Builder, c *cobra.Command) {
	b.WriteString(c.CommandPath() + " — " + c.Short + "\n\n")
	b.WriteString(e.cat.T("cli.help.usage") + "\n")
	b.WriteString("  " + synopsis(c) + "\n")
	if c.Long != "" {
		b.WriteString("\n" + strings.TrimSuffix(c.Long, "\n") + "\n")
	}
	b.WriteString("\n" + e.cat.T("cli.help.flags") + "\n")
	flagList(b, c)
}

// column writes left, then right from helpColumn on, or on the next line
// when left reaches it.
func column(b *strings.Builder, left, right string) {
	b.WriteString(left)
	if n := len([]rune(left)); n < helpColumn-1 {
		b.WriteString(strings.Repeat(" ", helpColumn-1-n))
	} else {
		b.WriteString("\n" + strings.Repeat(" ", helpColumn-1))
	}
	b.WriteString(right + "\n")
}

// synopsis is a command's usage line: its path, its arguments and its
// own flags, the ones it cannot do without bare, the others in brackets.
// The flags of every command (--lang, --help) are left to the list.
func synopsis(c *cobra.Command) string {
	parts := []string{c.CommandPath()}
	if _, a, ok := strings.Cut(c.Use, " "); ok {
		parts = append(parts, a)
	}
	ownFlags(c, func(f *pflag.Flag) {
		s := flagUsage(f, false)
		if _, required := f.Annotations[annRequired]; !required {
			s = "[" + s + "]"
		}
		parts = append(parts, s)
	})
	return strings.Join(parts, " ")
}

// briefSynopsis is a command's line in the root's list: its synopsis,
// or, for a command with many flags (annBrief), its path, its arguments
// and the flags it cannot do without, then [...] for the others, which
// its own help lists.
func briefSynopsis(c *cobra.Command) string {
	if _, brief := c.Annotations[annBrief]; !brief {
		return synopsis(c)
	}
	parts := []string{c.CommandPath()}
	if _, a, ok := strings.Cut(c.Use, " "); ok {
		parts = append(parts, a)
	}
	ownFlags(c, func(f *pflag.Flag) {
		if _, required := f.Annotations[annRequired]; required {
			parts = append(parts, flagUsage(f, false))
		}
	})
	return strings.Join(append(parts, "[...]"), " ")
}

// flagList writes c's flags, its own first, then those of every command,
// each with its description, in two aligned columns.
func flagList(b *strings.Builder, c *cobra.Command) {
	var flags []*pflag.Flag
	ownFlags(c, func(f *pflag.Flag) { flags = append(flags, f) })
	c.Root().PersistentFlags().VisitAll(func(f *pflag.Flag) { flags = append(flags, f) })
	width := 0
	for _, f := range flags {
		width = max(width, len([]rune(flagUsage(f, true))))
	}
	for _, f := range flags {
		left := flagUsage(f, true)
		b.WriteString("  " + left + strings.Repeat(" ", width-len([]rune(left))+3) + f.Usage + "\n")
	}
}

// ownFlags calls fn on each flag c declares itself, in the order it
// declares them (newRoot turns pflag's sorting off), leaving out the
// flags of every command.
func ownFlags(c *cobra.Command, fn func(*pflag.Flag)) {
	global := c.Root().PersistentFlags()
	c.Flags().VisitAll(func(f *pflag.Flag) {
		if global.Lookup(f.Name) == nil && !f.Hidden {
			fn(f)
		}
	})
}

// flagUsage writes a flag as the help shows it: "--format text|json", or
// with its short form too when long is set ("-o, --output FILE").
func flagUsage(f *pflag.Flag, long bool) string {
	s := "--" + f.Name
	switch {
	case f.Shorthand != "" && long:
		s = "-" + f.Shorthand + ", " + s
	case f.Shorthand != "":
		s = "-" + f.Shorthand
	}
	if v := f.Annotations[annValue]; len(v) > 0 {
		s += " " + v[0]
	}
	return s
}
