package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"timeline/model"
)

// ParseTimelineJS decodes and validates a TimelineJS JSON file, strictly:
// a slide or a field that cannot be read refuses the file, with every such
// problem listed (validate wants this; opening a file forgives, see
// ParseForgiving). It reads the current (v3) shape, {"title", "events",
// "eras"}, the same under "timeline" with "slides" for "events" (the
// TimelineJS site's welcome page), and the legacy TimelineJS 2 one,
// {"timeline": {"date": [...]}}. Slide HTML becomes plain text, kept with
// its links; links become sources; media, backgrounds, groups and the
// title slide are kept; what this project's own export wrote under ownKey
// is read back. name is used in messages.
func ParseTimelineJS(name string, b []byte) (*model.Dataset, []Issue, error) {
	r, err := parseTimelineJS(name, b, true)
	return r.ds, r.issues, err
}

// parseTimelineJS is ParseTimelineJS, forgiving unless strict.
func parseTimelineJS(name string, b []byte, strict bool) (result, error) {
	b = trimBOM(b)
	var top rawObject
	if err := decodeStrict(name, b, &top); err != nil {
		return result{}, err
	}
	if top == nil {
		return result{}, fail(name, "the file is null: want a TimelineJS object with \"events\"")
	}
	f, err := slidesOf(name, top)
	if err != nil {
		return result{}, err
	}
	im := importer{file: name, strict: strict}
	return im.convert(&f)
}

// slidesOf finds the slides of a TimelineJS file, in whichever of its
// shapes.
func slidesOf(name string, top rawObject) (slideFile, error) {
	var f slideFile
	prefix := ""
	if raw, ok := top["timeline"]; ok {
		tl, err := decodeObject(raw)
		if err != nil {
			return f, fail(name, "timeline: %v", err)
		}
		if _, legacy := tl["date"]; legacy {
			return legacySlides(name, tl)
		}
		top, prefix = tl, "timeline."
	}
	if raw, ok := top["title"]; ok && !isNull(raw) {
		o, err := decodeObject(raw)
		if err != nil {
			return f, fail(name, "%stitle: %v", prefix, err)
		}
		s := v3Slide(o, prefix+"title", 0)
		f.title = &s
	}
	key := "events"
	if _, ok := top[key]; !ok {
		if _, ok := top["slides"]; ok {
			key = "slides"
		}
	}
	items, err := arrayOf(top[key])
	if err != nil {
		return f, fail(name, "%s%s: %v", prefix, key, err)
	}
	for i, raw := range items {
		where := fmt.Sprintf("%s%s[%d]", prefix, key, i)
		f.events = append(f.events, objectSlide(raw, where, i+1, v3Slide))
	}
	eras, err := arrayOf(top["eras"])
	if err != nil {
		return f, fail(name, "%seras: %v", prefix, err)
	}
	for i, raw := range eras {
		f.eras = append(f.eras, objectSlide(raw, fmt.Sprintf("%seras[%d]", prefix, i), 0, v3Slide))
	}
	f.own = top[ownKey]
	return f, nil
}

// legacySlides reads the slides of a TimelineJS 2 file: the timeline
// object itself is the title slide.
func legacySlides(name string, tl rawObject) (slideFile, error) {
	var f slideFile
	title := legacySlide(tl, "timeline", 0)
	f.title = &title
	items, err := arrayOf(tl["date"])
	if err != nil {
		return f, fail(name, "timeline.date: %v", err)
	}
	for i, raw := range items {
		f.events = append(f.events, objectSlide(raw, fmt.Sprintf("timeline.date[%d]", i), i+1, legacySlide))
	}
	eras, err := arrayOf(tl["era"])
	if err != nil {
		return f, fail(name, "timeline.era: %v", err)
	}
	for i, raw := range eras {
		f.eras = append(f.eras, objectSlide(raw, fmt.Sprintf("timeline.era[%d]", i), 0, legacySlide))
	}
	f.own = tl[ownKey]
	return f, nil
}

// objectSlide reads a slide with read; a slide that is not an object is a
// slide with nothing but the problem.
func objectSlide(raw json.RawMessage, where string, num int, read func(rawObject, string, int) slide) slide {
	o, err := decodeObject(raw)
	if err != nil {
		return slide{where: where, num: num, bad: []fieldProblem{{"", err.Error()}}}
	}
	return read(o, where, num)
}

// arrayOf reads a JSON array into its items; absent and null are empty.
func arrayOf(raw json.RawMessage) ([]json.RawMessage, error) {
	if len(raw) == 0 || isNull(raw) {
		return nil, nil
	}
	if b := bytes.TrimSpace(raw); b[0] != '[' {
		return nil, fmt.Errorf("want an array of slides, got %s", jsonKind(b))
	}
	var items []json.RawMessage
	err := json.Unmarshal(raw, &items)
	return items, err
}

func isNull(raw json.RawMessage) bool { return bytes.Equal(bytes.TrimSpace(raw), []byte("null")) }

// decodeStrict decodes a whole JSON file into v, turning decoder errors
// into a located *LoadError.
func decodeStrict(name string, b []byte, v any) error {
	err := json.Unmarshal(b, v)
	if err == nil {
		return nil
	}
	is := Issue{File: name, Msg: "invalid JSON: " + err.Error()}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		is.Line, is.Col = position(b, se.Offset)
	case errors.As(err, &te):
		is.Line, is.Col = position(b, te.Offset)
		is.Field = te.Field
		is.Msg = fmt.Sprintf("want %s, got %s", jsonType(te.Type.Kind().String()), te.Value)
	}
	is.Msg, _ = model.SanitizeLine(is.Msg)
	return &LoadError{Issues: []Issue{is}}
}

// jsonKind names the kind of a JSON value for messages.
func jsonKind(b []byte) string {
	if len(b) == 0 {
		return "nothing"
	}
	switch b[0] {
	case '{':
		return "an object with a non-string value"
	case '[':
		return "array"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}

// jsonType names a Go kind as the JSON it decodes, for messages.
func jsonType(goKind string) string {
	switch goKind {
	case "string":
		return "a string"
	case "slice":
		return "an array"
	case "struct", "map":
		return "an object"
	case "bool":
		return "true or false"
	}
	return goKind
}
