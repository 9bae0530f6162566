package i18n

// english is the English table. Every key here must exist in french too.
var english = map[string]string{
	// Kinds, statuses and stances.
	"kind.departure":           "departure",
	"kind.hire":                "hire",
	"kind.appointment":         "appointment",
	"kind.reorganization":      "reorganization",
	"kind.vendor":              "vendor",
	"kind.investment":          "investment",
	"kind.layoff":              "layoff",
	"kind.policy":              "policy",
	"kind.report":              "report",
	"kindshort.departure":      "depart",
	"kindshort.hire":           "hire",
	"kindshort.appointment":    "appoint",
	"kindshort.reorganization": "reorg",
	"kindshort.vendor":         "vendor",
	"kindshort.investment":     "invest",
	"kindshort.layoff":         "layoff",
	"kindshort.policy":         "policy",
	"kindshort.report":         "report",
	"status.confirmed":         "confirmed",
	"status.reported":          "reported",
	"status.disputed":          "disputed",
	"stance.asserts":           "asserts",
	"stance.denies":            "denies",
	"stance.disputes":          "disputes",
	"stance.says":              "says",

	// Header, panes and status line.
	"events.one":        "%d event",
	"events.many":       "%d events",
	"pane.timeline":     "Timeline",
	"pane.help":         "Help — type to narrow, ? or esc to close",
	"too.small":         "terminal too small (%d×%d)",
	"too.small.short":   "too small (%d×%d)",
	"empty.dataset":     "No events.",
	"detail.people":     "People",
	"detail.claims":     "Claims",
	"detail.quotes":     "Quotes",
	"detail.sources":    "Sources",
	"detail.related":    "Related",
	"detail.orgs":       "Organisations: ",
	"detail.tags":       "Tags: ",
	"detail.approx":     "approximate date; sorted at %s",
	"detail.monthonly":  "day not known; sorted at the start of the month",
	"detail.yearonly":   "month not known; sorted at the start of the year",
	"detail.contested":  "! contested",
	"detail.disputed":   "! disputed",
	"detail.via":        "via ",
	"detail.sourcenote": "note: ",
	"detail.translated": "translation: ",
	"detail.fallback":   " [other language]",
	"detail.id":         "id: ",
	"date.about":        "about %s",

	// Key help.
	"key.up":          "up",
	"key.down":        "down",
	"key.first":       "first",
	"key.last":        "last",
	"key.pagedown":    "page down",
	"key.pageup":      "page up",
	"key.prevmonth":   "previous month",
	"key.nextmonth":   "next month",
	"key.tab":         "switch pane",
	"key.zoom":        "zoom detail",
	"key.back":        "back",
	"key.help":        "help",
	"key.quit":        "quit",
	"key.suspend":     "suspend",
	"key.search":      "search",
	"key.filter":      "filter",
	"key.nextmatch":   "next match",
	"key.prevmatch":   "previous match",
	"key.kinds":       "toggle kinds",
	"key.jumpdate":    "jump to date",
	"key.mark":        "mark",
	"key.tomark":      "back to mark",
	"key.jumpback":    "previous jump",
	"key.jumpforward": "next jump",

	"prompt.search":   "/",
	"prompt.filter":   "filter: ",
	"prompt.jump":     "jump to: ",
	"hint.jump":       "2025-08-19, aug 19, 19 août, +3w, -10d",
	"indexing":        "indexing…",
	"searching":       "searching…",
	"matches.none":    "no match",
	"matches.count":   "match %d/%d",
	"matches.total":   "%d matches",
	"count.filtered":  "%d of %d events",
	"empty.filter":    "No events match. esc clears the filter; 1–9 toggle kinds.",
	"mark.after":      "%d days after the marked event: %s",
	"mark.before":     "%d days before the marked event: %s",
	"mark.same":       "the same day as the marked event: %s",
	"mark.this":       "this is the marked event",
	"status.marked":   "marked",
	"status.unmarked": "mark removed",
	"status.nomark":   "no mark: press m on an event first",
	"status.nojump":   "no earlier jump",
	"legend.off":      "off",
	"key.lang":        "français",

	"key.copy":     "copy…",
	"key.open":     "open source",
	"key.person":   "a person's events",
	"key.people":   "people, orgs, outlets",
	"key.orgchart": "org chart",
	"key.stats":    "stats",

	"copy.title":     "Copy — enter or 1–9 to copy, esc to close",
	"copy.preview":   "Will copy",
	"copy.citation":  "Citation",
	"copy.markdown":  "Markdown",
	"copy.summary":   "Plain summary",
	"copy.urls":      "Source URLs (%d)",
	"copy.id":        "Event id",
	"copy.quote":     "Quote: %s",
	"copy.sent":      "copy sent to the terminal (OSC 52): %s, %d characters — timeline show ID --format citation prints it too",
	"open.title":     "Open a source — enter or 1–9, esc to close",
	"open.nourl":     "this event has no web address to open",
	"open.refused":   "only http and https addresses are opened",
	"open.noopener":  "no %s on this system; the address is %s",
	"open.opening":   "opening %s",
	"open.failed":    "could not open %s",
	"person.title":   "Show a person's events — enter or 1–9, esc to close",
	"person.none":    "no people on this event",
	"index.title":    "People, organisations, outlets — type to narrow, tab: next tab, enter: their events, esc: back",
	"index.people":   "People",
	"index.orgs":     "Organisations",
	"index.outlets":  "Outlets",
	"index.narrow":   "narrow: ",
	"index.none":     "  nothing matches",
	"chart.title":    "Org chart — [ ] previous/next change, j/k scroll, esc back",
	"chart.on":       "Org chart on %s",
	"chart.before":   "Before: %s",
	"chart.after":    "After: %s",
	"chart.changes":  "Changes (+ arrival, − departure, → move)",
	"chart.nochange": "no change in reporting lines",
	"chart.orgs":     "Organisations",
	"chart.people":   "Who reports to whom",
	"chart.empty":    "no reporting lines on this date",
	"chart.disputed": "Disputed reporting lines",
	"chart.account":  "%s reports to %s, according to %s",
	"stats.title":    "Events per kind over time — j/k scroll, esc back",

	// The command line.
	"cli.usage": `timeline — a terminal timeline explorer for reporters

Usage:
  timeline [--data FILE]                 explore a timeline (the bundled summer of 2025 by default)
  timeline list [QUERY...] [--format text|json]
                                         print the events matching QUERY (all by default), one per line;
                                         QUERY: words, "phrases", kind: person: org: outlet: status: tag:
                                         from:DATE to:DATE, !term to exclude
  timeline show ID [--format text|json|citation|md]   print one event (or its citation)
  timeline validate FILE                 list every problem in a dataset file; exit 1 if any
  timeline export --format json|timelinejs|md|csv|ics [-o FILE] [--force]   write the dataset in a format
  timeline people [--format text|json]   every person, their role, events, first and last dates
  timeline orgs [--format text|json]     every organisation and the events that name it
  timeline orgchart --at DATE [--format text|json]
                                         who reports to whom on DATE (YYYY-MM-DD, or YYYY-MM for the 1st)
  timeline stats [--format text|json]    events per kind per week, the busiest week
  timeline index FILE                    keep a search index of FILE so that list answers at once,
                                         and keep it up to date when FILE changes
  timeline generate --events N [--seed S]
                                         write a synthetic dataset of N events (native JSON) to stdout
  timeline version                       print the version
  timeline help                          this text

Flags (before or after the arguments):
  --data FILE         the dataset to open (native JSON, TimelineJS JSON or sheet CSV, told by content)
  --format FORMAT     output format for list, show and export
  -o, --output FILE   export to FILE (written atomically; never replaces a file without --force)
  --force             let -o replace an existing file
  --lang en|fr        content language (default from LC_ALL, LC_MESSAGES, LANG; else en)
  --no-mouse          do not capture the mouse (keeps the terminal's own selection)
  -h, --help          this text

TIMELINE_CACHE=off in the environment: no index is read or written.

Exit status: 0 success, 1 a data problem, 2 a bad command line.
`,
	"cli.seehelp":             "Run 'timeline help' for usage.",
	"cli.unknowncmd":          "unknown command %q",
	"cli.unknownflag":         "unknown flag %q",
	"cli.needsvalue":          "flag %s needs a value",
	"cli.badlang":             "--lang must be en or fr, not %q",
	"cli.unexpected":          "%s takes no argument: unexpected %s",
	"cli.badformat":           "unknown format %q for %s (want %s)",
	"cli.showneedsid":         "show needs exactly one event id",
	"cli.noevent":             "no event with id %q (timeline list shows the ids)",
	"cli.validateneedsfile":   "validate needs a file",
	"cli.problems":            "%s: %d problems",
	"cli.valid":               "%s: valid, %d events, %d people, %d sources",
	"cli.orgchartneedsat":     "orgchart needs --at DATE (YYYY-MM-DD or YYYY-MM)",
	"cli.badat":               "--at: %q is not a date (want YYYY-MM-DD or YYYY-MM)",
	"cli.exportneedsformat":   "export needs --format (one of %s)",
	"cli.exists":              "%s already exists; add --force to replace it",
	"cli.isdir":               "%s is a directory",
	"cli.cannotwrite":         "cannot write %s: %v",
	"cli.cannotwritein":       "cannot write in %s: %v",
	"cli.wrote":               "wrote %s (%s, %d events)",
	"cli.generateneedsevents": "generate needs --events N",
	"cli.badevents":           "--events must be a whole number from 1 to %d, not %q",
	"cli.badseed":             "--seed must be a whole number, not %q",
	"help.narrow":             "type to narrow: ",
	"loading.title":           "Loading ",
	"loading.stop":            "ctrl+c to stop",
	"loading.anykey":          "press any key",
	"cli.indexhint":           "%s is read in full for each list; \"timeline index\" on it makes list answer at once",
	"cli.indexneedsfile":      "index needs one file",
	"cli.indexoff":            "indexes are turned off (%s=off)",
	"cli.indexchanged":        "%s changed while it was being indexed; run the command again",
	"cli.indexed":             "%s: %d events indexed in %s; timeline list answers from the index until the file changes",
	"cli.problem":             "%s: 1 problem",

	// Presentation of dates, citations, org charts and stats (package present).
	"cite.day":           "%[2]s %[1]s, %[3]d",
	"cite.sep":           "; ",
	"cite.quote":         "“%s”",
	"gutter.early":       "early",
	"gutter.mid":         "mid",
	"gutter.late":        "late",
	"chart.heading":      "Org chart on %s",
	"charttext.people":   "People (reporting lines)",
	"charttext.orgs":     "Organisations",
	"chart.none":         "(none)",
	"charttext.cycle":    "in a cycle: %s",
	"charttext.disputed": "disputed",
	"chart.disputedalso": "disputed: also reported under %s",
	"change.under":       ", under ",
	"change.was":         ", was under ",
	"change.top":         "(top)",
	"change.in":          ", in ",
	"change.wasin":       ", was in ",
	"stats.perweek":      "Events per week (weeks start on Monday)",
	"stats.busiestweek":  "Busiest week",
	"stats.bykind":       "By kind",
	"stats.none":         "No events.",
	"stats.permonth":     "Events per month",
	"stats.busiestmonth": "Busiest month",

	// Headings of the Markdown export.
	"md.updated": "Updated",
	"md.eras":    "Eras",
	"md.people":  "People",
	"md.claims":  "Claims",
	"md.quotes":  "Quotes",
	"md.sources": "Sources",
}
