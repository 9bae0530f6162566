package cli

import (
	"bufio"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"timeline/data"
)

// newExportCmd is "timeline export --format FORMAT [-o FILE]": the
// dataset in another format, to stdout or to a file.
func newExportCmd(e *env) *cobra.Command {
	var (
		a      args
		output string
		force  bool
	)
	c := &cobra.Command{
		Use:               "export",
		Short:             e.cat.T("cli.export.short"),
		Long:              e.cat.T("cli.export.long"),
		Args:              e.noArgs("export"),
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(c *cobra.Command, _ []string) error {
			return runExport(e.args(a), output, force, e.stdout, e.stderr)
		},
	}
	e.formatFlag(c, &a.format, true, data.ExportFormats()...)
	e.valueFlag(c, &output, "output", "o", "cli.value.file", "cli.flag.output")
	e.boolFlag(c, &force, "force", "cli.flag.force")
	e.dataFlag(c, &a.data)
	return c
}

// runExport writes the dataset (--data, or the bundled one) in the format
// named by --format, to stdout or to the file named by -o ("-" is
// stdout).
func runExport(a args, output string, force bool, stdout, stderr io.Writer) error {
	formats := strings.Join(data.ExportFormats(), ", ")
	if a.format == "" {
		return usageError{a.cat.T("cli.exportneedsformat", formats)}
	}
	export, ok := data.ExporterFor(a.format)
	if !ok {
		return usageError{a.cat.T("cli.badformat", a.format, "export", formats)}
	}
	toFile := output != "" && output != "-"
	if toFile {
		// Before the load, which may take a while, and again before the
		// file is put in place.
		if err := checkTarget(a.cat, output, force); err != nil {
			return err
		}
	}
	ds, err := load(a, stderr)
	if err != nil {
		return err
	}
	// Every format streams, to the file or to stdout, with no copy of
	// the output in memory.
	write := func(w io.Writer) error { return export(w, ds, a.lang) }
	if !toFile {
		bw := bufio.NewWriterSize(stdout, 64<<10)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	if err := writeFile(a.cat, output, force, write); err != nil {
		return err
	}
	say(stderr, a.cat.T("cli.wrote", output, a.format, len(ds.Events)))
	return nil
}
