package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/spf13/cobra"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// args are the values that the commands reading a dataset share: the
// file (--data), the output format (--format) and the language of the
// data, with its catalog. Each command declares the flags it takes; the
// values of the others stay empty.
type args struct {
	data   string
	format string
	lang   locale.Lang
	cat    i18n.Catalog
}

// load reads the dataset named by --data, or the bundled one, and reports
// warnings on stderr.
func load(a args, stderr io.Writer) (*model.Dataset, error) {
	l, _, err := loadWarned(a, stderr)
	return l.Dataset, err
}

// writeJSON writes v as indented JSON, with <, > and & as they are: the
// output is data for programs, not HTML.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeJSONList writes the n values that at returns as writeJSON writes a
// slice of them, byte for byte, one value at a time.
func writeJSONList(w io.Writer, n int, at func(i int) any) error {
	if n == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	out := bufio.NewWriterSize(w, 64<<10)
	var one bytes.Buffer
	enc := json.NewEncoder(&one)
	enc.SetIndent("  ", "  ") // each value one level in, as the slice's items
	enc.SetEscapeHTML(false)
	out.WriteString("[\n")
	for i := range n {
		one.Reset()
		if err := enc.Encode(at(i)); err != nil {
			return err
		}
		out.WriteString("  ")
		out.Write(bytes.TrimSuffix(one.Bytes(), []byte("\n")))
		if i < n-1 {
			out.WriteByte(',')
		}
		out.WriteByte('\n')
	}
	out.WriteString("]\n")
	return out.Flush()
}

// noArgs is the argument check of a command that takes none.
func (e *env) noArgs(name string) func(*cobra.Command, []string) error {
	return func(_ *cobra.Command, pos []string) error {
		if len(pos) > 0 {
			return usageError{e.cat.T("cli.unexpected", name, pos[0])}
		}
		return nil
	}
}

// reportCmd is a command that takes no argument and prints a report on
// the dataset (--data, or the bundled one) as text or JSON: people, orgs,
// stats. report is given the dataset once the format is checked and the
// file loaded.
func (e *env) reportCmd(name string, report func(a args, ds *model.Dataset, stdout io.Writer) error) *cobra.Command {
	var a args
	c := &cobra.Command{
		Use:               name,
		Short:             e.cat.T("cli." + name + ".short"),
		Long:              e.cat.T("cli." + name + ".long"),
		Args:              e.noArgs(name),
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(c *cobra.Command, _ []string) error {
			a := e.args(a)
			if err := textOrJSON(a, name); err != nil {
				return err
			}
			ds, err := load(a, e.stderr)
			if err != nil {
				return err
			}
			return report(a, ds, e.stdout)
		},
	}
	e.formatFlag(c, &a.format, false, "text", "json")
	e.dataFlag(c, &a.data)
	return c
}

// textOrJSON checks the format of a command that writes text or JSON.
func textOrJSON(a args, name string) error {
	if a.format != "" && a.format != "text" && a.format != "json" {
		return badFormat(a, name)
	}
	return nil
}

// badFormat is the error for a format a command does not write.
func badFormat(a args, name string) error {
	return usageError{a.cat.T("cli.badformat", a.format, name, "text, json")}
}
