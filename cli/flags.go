package cli

import (
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"timeline/locale"
)

// Annotations that the help reads from a flag.
const (
	// annValue names a flag's value in the help: FILE, DATE, text|json.
	annValue = "timeline-value"
	// annRequired marks a flag that its command cannot do without, shown
	// without brackets in the usage line. The command checks for it
	// itself, with its own message.
	annRequired = "timeline-required"
	// annBrief marks a command with so many flags that the root's help
	// lists only the required ones (see briefSynopsis); it is a command's
	// annotation, not a flag's.
	annBrief = "timeline-brief"
)

// valueFlag declares a flag taking a string, with the name of its value
// and its description from the catalog.
func (e *env) valueFlag(c *cobra.Command, p *string, name, short, valueKey, usageKey string) *pflag.Flag {
	c.Flags().StringVarP(p, name, short, "", e.cat.T(usageKey))
	f := c.Flags().Lookup(name)
	f.Annotations = map[string][]string{annValue: {e.cat.T(valueKey)}}
	return f
}

// boolFlag declares a flag without a value.
func (e *env) boolFlag(c *cobra.Command, p *bool, name, usageKey string) {
	c.Flags().BoolVar(p, name, false, e.cat.T(usageKey))
}

// dataFlag declares --data FILE, the dataset a command reads.
func (e *env) dataFlag(c *cobra.Command, p *string) {
	e.valueFlag(c, p, "data", "", "cli.value.file", "cli.flag.data")
}

// formatFlag declares --format with the formats a command writes, which
// its help lists and the shell completes. required marks a command that
// has no default format.
func (e *env) formatFlag(c *cobra.Command, p *string, required bool, formats ...string) {
	usage := e.cat.T("cli.flag.format", formats[0])
	if required {
		usage = e.cat.T("cli.flag.formatrequired")
	}
	c.Flags().StringVar(p, "format", "", usage)
	f := c.Flags().Lookup("format")
	f.Annotations = map[string][]string{annValue: {strings.Join(formats, "|")}}
	if required {
		f.Annotations[annRequired] = []string{"true"}
	}
	e.completeFlag(c, "format", fixedCompletions(formats...))
}

// completeFlag registers the completions of a flag's values. cobra keeps
// them in a map of its own for the life of the process, so they are
// registered only when the shell asks for completions.
func (e *env) completeFlag(c *cobra.Command, name string, f cobra.CompletionFunc) {
	if e.completing {
		_ = c.RegisterFlagCompletionFunc(name, f)
	}
}

// fixedCompletions completes with a fixed list of words, and no file
// names.
func fixedCompletions(words ...string) cobra.CompletionFunc {
	return cobra.FixedCompletions(words, cobra.ShellCompDirectiveNoFileComp)
}

// langValue is the value of --lang: en or fr, anything else a bad command
// line.
type langValue struct {
	lang *locale.Lang
	e    *env
}

// String implements pflag.Value.
func (v langValue) String() string {
	if v.lang == nil {
		return ""
	}
	return string(*v.lang)
}

// Set implements pflag.Value.
func (v langValue) Set(s string) error {
	if s != string(locale.English) && s != string(locale.French) {
		return usageError{v.e.cat.T("cli.badlang", s)}
	}
	*v.lang = locale.Lang(s)
	return nil
}

// Type implements pflag.Value.
func (v langValue) Type() string { return "lang" }
