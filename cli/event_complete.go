package cli

import (
	"os"
	"strings"

	"github.com/spf13/cobra"

	"timeline/data"
	"timeline/model"
)

// completeEventFlags registers the completions of add's and edit's flags:
// kinds and statuses; the ids of the people, organisations and sources
// of the file named by --data, each with its name, when the file loads in
// a moment; nothing, not even file names, for the texts and dates.
func (e *env) completeEventFlags(c *cobra.Command) {
	e.completeFlag(c, "kind", fixedCompletions(model.KindNames()...))
	e.completeFlag(c, "status", fixedCompletions(model.StatusNames()...))
	for _, name := range []string{"date", "title", "title-fr", "summary", "summary-fr", "date-label", "date-label-fr",
		"tag", "source-outlet", "source-title", "source-url", "published"} {
		e.completeFlag(c, name, fixedCompletions())
	}
	ids := func(list func(ds *model.Dataset) [][2]string) cobra.CompletionFunc {
		return func(c *cobra.Command, _ []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
			path, _ := c.Flags().GetString("data")
			ds := quickDataset(path)
			if ds == nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []cobra.Completion
			for _, item := range list(ds) {
				if strings.HasPrefix(item[0], prefix) {
					out = append(out, cobra.CompletionWithDesc(item[0], item[1]))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		}
	}
	e.completeFlag(c, "person", ids(func(ds *model.Dataset) [][2]string {
		out := make([][2]string, len(ds.People))
		for i, p := range ds.People {
			out[i] = [2]string{p.ID, p.Name}
		}
		return out
	}))
	e.completeFlag(c, "org", ids(func(ds *model.Dataset) [][2]string {
		out := make([][2]string, len(ds.Orgs))
		for i, o := range ds.Orgs {
			out[i] = [2]string{o.ID, o.Name}
		}
		return out
	}))
	e.completeFlag(c, "source", ids(func(ds *model.Dataset) [][2]string {
		out := make([][2]string, len(ds.Sources))
		for i, s := range ds.Sources {
			out[i] = [2]string{s.ID, strings.TrimSpace(s.Outlet + " — " + s.Title)}
		}
		return out
	}))
}

// quickDataset loads the file at path for a completion, or returns nil:
// only a regular file that loads in a moment (below the size that gets
// a loading screen) is read, as the shell waits.
func quickDataset(path string) *model.Dataset {
	if path == "" || data.IsURL(path) {
		return nil
	}
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() || bigFile(path) {
		return nil
	}
	ds, _, err := data.Load(path)
	if err != nil {
		return nil
	}
	return ds
}
