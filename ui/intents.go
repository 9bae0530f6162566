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
)

// openMsg asks the root to show a screen about the selected event.
type openMsg struct{ screen screenID }

// closeMsg says that a screen is done.
type closeMsg struct{}

// showEventsMsg asks for the timeline filtered to query: a person's, an
// organisation's or an outlet's events.
type showEventsMsg struct{ query string }

// copyMsg asks for text to be sent to the clipboard; label names it in
// the status line.
type copyMsg struct{ label, text string }

// openURLMsg asks for a web address to be opened in the browser.
type openURLMsg struct{ url string }

// noticeMsg asks for a one-off message in the status line.
type noticeMsg struct{ text string }
