package data

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"timeline/model"
)

// How the native decoder collects problems. Every problem is kept and the
// decoder goes on (a value of the wrong type is skipped, a bad date left
// zero); only a syntax error stops it, since the text after one cannot be
// read as anything. A problem is located at the start of the item it is in
// (an event, a person, a source…), or at the value itself for the
// top-level keys, and names its field by its path from the top, or from
// the event for a problem inside an event, whose id it also names.

// pathStep is one step on the way to the value being read: a key, or the
// position in a list when index is not -1.
type pathStep struct {
	key   string
	index int
}

// problems are the issues found so far, with what locates a new one.
type problems struct {
	file      string
	list      []Issue
	errors    int
	line, col int // the start of the item being read

	inEvent    bool     // an event is being read
	eventFirst int      // where its issues start in list
	eventSaid  []string // the fields of its errors, from the event
	said       map[[2]string]bool
}

// push and pop follow the decoder into a key or out of it; pushIndex into
// a list's element.
func (d *decoder) push(key string) { d.path = append(d.path, pathStep{key: key, index: -1}) }
func (d *decoder) pushIndex(i int) { d.path = append(d.path, pathStep{index: i}) }
func (d *decoder) pop()            { d.path = d.path[:len(d.path)-1] }

// fieldName formats steps as a field: claims[0].text.en.
func fieldName(steps []pathStep) string {
	var b strings.Builder
	for _, st := range steps {
		if st.index >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(st.index))
			b.WriteByte(']')
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(st.key)
	}
	return b.String()
}

// beginItem locates the problems found from here on at the value that
// comes next.
func (d *decoder) beginItem() {
	d.s.peek()
	d.p.line, d.p.col = d.s.here()
}

// beginEvent is beginItem for an event, whose problems name its id once it
// is read.
func (d *decoder) beginEvent() {
	d.beginItem()
	d.p.inEvent, d.p.eventFirst, d.p.eventSaid = true, len(d.p.list), d.p.eventSaid[:0]
}

// endEvent names the event in its problems: its id, or its place in the
// list ("#3") when it has none. Validation then does not report again a
// field found wrong here (an impossible date is not also "missing").
func (d *decoder) endEvent(id string) {
	d.p.inEvent = false
	if len(d.p.list) == d.p.eventFirst {
		return
	}
	name := id
	if name == "" {
		name = fmt.Sprintf("#%d", d.path[1].index+1)
	}
	for j := d.p.eventFirst; j < len(d.p.list); j++ {
		d.p.list[j].Event = name
	}
	if id == "" {
		return
	}
	for _, f := range d.p.eventSaid {
		d.p.say(id, f)
	}
}

// add records a problem with the value being read, named by its path from
// the top when absolute, else from the event it is in.
func (d *decoder) add(warning, absolute bool, msg string) {
	from := 0
	if d.p.inEvent && len(d.path) >= 2 {
		from = 2
	}
	field := fieldName(d.path[from:])
	is := Issue{File: d.p.file, Line: d.p.line, Col: d.p.col, Field: field, Msg: msg, Warning: warning}
	if absolute {
		is.Field = fieldName(d.path)
	}
	d.p.list = append(d.p.list, is)
	if warning {
		return
	}
	d.p.errors++
	switch {
	case d.p.inEvent:
		d.p.eventSaid = append(d.p.eventSaid, field)
	case len(d.path) > 2:
		d.p.say("", field)
	}
}

// say records that the field, and so each field it is in, was found
// wrong: validation does not report them again.
func (p *problems) say(event, field string) {
	if p.said == nil {
		p.said = map[[2]string]bool{}
	}
	for {
		p.said[[2]string{event, field}] = true
		i := strings.LastIndexAny(field, ".[")
		if i <= 0 {
			return
		}
		field = field[:i]
	}
}

// bad records an error with the value being read.
func (d *decoder) bad(format string, args ...any) { d.add(false, false, fmt.Sprintf(format, args...)) }

// warn records a warning: the file loads, but not quite as written.
func (d *decoder) warn(format string, args ...any) { d.add(true, false, fmt.Sprintf(format, args...)) }

// wrongType reports that the value at the scanner is not of the type the
// field wants, as encoding/json worded it ("want a string, got number"),
// and skips it. A byte that starts no value is a syntax error instead.
func (d *decoder) wrongType(want string) {
	if got := valueKind(d.s.peek()); got != "" {
		d.add(false, true, "want "+want+", got "+got)
	}
	d.s.skip()
}

// valueKind names the kind of the JSON value that starts with c, or ""
// when no value starts with c.
func valueKind(c byte) string {
	switch {
	case c == '"':
		return "string"
	case c == '{':
		return "object"
	case c == '[':
		return "array"
	case c == 't' || c == 'f':
		return "bool"
	case c == 'n':
		return "null"
	case c == '-' || c >= '0' && c <= '9':
		return "number"
	}
	return ""
}

// quoteClip quotes s for a message, sanitised and cut to a readable
// length: a hostile value must not make a message run on for pages.
func quoteClip(s string) string {
	const most = 200
	s, _ = model.SanitizeLine(s)
	if len(s) > most {
		cut := most
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return strconv.Quote(s)
}

// validate adds the problems that model.Validate finds in the whole
// dataset, but for fields already reported, each located at the start of
// its event, or of the item its field names. from is what Dataset.Index
// returned: event j was read as event from[j].
func (d *decoder) validate(ds *model.Dataset, from []int32) {
	positions := map[string][][2]int{}
	for _, p := range ds.Validate() {
		if d.p.said[[2]string{p.Event, p.Field}] {
			continue
		}
		is := Issue{File: d.p.file, Event: p.Event, Field: p.Field, Msg: p.Msg}
		list, i := "events", -1
		if p.Event != "" {
			i, _ = ds.EventIndex(p.Event)
		} else {
			list, i = itemOf(p.Field)
		}
		if list == "events" && from != nil && i >= 0 && i < len(from) {
			i = int(from[i])
		}
		at, ok := positions[list]
		if !ok && d.at[list] != nil {
			at = d.at[list].all()
			positions[list] = at
		}
		if i >= 0 && i < len(at) {
			is.Line, is.Col = at[i][0], at[i][1]
		}
		d.p.list = append(d.p.list, is)
		d.p.errors++
	}
}

// itemOf returns the list and the position a field names from the top,
// "sources" and 3 for sources[3].id, or -1.
func itemOf(field string) (list string, i int) {
	open := strings.IndexByte(field, '[')
	end := strings.IndexByte(field, ']')
	if open <= 0 || end < open {
		return "", -1
	}
	i, err := strconv.Atoi(field[open+1 : end])
	if err != nil {
		return "", -1
	}
	return field[:open], i
}

// kindList names the kinds, for messages.
func kindList() string { return strings.Join(model.KindNames(), ", ") }
