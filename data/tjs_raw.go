package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// flexString is a TimelineJS value that may be written as a string or a
// number ("2012" or 2012); null and absent are "".
type flexString string

// UnmarshalJSON accepts a string, a number, true or false, or null.
func (f *flexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || bytes.Equal(b, []byte("null")):
		*f = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
	case b[0] == '{' || b[0] == '[':
		return &json.UnmarshalTypeError{Value: jsonKind(b), Type: reflect.TypeFor[string]()}
	default:
		*f = flexString(b)
	}
	return nil
}

// rawObject is a JSON object read key by key, so that one field of the
// wrong type costs that field, not the slide or the file.
type rawObject map[string]json.RawMessage

// decodeObject reads b as a JSON object; null is an empty one.
func decodeObject(b json.RawMessage) (rawObject, error) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || bytes.Equal(b, []byte("null")) {
		return rawObject{}, nil
	}
	if b[0] != '{' {
		return nil, fmt.Errorf("want an object, got %s", jsonKind(b))
	}
	var o rawObject
	if err := json.Unmarshal(b, &o); err != nil {
		return nil, err
	}
	return o, nil
}

// fieldReader reads the fields of raw objects into strings, collecting
// what it could not read: a field of the wrong type is dropped and named.
type fieldReader struct {
	bad []fieldProblem
}

// fieldProblem is a field that could not be read, and why.
type fieldProblem struct {
	field, msg string
}

func (r *fieldReader) fail(field string, err error) {
	msg := err.Error()
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		msg = fmt.Sprintf("want a string or a number, got %s", te.Value)
	}
	r.bad = append(r.bad, fieldProblem{field, msg})
}

// str reads o[key] as a flexString; prefix names o in messages.
func (r *fieldReader) str(o rawObject, prefix, key string) string {
	raw, ok := o[key]
	if !ok {
		return ""
	}
	var f flexString
	if err := f.UnmarshalJSON(raw); err != nil {
		r.fail(prefix+key, err)
		return ""
	}
	return string(f)
}

// object reads o[key] as an object; prefix names o in messages.
func (r *fieldReader) object(o rawObject, prefix, key string) (rawObject, bool) {
	raw, ok := o[key]
	if !ok || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return nil, false
	}
	sub, err := decodeObject(raw)
	if err != nil {
		r.fail(prefix+key, err)
		return nil, false
	}
	return sub, true
}

// v3Slide reads a TimelineJS v3 slide (an event, the title or an era) from
// its JSON object. Fields of the wrong type are dropped and listed in bad.
func v3Slide(o rawObject, where string, num int) slide {
	r := fieldReader{}
	s := slide{where: where, num: num}
	readDate := func(key string) dateParts {
		d, ok := r.object(o, "", key)
		if !ok {
			return dateParts{}
		}
		p := key + "."
		return dateParts{year: r.str(d, p, "year"), month: r.str(d, p, "month"), day: r.str(d, p, "day"),
			hour: r.str(d, p, "hour"), minute: r.str(d, p, "minute"), second: r.str(d, p, "second"),
			milli: r.str(d, p, "millisecond"), display: r.str(d, p, "display_date")}
	}
	s.start, s.end = readDate("start_date"), readDate("end_date")
	if t, ok := r.object(o, "", "text"); ok {
		s.headline, s.text = r.str(t, "text.", "headline"), r.str(t, "text.", "text")
		s.hasHeadline = t["headline"] != nil
	}
	if m, ok := r.object(o, "", "media"); ok {
		s.media = slideMedia{url: r.str(m, "media.", "url"), caption: r.str(m, "media.", "caption"),
			credit: r.str(m, "media.", "credit"), thumbnail: r.str(m, "media.", "thumbnail"), alt: r.str(m, "media.", "alt"),
			title: r.str(m, "media.", "title"), link: r.str(m, "media.", "link"), linkTarget: r.str(m, "media.", "link_target")}
	}
	if b, ok := r.object(o, "", "background"); ok {
		s.background = slideBackground{url: r.str(b, "background.", "url"), color: r.str(b, "background.", "color"),
			alt: r.str(b, "background.", "alt"), opacity: r.str(b, "background.", "opacity")}
	}
	s.group = r.str(o, "", "group")
	s.display = r.str(o, "", "display_date")
	s.id = r.str(o, "", "unique_id")
	s.autolink = strings.ToLower(strings.TrimSpace(r.str(o, "", "autolink")))
	s.own = o[ownKey]
	s.bad = r.bad
	return s
}

// legacySlide reads a TimelineJS 2 slide ("date" or "era" item): dates are
// strings such as "2012,1,26" (legacyDate), media is under "asset", the
// group under "tag" or "tags".
func legacySlide(o rawObject, where string, num int) slide {
	r := fieldReader{}
	s := slide{where: where, num: num, legacy: true}
	s.start = legacyDate(r.str(o, "", "startDate"))
	s.end = legacyDate(r.str(o, "", "endDate"))
	s.headline, s.text = r.str(o, "", "headline"), r.str(o, "", "text")
	s.hasHeadline = o["headline"] != nil
	if a, ok := r.object(o, "", "asset"); ok {
		s.media = slideMedia{url: r.str(a, "asset.", "media"), credit: r.str(a, "asset.", "credit"),
			caption: r.str(a, "asset.", "caption"), thumbnail: r.str(a, "asset.", "thumbnail")}
	}
	s.group = r.str(o, "", "tag")
	if s.group == "" {
		s.group = r.str(o, "", "tags")
	}
	s.display = r.str(o, "", "displayDate")
	s.bad = r.bad
	return s
}
