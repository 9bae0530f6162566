package data

import (
	"bytes"
	"encoding/csv"
	"strconv"

	"timeline/locale"
	"timeline/model"
)

// ExportCSV writes the dataset in lang as a TimelineJS sheet: the columns of
// the TimelineJS template exactly, a title row first, one row per event
// (Group = the kind, Display Date = the date as written, Text = the same
// HTML as the TimelineJS export) and one row per era. It opens in a
// spreadsheet and can be pasted into a TimelineJS Google Sheet. A cell
// that a spreadsheet would run as a formula starts with "'" (csvCell).
func ExportCSV(ds *model.Dataset, lang locale.Lang) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	row := func(cells map[string]string) {
		rec := make([]string, len(sheetColumns))
		for i, c := range sheetColumns {
			rec[i] = csvCell(cells[c])
		}
		w.Write(rec) // errors surface at Flush
	}
	w.Write(sheetColumns)
	row(map[string]string{"Headline": htmlText(clean(ds.Title.String(lang), true)),
		"Text": tjsSlideText(htmlParagraphs(ds.Description.String(lang))), "Type": "title"})
	for i := range ds.Events {
		e := &ds.Events[i]
		cells := map[string]string{"Display Date": tjsDisplayText(displayDate(e, lang)),
			"Headline": htmlText(clean(e.Title.String(lang), true)), "Text": tjsSlideText(slideHTML(ds, e, lang)),
			"Group": e.Kind.String()}
		sheetDate(cells, "", e.Date)
		sheetDate(cells, "End ", e.End())
		row(cells)
	}
	for _, era := range ds.Eras {
		cells := map[string]string{"Headline": htmlText(clean(era.Label.String(lang), true)), "Type": "era"}
		end := era.End
		if end.IsZero() {
			end = era.Start
		}
		sheetDate(cells, "", era.Start)
		sheetDate(cells, "End ", end)
		row(cells)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, err
	}
	return checkOutput("csv", buf.Bytes(), false)
}

// sheetDate fills the Year, Month and Day cells (after prefix) with the
// parts of d its precision knows.
func sheetDate(cells map[string]string, prefix string, d model.Date) {
	if d.IsZero() {
		return
	}
	cells[prefix+"Year"] = strconv.Itoa(int(d.Year))
	if d.Precision >= model.MonthPrecision {
		cells[prefix+"Month"] = strconv.Itoa(int(d.Month))
	}
	if d.Precision == model.DayPrecision {
		cells[prefix+"Day"] = strconv.Itoa(int(d.Day))
	}
}
