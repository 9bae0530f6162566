// Package data reads and writes timeline datasets: the bundled summer of
// 2025, the native JSON format, TimelineJS JSON and sheets (a file, or a
// web address that publishes one), and the exports.
package data

import (
	"fmt"
	"strings"

	"timeline/model"
)

// Issue is one problem found in a file, located as precisely as the file
// allows: line and column when the decoder gives them, else event and field.
type Issue struct {
	File      string
	Line, Col int    // 1-based; 0 when unknown
	Event     string // event id, when the problem is inside an event
	Field     string
	Msg       string
	Warning   bool // the file loads, but something was changed (a field clipped)
	// Slide is the number of the TimelineJS slide (or sheet row) the issue
	// is about, counting event slides from 1, and Headline its headline as
	// plain text, so that a reader can find it; 0 and "" otherwise.
	Slide    int
	Headline string
	// Skipped is set when the slide was left out: the rest of the file
	// opened without it.
	Skipped bool
}

// String formats the issue on one line: "file:line:col: slide N
// "headline": event "id": field: message".
func (i Issue) String() string {
	var b strings.Builder
	file, _ := model.SanitizeLine(i.File)
	b.WriteString(file)
	if i.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", i.Line, i.Col)
	}
	b.WriteString(": ")
	if i.Warning {
		b.WriteString("warning: ")
	}
	if i.Slide > 0 {
		fmt.Fprintf(&b, "slide %d", i.Slide)
		if i.Headline != "" {
			fmt.Fprintf(&b, " %q", i.Headline)
		}
		b.WriteString(": ")
	}
	b.WriteString(model.Problem{Event: i.Event, Field: i.Field, Msg: i.Msg}.String())
	return b.String()
}

// LoadError is returned when a file cannot be used. It carries every
// problem found; its message is the first one and a count of the rest.
type LoadError struct {
	Issues []Issue
}

// Error implements error with a single line.
func (e *LoadError) Error() string {
	switch len(e.Issues) {
	case 0:
		return "invalid dataset"
	case 1:
		return e.Issues[0].String()
	}
	return fmt.Sprintf("%s (and %d more problems; timeline validate lists them)", e.Issues[0], len(e.Issues)-1)
}

func fail(file, msg string, args ...any) *LoadError {
	return &LoadError{Issues: []Issue{{File: file, Msg: fmt.Sprintf(msg, args...)}}}
}

// position returns the 1-based line and column of byte offset off in b.
func position(b []byte, off int64) (line, col int) {
	if off < 0 {
		return 0, 0
	}
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	line, col = 1, 1
	for _, c := range b[:off] {
		if c == '\n' {
			line, col = line+1, 1
		} else if c&0xC0 != 0x80 {
			col++
		}
	}
	return line, col
}
