package data

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"timeline/model"
)

// sheetColumns are the columns of a TimelineJS sheet, in its order. Group
// was called Tag in older templates.
var sheetColumns = []string{"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
	"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type",
	"Group", "Background"}

// ParseSheetCSV decodes and validates a TimelineJS sheet saved as CSV: a
// header row naming the columns (in any order and case; Tag is read as
// Group), then one row per slide. Quoted cells may span lines. A row of
// Type "title" names the timeline, a row of Type "era" is an era; neither is
// an event. Every problem names its row, counting the header as row 1, and
// the line where the row starts. A "'" that ExportCSV put before a cell
// that looks like a formula is removed (csvCellBack).
func ParseSheetCSV(name string, b []byte) (*model.Dataset, []Issue, error) {
	r := csv.NewReader(bytes.NewReader(trimBOM(b)))
	r.FieldsPerRecord = -1
	r.ReuseRecord = false
	header, err := r.Read()
	if err != nil {
		return nil, nil, csvError(name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		key := strings.ToLower(strings.TrimSpace(h))
		if key == "tag" {
			key = "group"
		}
		if _, dup := col[key]; !dup {
			col[key] = i
		}
	}
	for _, need := range []string{"year", "headline"} {
		if _, ok := col[need]; !ok {
			return nil, nil, fail(name, "the header has no %q column (a TimelineJS sheet starts with %s)", need, strings.Join(sheetColumns, ", "))
		}
	}
	var f slideFile
	for row := 2; ; row++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, csvError(name, err)
		}
		line, _ := r.FieldPos(0)
		cell := func(name string) string {
			if i, ok := col[strings.ToLower(name)]; ok && i < len(rec) {
				return csvCellBack(rec[i])
			}
			return ""
		}
		if strings.TrimSpace(strings.Join(rec, "")) == "" {
			continue // a blank row, as spreadsheets leave at the end
		}
		s := slide{where: fmt.Sprintf("row %d", row), line: line,
			start:    dateParts{year: cell("Year"), month: cell("Month"), day: cell("Day")},
			end:      dateParts{year: cell("End Year"), month: cell("End Month"), day: cell("End Day")},
			display:  cell("Display Date"),
			headline: cell("Headline"), text: cell("Text"),
			media: slideMedia{url: cell("Media"), credit: cell("Media Credit"), caption: cell("Media Caption")},
			group: cell("Group")}
		switch typ := strings.ToLower(strings.TrimSpace(cell("Type"))); typ {
		case "title":
			if f.title == nil {
				f.title = &s
			}
		case "era":
			f.eras = append(f.eras, s)
		default:
			f.events = append(f.events, s)
		}
	}
	im := importer{file: name}
	return im.convert(&f)
}

// csvError turns a CSV decoding error into a located *LoadError.
func csvError(name string, err error) error {
	is := Issue{File: name, Msg: "invalid CSV: " + err.Error()}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		is.Line, is.Col = pe.Line, pe.Column
		is.Msg = "invalid CSV: " + pe.Err.Error()
	}
	if errors.Is(err, io.EOF) {
		is.Msg = "empty file: want a TimelineJS sheet with a header row"
	}
	is.Msg, _ = model.SanitizeLine(is.Msg)
	return &LoadError{Issues: []Issue{is}}
}
