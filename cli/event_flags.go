package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"timeline/model"
)

// eventFlags are the flags with which add and edit describe an event:
// its fields, the people, organisations, tags and sources it names, and
// one source to cite, written out. Each command declares them with
// eventFlagSet; edit changes only the fields whose flags the line gives
// (given).
type eventFlags struct {
	date, kind, status                 string
	title, titleFr, summary, summaryFr string
	label, labelFr                     string
	approximate                        bool
	people, orgs, tags, sources        []string
	outlet, headline, url, published   string
	// given reports whether the line gave the flag name.
	given func(name string) bool
}

// fieldFlags are the names of the flags that describe an event, in the
// order the help lists them; --data is not one of them.
var fieldFlags = []string{"date", "kind", "status", "title", "title-fr", "summary", "summary-fr", "date-label",
	"date-label-fr", "approximate", "person", "org", "tag", "source", "source-outlet", "source-title", "source-url",
	"published"}

// sourceFlags are the flags that write out one source to cite.
var sourceFlags = []string{"source-outlet", "source-title", "source-url", "published"}

// eventFlagSet declares the event's flags on c. add marks the ones add
// cannot do without and says what --status defaults to.
func (e *env) eventFlagSet(c *cobra.Command, f *eventFlags, add bool) {
	required := func(name string) {
		if add {
			c.Flags().Lookup(name).Annotations[annRequired] = []string{"true"}
		}
	}
	e.valueFlag(c, &f.date, "date", "", "cli.value.date", "cli.flag.date")
	required("date")
	e.valueFlag(c, &f.kind, "kind", "", "cli.value.kind", "cli.flag.kind").Usage = e.cat.T("cli.flag.kind", strings.Join(model.KindNames(), ", "))
	required("kind")
	statusUsage := "cli.flag.status"
	if add {
		statusUsage = "cli.flag.statusadd"
	}
	e.valueFlag(c, &f.status, "status", "", "cli.value.status", statusUsage)
	e.valueFlag(c, &f.title, "title", "", "cli.value.text", "cli.flag.title")
	required("title")
	e.valueFlag(c, &f.titleFr, "title-fr", "", "cli.value.text", "cli.flag.titlefr")
	e.valueFlag(c, &f.summary, "summary", "", "cli.value.text", "cli.flag.summary")
	e.valueFlag(c, &f.summaryFr, "summary-fr", "", "cli.value.text", "cli.flag.summaryfr")
	e.valueFlag(c, &f.label, "date-label", "", "cli.value.text", "cli.flag.datelabel")
	e.valueFlag(c, &f.labelFr, "date-label-fr", "", "cli.value.text", "cli.flag.datelabelfr")
	e.boolFlag(c, &f.approximate, "approximate", "cli.flag.approximate")
	e.listFlag(c, &f.people, "person", "cli.value.who", "cli.flag.person")
	e.listFlag(c, &f.orgs, "org", "cli.value.who", "cli.flag.org")
	e.listFlag(c, &f.tags, "tag", "cli.value.tag", "cli.flag.tag")
	e.listFlag(c, &f.sources, "source", "cli.value.id", "cli.flag.source")
	e.valueFlag(c, &f.outlet, "source-outlet", "", "cli.value.name", "cli.flag.outlet")
	required("source-outlet")
	e.valueFlag(c, &f.headline, "source-title", "", "cli.value.text", "cli.flag.headline")
	e.valueFlag(c, &f.url, "source-url", "", "cli.value.url", "cli.flag.url")
	e.valueFlag(c, &f.published, "published", "", "cli.value.date", "cli.flag.published")
	f.given = c.Flags().Changed
	e.completeEventFlags(c)
}

// fileToChangeFlag declares --data FILE for add, edit and rm, which
// cannot do without it: the bundled dataset is read-only.
func (e *env) fileToChangeFlag(c *cobra.Command, p *string) {
	f := e.valueFlag(c, p, "data", "", "cli.value.file", "cli.flag.datachange")
	f.Annotations[annRequired] = []string{"true"}
}

// listFlag declares a flag that may be given several times, each value
// kept whole: a name with a comma in it is one name.
func (e *env) listFlag(c *cobra.Command, p *[]string, name, valueKey, usageKey string) {
	c.Flags().StringArrayVar(p, name, nil, e.cat.T(usageKey))
	c.Flags().Lookup(name).Annotations = map[string][]string{annValue: {e.cat.T(valueKey)}}
}

// anyGiven returns the first of names the line gave, or "".
func (f *eventFlags) anyGiven(names ...string) string {
	for _, n := range names {
		if f.given(n) {
			return n
		}
	}
	return ""
}
