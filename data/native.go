package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"timeline/model"
)

// wireFile is a native file once decoded, before conversion to the model.
type wireFile struct {
	Title, Description jText
	Updated            string
	Events             []wireEvent
	eventOffsets       []int64 // where each event starts in the file
	People             []wirePerson
	Orgs               []wireOrg
	Lines              []wireLine
	Sources            []wireSource
	Eras               []wireEra
}

// ParseNative decodes and validates a dataset in the native JSON format.
// name is used in messages. It returns the dataset and any warnings, or a
// *LoadError listing every problem found. A plain valid file takes the
// fast path (decodeFast); any other goes the careful way, which reports
// every problem with its line and column.
func ParseNative(name string, b []byte) (*model.Dataset, []Issue, error) {
	if ds, _, err := decodeFast(bytes.NewReader(b), nil, nil); err == nil {
		return ds, nil, nil
	}
	return parseNativeCareful(name, b)
}

// parseNativeCareful is ParseNative with encoding/json, keeping the
// position of each event for messages.
func parseNativeCareful(name string, b []byte) (*model.Dataset, []Issue, error) {
	b = trimBOM(b)
	w, err := decodeNative(name, b)
	if err != nil {
		return nil, nil, err
	}
	c := converter{file: name, src: b, offsets: w.eventOffsets}
	ds := c.dataset(w)
	ds.Index()
	// A field the converter already found wrong (an impossible date) is
	// not reported a second time by validation ("missing date").
	said := map[[2]string]bool{}
	for _, is := range c.issues {
		said[[2]string{is.Event, is.Field}] = true
	}
	for _, p := range ds.Validate() {
		if !said[[2]string{p.Event, p.Field}] {
			c.problem(p)
		}
	}
	if c.errors > 0 {
		return nil, nil, &LoadError{Issues: c.issues}
	}
	return ds, c.issues, nil
}

// decodeNative reads the top-level object key by key, so that each event's
// position in the file is known for later messages.
func decodeNative(name string, b []byte) (*wireFile, error) {
	trimmed := bytes.TrimSpace(b)
	switch {
	case len(trimmed) == 0:
		return nil, fail(name, "empty file: want a JSON object with an \"events\" array")
	case bytes.Equal(trimmed, []byte("null")):
		return nil, fail(name, "the file is null: want a JSON object with an \"events\" array")
	case trimmed[0] != '{':
		return nil, fail(name, "the top level is not an object: want a JSON object with an \"events\" array")
	}
	var w wireFile
	dec := json.NewDecoder(bytes.NewReader(b))
	jsonErr := func(err error, base int64) error {
		is := Issue{File: name, Msg: err.Error()}
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			is.Line, is.Col = position(b, se.Offset)
			is.Msg = "invalid JSON: " + se.Error()
		case errors.As(err, &te):
			is.Line, is.Col = position(b, base+te.Offset)
			is.Field = te.Field
			want := jsonType(te.Type.Kind().String())
			if te.Type.String() == "map[string]string" {
				want = "a string or an object of language to string"
			}
			is.Msg = fmt.Sprintf("want %s, got %s", want, te.Value)
		case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
			is.Line, is.Col = position(b, int64(len(b)))
			is.Msg = "invalid JSON: the file ends too early (truncated?)"
		}
		return &LoadError{Issues: []Issue{is}}
	}
	if _, err := dec.Token(); err != nil {
		return nil, jsonErr(err, 0)
	}
	sawEvents := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, jsonErr(err, 0)
		}
		key, _ := tok.(string)
		var dst any
		switch key {
		case "events":
			sawEvents = true
			if err := decodeEvents(name, dec, b, &w, jsonErr); err != nil {
				return nil, err
			}
			continue
		case "title":
			dst = &w.Title
		case "description":
			dst = &w.Description
		case "updated":
			dst = &w.Updated
		case "people":
			dst = &w.People
		case "orgs":
			dst = &w.Orgs
		case "reporting_lines":
			dst = &w.Lines
		case "sources":
			dst = &w.Sources
		case "eras":
			dst = &w.Eras
		default:
			dst = new(json.RawMessage)
		}
		base := valueStart(b, dec.InputOffset())
		if err := dec.Decode(dst); err != nil {
			if te := (*json.UnmarshalTypeError)(nil); errors.As(err, &te) && te.Field == "" {
				te.Field = key
			} else if te != nil {
				te.Field = key + "." + te.Field
			}
			return nil, jsonErr(err, base)
		}
	}
	if _, err := dec.Token(); err != nil {
		return nil, jsonErr(err, 0)
	}
	if rest := int64(len(b) - len(bytes.TrimLeft(b[dec.InputOffset():], " \t\r\n"))); rest < int64(len(b)) {
		line, col := position(b, rest)
		return nil, &LoadError{Issues: []Issue{{File: name, Line: line, Col: col, Msg: "invalid JSON: unexpected data after the top-level object"}}}
	}
	if !sawEvents || len(w.Events) == 0 {
		return nil, fail(name, "no events: want a non-empty \"events\" array")
	}
	return &w, nil
}

func decodeEvents(name string, dec *json.Decoder, b []byte, w *wireFile, jsonErr func(error, int64) error) error {
	tok, err := dec.Token()
	if err != nil {
		return jsonErr(err, 0)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		line, col := position(b, dec.InputOffset())
		return &LoadError{Issues: []Issue{{File: name, Line: line, Col: col, Field: "events", Msg: "want an array of events"}}}
	}
	for i := 0; dec.More(); i++ {
		start := valueStart(b, dec.InputOffset())
		var ev wireEvent
		if err := dec.Decode(&ev); err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				te.Field = fmt.Sprintf("events[%d].%s", i, te.Field)
			}
			return jsonErr(err, start)
		}
		w.Events = append(w.Events, ev)
		w.eventOffsets = append(w.eventOffsets, start)
	}
	_, err = dec.Token()
	if err != nil {
		return jsonErr(err, 0)
	}
	return nil
}

// valueStart skips the separators between the decoder's offset and the
// next value.
func valueStart(b []byte, off int64) int64 {
	for off < int64(len(b)) {
		switch b[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

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
