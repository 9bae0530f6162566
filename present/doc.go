// Package present turns the domain into text a reader sees: a list line,
// the detail of an event, dates with their precision, citations, the org
// chart and the stats. Its functions are pure: they take the data and a
// language and take their words from i18n, so that the interface, the
// command line and the exports say the same things the same way.
package present
