package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"timeline/model"
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

// tjsDate is a TimelineJS v3 date object.
type tjsDate struct {
	Year        flexString `json:"year"`
	Month       flexString `json:"month"`
	Day         flexString `json:"day"`
	DisplayDate flexString `json:"display_date"`
}

func (d *tjsDate) parts() dateParts {
	if d == nil {
		return dateParts{}
	}
	return dateParts{year: string(d.Year), month: string(d.Month), day: string(d.Day), display: string(d.DisplayDate)}
}

// tjsSlide is a TimelineJS v3 slide (an event, the title or an era).
type tjsSlide struct {
	StartDate *tjsDate `json:"start_date"`
	EndDate   *tjsDate `json:"end_date"`
	Text      struct {
		Headline flexString `json:"headline"`
		Text     flexString `json:"text"`
	} `json:"text"`
	Media struct {
		URL       flexString `json:"url"`
		Credit    flexString `json:"credit"`
		Caption   flexString `json:"caption"`
		Thumbnail flexString `json:"thumbnail"`
	} `json:"media"`
	Group       flexString `json:"group"`
	DisplayDate flexString `json:"display_date"`
	UniqueID    flexString `json:"unique_id"`
}

func (w *tjsSlide) slide(where string) slide {
	return slide{where: where, start: w.StartDate.parts(), end: w.EndDate.parts(),
		display: string(w.DisplayDate), headline: string(w.Text.Headline), text: string(w.Text.Text),
		media: slideMedia{url: string(w.Media.URL), credit: string(w.Media.Credit), caption: string(w.Media.Caption)},
		group: string(w.Group), id: string(w.UniqueID)}
}

// tjsFile is a TimelineJS v3 JSON file.
type tjsFile struct {
	Title  *tjsSlide  `json:"title"`
	Events []tjsSlide `json:"events"`
	Eras   []tjsSlide `json:"eras"`
}

// legacySlide is a TimelineJS 2 slide ("date" or "era" item).
type legacySlide struct {
	StartDate   flexString `json:"startDate"`
	EndDate     flexString `json:"endDate"`
	Headline    flexString `json:"headline"`
	Text        flexString `json:"text"`
	Tag         flexString `json:"tag"`
	DisplayDate flexString `json:"displayDate"`
	Asset       struct {
		Media   flexString `json:"media"`
		Credit  flexString `json:"credit"`
		Caption flexString `json:"caption"`
	} `json:"asset"`
}

func (w *legacySlide) slide(where string) slide {
	return slide{where: where, start: legacyDate(string(w.StartDate)), end: legacyDate(string(w.EndDate)),
		display: string(w.DisplayDate), headline: string(w.Headline), text: string(w.Text),
		media: slideMedia{url: string(w.Asset.Media), credit: string(w.Asset.Credit), caption: string(w.Asset.Caption)},
		group: string(w.Tag)}
}

// legacyFile is a TimelineJS 2 JSON file: {"timeline": {...}}.
type legacyFile struct {
	Timeline struct {
		Headline flexString    `json:"headline"`
		Text     flexString    `json:"text"`
		Date     []legacySlide `json:"date"`
		Era      []legacySlide `json:"era"`
	} `json:"timeline"`
}

// ParseTimelineJS decodes and validates a TimelineJS JSON file, in the
// current (v3) shape or the legacy TimelineJS 2 one ({"timeline": {"date":
// [...]}}). Slide HTML becomes plain text, links become sources, the title
// slide names the dataset, eras are kept. name is used in messages.
func ParseTimelineJS(name string, b []byte) (*model.Dataset, []Issue, error) {
	b = trimBOM(b)
	var f slideFile
	if detectFormat(b) == formatLegacyTimelineJS {
		var w legacyFile
		if err := decodeStrict(name, b, &w); err != nil {
			return nil, nil, err
		}
		t := &w.Timeline
		f.title = &slide{where: "timeline", headline: string(t.Headline), text: string(t.Text)}
		for i := range t.Date {
			f.events = append(f.events, t.Date[i].slide(fmt.Sprintf("timeline.date[%d]", i)))
		}
		for i := range t.Era {
			f.eras = append(f.eras, t.Era[i].slide(fmt.Sprintf("timeline.era[%d]", i)))
		}
	} else {
		var w tjsFile
		if err := decodeStrict(name, b, &w); err != nil {
			return nil, nil, err
		}
		if w.Title != nil {
			s := w.Title.slide("title")
			f.title = &s
		}
		for i := range w.Events {
			f.events = append(f.events, w.Events[i].slide(fmt.Sprintf("events[%d]", i)))
		}
		for i := range w.Eras {
			f.eras = append(f.eras, w.Eras[i].slide(fmt.Sprintf("eras[%d]", i)))
		}
	}
	im := importer{file: name}
	return im.convert(&f)
}

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
