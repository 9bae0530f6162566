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

// ParseSheetCSV decodes and validates a TimelineJS sheet saved as CSV,
// strictly: a row or a cell that cannot be read refuses the file, with
// every such problem listed (opening a file forgives, see
// ParseForgiving). The sheet has a header row naming the columns (in any
// order and case; Tag is read as Group, Alt Text as the media's
// description, Start Date and End Date as the first template's dates),
// then one row per slide; its cells are separated by commas, semicolons or
// tabs, as spreadsheets save them, in UTF-8 or UTF-16 with a byte-order
// mark. Quoted cells may span lines. A row of Type "title" names the
// timeline, a row of Type "era" is an era; neither is an event. Markdown
// links in a cell ([words](https://…)) are links. Every problem names its
// row, counting the header as row 1, and the line where the row starts. A
// "'" that ExportCSV put before a cell that looks like a formula is
// removed (csvCellBack).
func ParseSheetCSV(name string, b []byte) (*model.Dataset, []Issue, error) {
	r, err := parseSheetCSV(name, b, true)
	return r.ds, r.issues, err
}

// parseSheetCSV is ParseSheetCSV, forgiving unless strict.
func parseSheetCSV(name string, b []byte, strict bool) (result, error) {
	b, err := sheetText(b)
	if err != nil {
		return result{}, fail(name, "%v", err)
	}
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma = sheetDelimiter(b)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return result{}, csvError(name, err)
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
	_, v1 := col["start date"]
	if _, ok := col["year"]; !ok && !v1 {
		return result{}, fail(name, "the header has no %q column (a TimelineJS sheet starts with %s); its first line is %q",
			"Year", strings.Join(sheetColumns, ", "), clipRunes(strings.Join(header, string(r.Comma)), 80))
	}
	if _, ok := col["headline"]; !ok {
		return result{}, fail(name, "the header has no %q column (a TimelineJS sheet starts with %s)", "Headline", strings.Join(sheetColumns, ", "))
	}
	var f slideFile
	for row := 2; ; row++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return result{}, csvError(name, err)
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
		s := slide{where: fmt.Sprintf("row %d", row), line: line, sheet: true,
			start:    dateParts{year: cell("Year"), month: cell("Month"), day: cell("Day"), clock: cell("Time")},
			end:      dateParts{year: cell("End Year"), month: cell("End Month"), day: cell("End Day"), clock: cell("End Time")},
			display:  cell("Display Date"),
			headline: markdownLinks(cell("Headline")), text: markdownLinks(cell("Text")),
			media: slideMedia{url: strings.TrimSpace(cell("Media")), credit: markdownLinks(cell("Media Credit")),
				caption: markdownLinks(cell("Media Caption")), thumbnail: cell("Media Thumbnail"), alt: cell("Alt Text")},
			group: cell("Group"), background: sheetBackground(cell("Background"))}
		s.hasHeadline = strings.TrimSpace(s.headline) != ""
		if v1 {
			s.start, s.end = oneStringDate(cell("Start Date")), oneStringDate(cell("End Date"))
			if strings.TrimSpace(cell("Start Date")) == "" {
				s.start = dateParts{}
			}
			if strings.TrimSpace(cell("End Date")) == "" {
				s.end = dateParts{}
			}
		}
		switch typ := strings.ToLower(strings.TrimSpace(cell("Type"))); typ {
		case "title":
			if f.title == nil {
				f.title = &s
				continue
			}
			fallthrough
		default:
			s.num = len(f.events) + 1
			f.events = append(f.events, s)
		case "era":
			f.eras = append(f.eras, s)
		}
	}
	im := importer{file: name, strict: strict}
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
