package data

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
)

// fileFormat is a kind of file the loader reads.
type fileFormat int

// The formats, told apart by their content, whatever the file name.
const (
	formatNative fileFormat = iota
	formatTimelineJS
	formatLegacyTimelineJS
	formatSheetCSV
)

// String names the format for messages.
func (f fileFormat) String() string {
	switch f {
	case formatTimelineJS:
		return "TimelineJS JSON"
	case formatLegacyTimelineJS:
		return "TimelineJS 2 JSON"
	case formatSheetCSV:
		return "TimelineJS sheet CSV"
	}
	return "timeline JSON"
}

// detectFormat tells the format of a file from its content:
//
//   - TimelineJS 2 when the top-level object is {"timeline": {"date": …}};
//   - TimelineJS v3 when its first event has "start_date", "unique_id" or
//     a "text" object and no "id" or "date" string, or, when the first
//     event does not tell, when the file has "eras" or "scale";
//   - the v3 shape when the top-level object has "timeline" holding
//     "slides" or "events";
//   - a TimelineJS sheet when the first line is a CSV header naming Year
//     and Headline (in any case), or holds cells separated by commas,
//     semicolons or tabs, or the file is UTF-16;
//   - the native format otherwise, whose loader explains what is wrong
//     with a file that is none of these.
func detectFormat(b []byte) fileFormat {
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return formatSheetCSV // UTF-16 is how spreadsheets save text; the sheet reader decodes it
	}
	b = bytes.TrimSpace(trimBOM(b))
	if len(b) == 0 {
		return formatNative
	}
	if b[0] != '{' {
		if isSheetHeader(b) || b[0] != '[' && looksDelimited(b) {
			return formatSheetCSV
		}
		return formatNative
	}
	// Stream the top-level keys, so that a large native file is not
	// decoded twice: the first event usually decides.
	dec := json.NewDecoder(bytes.NewReader(b))
	if _, err := dec.Token(); err != nil {
		return formatNative
	}
	v3Keys := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return formatNative
		}
		switch key, _ := tok.(string); key {
		case "timeline":
			var tl map[string]json.RawMessage
			if dec.Decode(&tl) != nil {
				return formatNative
			}
			if _, ok := tl["date"]; ok {
				return formatLegacyTimelineJS
			}
			_, slides := tl["slides"]
			_, events := tl["events"]
			if slides || events {
				return formatTimelineJS // the v3 shape under "timeline", as TimelineJS's welcome page has it
			}
			continue
		case "eras", "scale":
			v3Keys = true
		case "events":
			if f, decided := firstEventFormat(dec); decided {
				return f
			}
			continue
		}
		if dec.Decode(new(json.RawMessage)) != nil {
			return formatNative
		}
	}
	if _, err := dec.Token(); err != nil {
		// The object does not end: keys alone do not tell a file cut
		// short, as the streaming decoder's sniff does not either.
		return formatNative
	}
	if v3Keys {
		return formatTimelineJS
	}
	return formatNative
}

// firstEventFormat reads the "events" array, deciding on its first
// object: an "id" or "date" string is native; "start_date", "unique_id" or
// a "text" object is TimelineJS. It reads to the end of the array when the
// first object does not decide.
func firstEventFormat(dec *json.Decoder) (fileFormat, bool) {
	tok, err := dec.Token()
	if d, ok := tok.(json.Delim); err != nil || !ok || d != '[' {
		return formatNative, true
	}
	for dec.More() {
		var ev map[string]json.RawMessage
		if dec.Decode(&ev) != nil {
			return formatNative, true
		}
		if ev == nil {
			continue
		}
		if isJSONString(ev["id"]) || isJSONString(ev["date"]) {
			return formatNative, true
		}
		_, start := ev["start_date"]
		_, uid := ev["unique_id"]
		if start || uid || bytes.HasPrefix(bytes.TrimSpace(ev["text"]), []byte("{")) {
			return formatTimelineJS, true
		}
		for dec.More() {
			if dec.Decode(new(json.RawMessage)) != nil {
				return formatNative, true
			}
		}
	}
	if _, err := dec.Token(); err != nil {
		return formatNative, true
	}
	return formatNative, false
}

func isJSONString(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) > 0 && raw[0] == '"'
}

// isSheetHeader reports whether the first line of b is a CSV header with
// columns named Year (or Start Date) and Headline, separated by commas,
// semicolons or tabs.
func isSheetHeader(b []byte) bool {
	line, _, _ := bufio.NewReader(bytes.NewReader(b)).ReadLine()
	r := csv.NewReader(bytes.NewReader(line))
	r.Comma = sheetDelimiter(line)
	r.LazyQuotes = true
	cells, err := r.Read()
	if err != nil {
		return false
	}
	year, headline := false, false
	for _, c := range cells {
		switch strings.ToLower(strings.TrimSpace(c)) {
		case "year", "start date":
			year = true
		case "headline":
			headline = true
		}
	}
	return year && headline
}

// looksDelimited reports whether the first line of b holds cells separated
// by commas, semicolons or tabs: a sheet, perhaps without the columns a
// TimelineJS sheet needs, which the sheet reader then names.
func looksDelimited(b []byte) bool {
	line, _, _ := bufio.NewReader(bytes.NewReader(b)).ReadLine()
	return bytes.ContainsAny(line, ",;\t")
}
