package data

import (
	"bytes"
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"

	"timeline/locale"
	"timeline/model"
)

// ExportCSV writes the dataset in lang as a TimelineJS sheet: the columns of
// the TimelineJS template exactly, a title row first (the title, the
// description, the introduction's media and background), one row per
// event and one per era. It opens in a spreadsheet and can be pasted into a
// TimelineJS Google Sheet, and reads back into the same sheet, byte for
// byte. The template has a column for the dates and times, the label
// (Display Date), the headline, the summary with its links (Text), the
// media's address, credit, caption and thumbnail, the group (the kind
// when the event has none) and the background (its address, else its
// colour); it has none for the rest, which the sheet cannot carry: kind
// and status (but as the group), people, organisations, claims, quotes,
// sources (but as links in the summary), related events, tags, the
// approximate mark, other languages, the media's description, title and
// link, the event's id. The TimelineJS export (JSON) carries everything. A
// cell that a spreadsheet would run as a formula starts with "'"
// (csvCell).
func ExportCSV(ds *model.Dataset, lang locale.Lang) ([]byte, error) {
	return Exporter(WriteCSV).Bytes(ds, lang)
}

// WriteCSV is ExportCSV to out, a row at a time.
func WriteCSV(out io.Writer, ds *model.Dataset, lang locale.Lang) error {
	x := newTJSWriter(ds, lang)
	p := pieces{w: out, format: "csv"}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	put := func(rec []string) {
		w.Write(rec)
		w.Flush()
		if err := w.Error(); err != nil && p.err == nil {
			p.err = err
		}
		p.write(buf.Bytes())
		buf.Reset()
	}
	row := func(cells map[string]string) {
		rec := make([]string, len(sheetColumns))
		for i, c := range sheetColumns {
			rec[i] = csvCell(cells[c])
		}
		put(rec)
	}
	put(sheetColumns)
	if t := x.titleSlide(); t != nil {
		cells := map[string]string{"Headline": t.Text.Headline, "Text": t.Text.Text, "Type": "title"}
		sheetSlide(cells, t)
		row(cells)
	}
	for _, i := range x.sheetOrder() {
		e := &ds.Events[i]
		s := x.eventSlide(e)
		cells := map[string]string{"Display Date": s.DisplayDate, "Headline": s.Text.Headline,
			"Text": tjsSlideText(x.sheetText(e)), "Group": s.Group}
		sheetDate(cells, "", e.Date)
		sheetDate(cells, "End ", e.End())
		sheetSlide(cells, &s)
		row(cells)
	}
	for _, era := range ds.Eras {
		s := x.eraSlide(era)
		cells := map[string]string{"Headline": s.Text.Headline, "Type": "era"}
		end := era.End
		if end.IsZero() {
			end = era.Start
		}
		sheetDate(cells, "", era.Start)
		sheetDate(cells, "End ", end)
		row(cells)
	}
	return p.err
}

// sheetOrder returns the order of the sheet's rows: by date, then by the
// id each event will have when the sheet is read back (a sheet has no id
// column: the importer makes ids from headlines), so that a sheet read
// and written again keeps its rows in the same order.
//
// The ids are worked out for one date's events at a time: a million
// events' would take tens of megabytes at once.
func (x *tjsWriter) sheetOrder() []int32 {
	evs := x.ds.Events
	order := make([]int32, len(evs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return evs[a].Date.Compare(evs[b].Date) })
	type keyed struct {
		key string
		i   int32
	}
	var group []keyed
	for start := 0; start < len(order); {
		end := start + 1
		for end < len(order) && evs[order[end]].Date.Compare(evs[order[start]].Date) == 0 {
			end++
		}
		if end-start > 1 {
			group = group[:0]
			for _, i := range order[start:end] {
				group = append(group, keyed{x.sheetKey(&evs[i]), i})
			}
			slices.SortStableFunc(group, func(a, b keyed) int { return strings.Compare(a.key, b.key) })
			for k, g := range group {
				order[start+k] = g.i
			}
		}
		start = end
	}
	return order
}

// sheetKey returns the id an event will have when the sheet is read back.
func (x *tjsWriter) sheetKey(e *model.Event) string {
	title := clean(e.Title.String(x.lang), true)
	if s := e.Slide(); s != nil && s.Untitled {
		back, _ := x.readBack(x.sheetText(e), true)
		title = untitledTitle(back, e.Date).En
	}
	return slug(title)
}

// sheetText is an event's summary with its links: the sheet has no place
// for the list of people and sources the JSON export adds for readers, as
// it could not read it back.
func (x *tjsWriter) sheetText(e *model.Event) string {
	var links []model.Link
	if s := e.Slide(); s != nil {
		links = s.Links
	}
	return htmlOf(clean(e.Summary.String(x.lang), false), links)
}

// sheetSlide fills the media and background cells of a slide's row.
func sheetSlide(cells map[string]string, s *tjsOutSlide) {
	if m := s.Media; m != nil {
		cells["Media"], cells["Media Credit"], cells["Media Caption"], cells["Media Thumbnail"] = m.URL, m.Credit, m.Caption, m.Thumbnail
	}
	if b := s.Background; b != nil {
		// One cell holds either: a picture only when a sheet reads the
		// cell back as one (sheetBackground), since an address it would
		// take for a colour ("img/a.png") would come back as that colour.
		cells["Background"] = b.Color
		if sheetBackground(b.URL).url != "" {
			cells["Background"] = b.URL
		}
	}
}

// sheetDate fills the Year, Month, Day and Time cells (after prefix) with
// the parts of d its precision knows.
func sheetDate(cells map[string]string, prefix string, d model.Date) {
	if d.IsZero() {
		return
	}
	cells[prefix+"Year"] = strconv.FormatInt(d.Year, 10)
	if d.Precision >= model.MonthPrecision {
		cells[prefix+"Month"] = strconv.Itoa(int(d.Month))
	}
	if d.Precision >= model.DayPrecision {
		cells[prefix+"Day"] = strconv.Itoa(int(d.Day))
	}
	if d.HasTime() {
		cells[prefix+"Time"] = d.Clock()
	}
}
