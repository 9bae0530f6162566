package data

import (
	"timeline/model"
)

// EventIn is one event read from JSON for "timeline add -": the event in
// the native format's shape, and its sources, each a source of the file
// named by its id alone (Source.ID set, nothing else) or a source written
// out, which the add finds in the file by its URL or adds to it (see
// model.Draft.Source).
type EventIn struct {
	Event   model.Event
	Sources []model.Source
}

// defaultStatus is the status of an event read without one: a
// reporter's fresh note is reported, not yet confirmed.
const defaultStatus = model.Reported

// ParseEvent reads one event, a JSON object in the native format's event
// shape (README, "Data format"), whose "sources" may hold ids or objects
// with "outlet", "title", "url", "published" (and "via", "note", "id").
// It is read by the native decoder, so every string is sanitised as the
// loader sanitises a file's and every problem is named as in a file. A
// field the format does not have is an error, not skipped as a file's
// would be: a misspelt "sumary" must not lose the summary. A missing status
// is "reported". name is used in messages ("stdin"). The error is a
// *LoadError naming the field with its line and column. Whether the event
// fits the file (its people, organisations, related events and source ids
// exist) is for the add to check.
func ParseEvent(name string, b []byte) (EventIn, error) {
	d := newDecoder(name, newBytesScanner(trimBOM(b)))
	s := &d.s
	switch c := s.peek(); {
	case c == 0 && s.atEnd():
		return EventIn{}, fail(name, "no event: want one JSON object in the native format's event shape")
	case c != '{':
		return EventIn{}, fail(name, "want one JSON object, the event, not %s", valueKind(c))
	}
	var in EventIn
	d.push("events")
	d.pushIndex(0)
	d.beginEvent()
	d.beginRefs()
	eventInTable.object(d, &in)
	d.setRefs(&in.Event)
	d.endEvent(in.Event.ID)
	d.pop()
	d.pop()
	if !s.failed && (s.peek() != 0 || !s.atEnd()) {
		s.failWith("unexpected data after the event (one event at a time)")
	}
	if s.readErr != nil {
		return EventIn{}, s.readErr
	}
	if s.failed {
		// Invalid JSON says nothing sure about the fields: it is the one
		// problem reported, as a JSON decoder would.
		return EventIn{}, &LoadError{Issues: []Issue{{File: name, Line: s.failAt[0], Col: s.failAt[1], Msg: s.failMsg}}}
	}
	if len(d.p.list) > 0 {
		// A clipped field (a warning in a file) is refused too: the add
		// would save it cut.
		return EventIn{}, &LoadError{Issues: d.p.list}
	}
	// The text is copied out of the decoder's buffers, as a load does.
	d.pack.Add(&in.Event)
	for i := range in.Sources {
		d.pack.AddSource(&in.Sources[i], -1)
	}
	in.Event.SetSources(nil)
	in.Event.Tidy()
	return in, nil
}

// eventInTable is the keys of an event read on its own: an event's (see
// eventTable), with sources that may be written out, and no other key.
var eventInTable = func() *table[EventIn] {
	var fs []field[EventIn]
	for _, f := range eventTable.fields {
		switch f.key {
		case "sources":
			fs = append(fs, field[EventIn]{key: f.key, read: readSourcesIn})
			continue
		case "status":
			fs = append(fs, field[EventIn]{key: f.key, read: func(d *decoder, in *EventIn) { f.read(d, &in.Event) },
				missing: func(_ *decoder, in *EventIn) { in.Event.Status = defaultStatus }})
			continue
		}
		fi := field[EventIn]{key: f.key, read: func(d *decoder, in *EventIn) { f.read(d, &in.Event) }}
		if f.missing != nil {
			fi.missing = func(d *decoder, in *EventIn) { f.missing(d, &in.Event) }
		}
		fs = append(fs, fi)
	}
	return withOther(newTable(fs...), func(d *decoder, _ *EventIn, key []byte) {
		d.bad("unknown field %s (README, \"Data format\", lists an event's fields)", quoteClip(string(key)))
		d.s.skip()
	})
}()

// sourceInTable is a source written out in an event read on its own: a
// source's keys, and no other.
var sourceInTable = withOther(newTable(sourceTable.fields...), func(d *decoder, _ *model.Source, key []byte) {
	d.bad("unknown field %s (README, \"Data format\", lists a source's fields)", quoteClip(string(key)))
	d.s.skip()
})

// readSourcesIn reads an event's sources, each an id or a source written
// out.
func readSourcesIn(d *decoder, in *EventIn) {
	if !d.listStart("an array") {
		return
	}
	i := 0
	d.s.array(func() {
		d.pushIndex(i)
		i++
		switch d.s.peek() {
		case '"':
			in.Sources = append(in.Sources, model.Source{ID: d.str(kept, true)})
		case '{':
			var src model.Source
			if sourceInTable.object(d, &src) {
				in.Sources = append(in.Sources, src)
			}
		default:
			d.wrongType("a source id or an object with outlet, title, url, published")
		}
		d.pop()
	})
}
