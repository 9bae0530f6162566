// Package ui is the Bubble Tea interface of timeline.
//
// The root Model routes and composes; every screen is a component of its
// own (component.go), each in the file named after it: the explorer
// (explorer.go, the timeline list and the detail pane, with what finds
// events in find.go), the people, organisations and outlets index
// (index.go), the org chart (chart.go), the stats (stats.go), the
// timeline's introduction and how it opened (intro.go), the help
// (help.go), the copy, open and person menus (menu.go) and the search,
// filter and date prompts (prompt.go, with their completions in
// complete.go). Each has an Update returning its
// own type, a View returning a string, a key map for the help and a size;
// only the root's View returns a tea.View. What a component asks of the
// root goes up through its outbox (intents.go).
package ui
