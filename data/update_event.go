package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

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

// wireEventIn is an event as "timeline add -" reads it: the native
// format's event, whose sources may also be objects.
type wireEventIn struct {
	wireEvent
	Sources []json.RawMessage `json:"sources"`
}

// defaultStatus is the status of an event read without one: a
// reporter's fresh note is reported, not yet confirmed.
const defaultStatus = "reported"

// ParseEvent reads one event, a JSON object in the native format's event
// shape (README, "Data format"), whose "sources" may hold ids or objects
// with "outlet", "title", "url", "published" (and "via", "note", "id").
// Every string is sanitised as the loader sanitises a file's. A field the
// format does not have is an error, not dropped: a misspelt "sumary" must
// not lose the summary. A missing status is "reported". name is used in
// messages ("stdin"). The error is a *LoadError naming the field, with the
// line and column of a JSON error. Whether the event fits the file (its
// people, organisations, related events and source ids exist) is for the
// add to check.
func ParseEvent(name string, b []byte) (EventIn, error) {
	b = trimBOM(b)
	trimmed := bytes.TrimSpace(b)
	switch {
	case len(trimmed) == 0:
		return EventIn{}, fail(name, "no event: want one JSON object in the native format's event shape")
	case trimmed[0] != '{':
		return EventIn{}, fail(name, "want one JSON object, the event, not %s", jsonKind(trimmed))
	}
	var w wireEventIn
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return EventIn{}, eventJSONError(name, b, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		line, col := position(b, dec.InputOffset())
		return EventIn{}, &LoadError{Issues: []Issue{{File: name, Line: line, Col: col,
			Msg: "invalid JSON: unexpected data after the event (one event at a time)"}}}
	}
	if w.Status == "" {
		w.Status = defaultStatus
	}
	c := converter{file: name, event: -1}
	in := EventIn{Event: c.eventOf(0, &w.wireEvent)}
	in.Event.Sources = nil
	for i, raw := range w.Sources {
		in.Sources = append(in.Sources, c.sourceIn(i, raw))
	}
	in.Event.Tidy()
	if len(c.issues) > 0 {
		// A clipped field is refused too: the add would save it cut.
		return EventIn{}, &LoadError{Issues: c.issues}
	}
	return in, nil
}

// sourceIn converts the i-th entry of an event's sources: an id, or a
// source written out.
func (c *converter) sourceIn(i int, raw json.RawMessage) model.Source {
	f := fmt.Sprintf("sources[%d]", i)
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '"' {
		var id string
		json.Unmarshal(raw, &id) // the decoder read it as valid JSON
		return model.Source{ID: c.str(f, id)}
	}
	if len(raw) == 0 || raw[0] != '{' {
		c.add(false, f, "want a source id or an object with outlet, title, url, published")
		return model.Source{}
	}
	var s wireSource
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		c.add(false, f, "%s", jsonErrText(err))
		return model.Source{}
	}
	return model.Source{ID: c.str(f+".id", s.ID), Outlet: c.str(f+".outlet", s.Outlet),
		Title: c.str(f+".title", s.Title), Published: c.date(f+".published", s.Published, false),
		URL: c.str(f+".url", s.URL), Via: c.str(f+".via", s.Via), Note: c.text(f+".note", s.Note, false)}
}

// eventJSONError is the *LoadError of an event that is not valid JSON or
// has a field of the wrong type or name.
func eventJSONError(name string, b []byte, err error) error {
	is := Issue{File: name, Msg: jsonErrText(err)}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		is.Line, is.Col = position(b, se.Offset)
	case errors.As(err, &te):
		is.Line, is.Col = position(b, te.Offset)
		is.Field = te.Field
	case errors.Is(err, io.ErrUnexpectedEOF):
		is.Line, is.Col = position(b, int64(len(b)))
	}
	return &LoadError{Issues: []Issue{is}}
}

// jsonErrText says what encoding/json found wrong, in the words of the
// loader's messages.
func jsonErrText(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return "invalid JSON: " + se.Error()
	case errors.As(err, &te):
		want := jsonType(te.Type.Kind().String())
		if te.Type.String() == "map[string]string" || te.Type == jTextType {
			want = "a string or an object of language to string"
		}
		return fmt.Sprintf("want %s, got %s", want, te.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "invalid JSON: the event ends too early (truncated?)"
	}
	if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return "unknown field " + f + " (README, \"Data format\", lists an event's fields)"
	}
	return err.Error()
}
