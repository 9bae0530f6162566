package i18n

// englishMore holds the explorer's strings added after the first table
// (en.go) grew to its size: honest dates, distances, citations, hints,
// the org chart's steps, the introduction and fetching again. Every key
// here must exist in frenchMore too, and in no other table.
var englishMore = map[string]string{
	// Parts of a month, for an approximate date written short.
	"date.part.early": "early %s",
	"date.part.mid":   "mid-%s",
	"date.part.late":  "late %s",

	// How far an event is from the marked one.
	"mark.after.one":    "1 day after the marked event: %s",
	"mark.before.one":   "1 day before the marked event: %s",
	"mark.about.after":  "about %s after the marked event: %s",
	"mark.about.before": "about %s before the marked event: %s",
	"mark.samemonth":    "in the same month as the marked event: %s",
	"mark.sameyear":     "in the same year as the marked event: %s",
	"mark.sametime":     "at about the same time as the marked event: %s",
	"span.fewdays":      "a few days",
	"span.week":         "a week",
	"span.weeks":        "%d weeks",
	"span.month":        "a month",
	"span.months":       "%d months",
	"span.year":         "a year",
	"span.years":        "%s years",
	"span.millionyears": "%s million years",
	"span.billionyears": "%s billion years",

	// Stats: what the bars do not show.
	"stats.approx":         "▒ approximate dates, counted where they are dated",
	"stats.unplaced.week":  "In no week, known only to their month or year: %d (%s)",
	"stats.unplaced.month": "In no month, known only to their year: %d (%s)",

	// Citations.
	"cite.dated": "%s: %s",
	"cite.via":   "via",

	// The open menu and what copying and opening say.
	"open.preview":       "Opens",
	"open.via":           "%s, via %s",
	"open.media":         "Media: %s",
	"copy.sent.plain":    "%s sent to the terminal's clipboard (OSC 52), %d characters",
	"copy.sent.command":  "%s sent to the terminal's clipboard (OSC 52), %d characters; %s prints it too",
	"open.noopener.copy": "no %s here to open it; sent to the clipboard instead (OSC 52): %s",

	// The introduction: the title slide, how the file opened, its warnings.
	"intro.title":      "About this timeline — esc or enter: the timeline",
	"intro.opened":     "Opened",
	"intro.source":     "from %s",
	"intro.why":        "; the warnings below say why",
	"intro.warnings":   "Warnings (%d)",
	"key.totimeline":   "the timeline",
	"key.intro":        "about this timeline",
	"key.refetch":      "fetch again",
	"notice.opened":    "%s — i shows why",
	"notice.warnings":  "%d warnings when opening — i lists them",
	"notice.warning":   "1 warning when opening — i shows it",
	"fetch.again":      "fetching %s again…",
	"fetch.done":       "fetched again: %s",
	"fetch.failed":     "could not fetch it again, the timeline on screen is unchanged: %s",
	"fetch.notweb":     "r fetches again a timeline opened by its web address; this one is a file",
	"loading.fetching": "Fetching ",
	"loading.behind":   "loading %d %% · %s · showing the first %d meanwhile",
	"loading.read":     "%d events read",
	"loading.readof":   "%d of %d events read",
	"loading.short":    "loading %d %% · %s",
	"loading.pct":      "loading %d %%",
	"loading.wait":     "The file is still loading: this waits until all of it is read.",
	"loading.done":     "Loaded whole: %s.",
	"key.nokind":       "show/hide events of no kind",

	// What the search and filter prompts offer and say.
	"key.complete":  "complete",
	"complete.one":  "tab: %s",
	"complete.many": "tab: %s",
	"complete.more": "(%d more)",
	"hint.quote":    "close the quote with \"",
	"hint.field":    "no field %q; the fields are %s",
	"hint.kind":     "kind: takes %s",
	"hint.status":   "status: takes %s",
	"hint.date":     "%s: takes a date: 2025-08-19, 2025-08 or 2025",

	// The org chart's steps: what changed, and why a person left it.
	"chart.changedon":   "What changed on %s (+ arrival, − departure, → move)",
	"change.why":        ": %s",
	"change.lineended":  "reporting line ended (%s)",
	"change.roleended":  "role ended (%s)",
	"change.noreports":  "no one reports to them any more",
	"change.role":       "→ %s, role: %s → %s",
	"chart.nochangeday": "no change in reporting lines or roles on this day",
	"date.shownas":      "%s, shown as “%s”",
	"stats.busiestline": "%s: %s (%d)",
}
