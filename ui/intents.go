package ui

// What components ask of the root, through their outbox. The root acts on
// each in the Update that produced it.

// screenID names what the body of the window shows.
type screenID int

const (
	explorerScreen screenID = iota // the timeline and the detail
	copyScreen                     // y: the copy menu
	openScreen                     // o: the chooser of a source to open
	personScreen                   // P: the chooser of one of the event's people
	indexScreen                    // p: people, organisations, outlets
	chartScreen                    // O: the org chart at a date
	statsScreen                    // s: events per kind over time
	introScreen                    // i: the timeline's introduction and how it opened
)

// openMsg asks the root to show a screen about the selected event.
type openMsg struct{ screen screenID }

// closeMsg says that a screen is done.
type closeMsg struct{}

// showEventsMsg asks for the timeline filtered to query: a person's, an
// organisation's or an outlet's events.
type showEventsMsg struct{ query string }

// copyMsg asks for text to be sent to the clipboard; label names it in
// the status line, and format, when not "", is the format of "timeline
// show" that prints the same text where OSC 52 does not reach.
type copyMsg struct{ label, text, format string }

// openURLMsg asks for a web address to be opened in the browser.
type openURLMsg struct{ url string }

// noticeMsg asks for a one-off message in the status line.
type noticeMsg struct{ text string }

// refetchMsg asks for the dataset to be fetched again from its web address.
type refetchMsg struct{}
