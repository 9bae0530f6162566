package data

import (
	"strings"
	"testing"
	"unicode/utf16"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// TestForgivingOpensTheRest: a file with slides that cannot be read opens
// with the others; each skipped slide is named by a warning with its
// number, headline and field; the counts say how many opened. Parse, for
// validate, still refuses the file with every problem.
func TestForgivingOpensTheRest(t *testing.T) {
	l := openTJS(t, "bad-slides.json")
	if l.Slides.Slides != 5 || l.Slides.Opened != 2 || len(l.Dataset.Events) != 2 {
		t.Fatalf("counts %+v, %d events; want 2 of 5 opened", l.Slides, len(l.Dataset.Events))
	}
	var skipped []string
	for _, w := range l.Warnings {
		if !w.Warning {
			t.Errorf("an error in a forgiven file: %s", w)
		}
		if w.Skipped {
			skipped = append(skipped, w.String())
			if w.Slide == 0 || w.Headline == "" {
				t.Errorf("a skipped slide not named: %+v", w)
			}
		}
	}
	if len(skipped) != 3 || !strings.Contains(skipped[0], `slide 2 "Month 13": events[1].start_date.month: month 13 is not 1–12; slide skipped`) {
		t.Errorf("skipped: %q", skipped)
	}
	if got := present.SlidesOpened(l.Slides.Opened, l.Slides.Slides, i18n.For(locale.English)); got != "2 of 5 slides opened, 3 skipped" {
		t.Errorf("SlidesOpened = %q", got)
	}
	if issues := loadTJSError(t, "bad-slides.json"); len(issues) != 4 {
		t.Errorf("validate lists %d problems, want the 3 skipped slides and the missing headline", len(issues))
	}
	// A file none of whose slides can be read is refused, forgiving or not.
	_, err := ParseForgiving("none.json", []byte(`{"events": [{"text": {"headline": "no date"}}, {"start_date": {"year": "x"}}]}`))
	le, ok := err.(*LoadError)
	if !ok || len(le.Issues) != 3 || !strings.Contains(le.Issues[2].String(), "no events: none of the 2 slides could be read") {
		t.Errorf("err = %v", err)
	}
}

// TestLegacyExampleOpensWhole: the legacy example's end date 196002152034
// (1960-02-15 20:34, before its start) costs that end date, not the file.
func TestLegacyExampleOpensWhole(t *testing.T) {
	l := openTJS(t, "example.json")
	e := l.Dataset.Event("stars-in-butterfield-8")
	if len(l.Dataset.Events) != 28 || e == nil || !e.End().IsZero() || len(l.Warnings) != 1 {
		t.Fatalf("%d events, Butterfield 8 %+v, warnings %v", len(l.Dataset.Events), e, l.Warnings)
	}
	if d := legacyDate("196002152034"); d.year != "1960" || d.month != "02" || d.day != "15" || d.hour != "20" || d.minute != "34" {
		t.Errorf("legacyDate = %+v", d)
	}
	if issues := loadTJSError(t, "example.json"); len(issues) != 1 || !strings.Contains(issues[0].String(), "end date 1960-02-15T20:34 is before the start") {
		t.Errorf("validate: %v", issues)
	}
}

// TestSlidesWithoutHeadline: a slide without a headline opens, titled from
// its text or its date, marked as such, and is written back without one.
func TestSlidesWithoutHeadline(t *testing.T) {
	l := openTJS(t, "no-headline.json")
	want := map[string]string{
		"the-eagle-lands-in-the-sea-of-tranquility":            "The Eagle lands in the Sea of Tranquility.",
		"apollo-11-lifts-off-from-cape-kennedy-carrying-three": "Apollo 11 lifts off from Cape Kennedy, carrying three astronauts and a great…",
		"thu-24-jul-1969": "Thu 24 Jul 1969",
		"1969":            "1969",
	}
	if len(l.Dataset.Events) != 4 {
		t.Fatalf("%d events", len(l.Dataset.Events))
	}
	for id, title := range want {
		e := l.Dataset.Event(id)
		if e == nil || e.Title.En != title || e.Slide() == nil || !e.Slide().Untitled {
			t.Errorf("%s: %+v", id, e)
		}
	}
	if e := l.Dataset.Event("thu-24-jul-1969"); e.Title.Fr != "jeu. 24 juil. 1969" {
		t.Errorf("a title from the date is in French too: %q", e.Title.Fr)
	}
	if in := l.Dataset.Intro; in == nil || !in.Slide.Untitled || l.Dataset.Title.En != "no-headline" {
		t.Errorf("title %q, intro %+v", l.Dataset.Title.En, in)
	}
	for _, format := range []string{"timelinejs", "csv"} {
		checkStableExport(t, l.Dataset, format)
	}
	b, _ := ExportTimelineJS(l.Dataset, locale.English)
	if strings.Contains(string(b), `"headline": "The Eagle`) {
		t.Error("a made-up title was written back as a headline")
	}
}

// TestTimesOfDay: hours, minutes, seconds and milliseconds are kept,
// sorted and written back; a display date is a label, not an approximate
// date.
func TestTimesOfDay(t *testing.T) {
	l := openTJS(t, "times.json")
	var order []string
	for _, e := range l.Dataset.Events {
		order = append(order, e.Date.String())
	}
	if got := strings.Join(order, " "); got != "1969-07-20 1969-07-20T13 1969-07-20T20:17:40 1969-07-21T02:56:15.500" {
		t.Errorf("order %s", got)
	}
	touch := l.Dataset.Event("touchdown")
	if touch.DateLabel().En != "." || touch.Approximate {
		t.Errorf("touchdown: label %q, approximate %v", touch.DateLabel().En, touch.Approximate)
	}
	if d := l.Dataset.Event("descent"); d.End().String() != "1969-07-20T17:00" {
		t.Errorf("descent ends %s", d.End())
	}
	for _, format := range []string{"timelinejs", "csv"} {
		checkStableExport(t, l.Dataset, format)
	}
	b, _ := ExportCSV(l.Dataset, locale.English)
	if !strings.Contains(string(b), "1969,7,21,02:56:15.500,") || !strings.Contains(string(b), "1969,7,20,13,1969,7,20,17:00,") {
		t.Errorf("the sheet's Time columns:\n%s", b)
	}
	ics, _ := ExportICS(l.Dataset, locale.English)
	if !strings.Contains(string(ics), "DTSTART:19690720T130000\r\nDTEND:19690720T170000\r\n") {
		t.Errorf("the calendar lacks the descent's times:\n%s", ics)
	}
}

// TestSheetsAsSpreadsheetsSaveThem: semicolons, tabs, UTF-16 with its
// byte-order mark, Markdown links; a sheet that is none of these is
// refused with a message about the sheet, not about JSON.
func TestSheetsAsSpreadsheetsSaveThem(t *testing.T) {
	utf16le := func(s string) []byte {
		b := []byte{0xFF, 0xFE}
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u), byte(u>>8))
		}
		return b
	}
	utf16be := func(s string) []byte {
		b := []byte{0xFE, 0xFF}
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u>>8), byte(u))
		}
		return b
	}
	sheet := "Year;Month;Day;Time;Headline;Text\n1969;7;20;20:17;Touchdown;See [the NASA page](https://www.nasa.gov/apollo11) ; no comma\n"
	for name, b := range map[string][]byte{
		"semicolons": []byte(sheet),
		"tabs":       []byte(strings.ReplaceAll(sheet, ";", "\t")),
		"utf-16le":   utf16le(sheet),
		"utf-16be":   utf16be(sheet),
	} {
		l, err := ParseForgiving(name+".csv", b)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		e := &l.Dataset.Events[0]
		if e.Title.En != "Touchdown" || e.Date.String() != "1969-07-20T20:17" || e.Summary.En != "See the NASA page" {
			t.Errorf("%s: %s %q %q", name, e.Date, e.Title.En, e.Summary.En)
		}
		if urls := present.SourceURLs(l.Dataset, e); len(urls) != 1 || urls[0] != "https://www.nasa.gov/apollo11" {
			t.Errorf("%s: the Markdown link is not a link: %q", name, urls)
		}
	}
	for in, want := range map[string]string{
		"Date;Title\n2012;x\n":      `the header has no "Year" column`,
		"\xFF\xFEx":                 "odd number of bytes",
		"Year,Title\n2012,x\n":      `the header has no "Headline" column`,
		"Y\x00e\x00a\x00r\x00,\x00": "UTF-16 without a byte-order mark",
	} {
		_, err := ParseForgiving("sheet.csv", []byte(in))
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "top level") {
			t.Errorf("%q: err = %v, want %q", in, err, want)
		}
	}
}

// TestHashtagsAreNotSources: the links of an embedded post (its hashtags)
// and a hashtag link in the text are kept as links, not made sources.
func TestHashtagsAreNotSources(t *testing.T) {
	l := openTJS(t, "all-media-types.json")
	for _, s := range l.Dataset.Sources {
		if strings.Contains(s.URL, "hashtag") {
			t.Errorf("a hashtag became a source: %+v", s)
		}
	}
	post := l.Dataset.Event("twitter-embed")
	if post == nil || post.Media() == nil || !strings.Contains(post.Media().Quote, "#YearoftheDog") || len(post.Media().QuoteLinks) != 5 {
		t.Fatalf("the embedded post: %+v", post)
	}
	ds, _, err := Parse("tags.json", []byte(`{"events": [{"start_date": {"year": 2018}, "text": {"headline": "h", "text": "<a href=\"https://twitter.com/hashtag/NYE2018\">#NYE2018</a> and <a href=\"https://example.org/story\">the story</a>"}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if urls := present.SourceURLs(ds, &ds.Events[0]); len(urls) != 1 || urls[0] != "https://example.org/story" {
		t.Errorf("sources %q", urls)
	}
	if len(ds.Events[0].Slide().Links) != 2 {
		t.Errorf("links %+v", ds.Events[0].Slide().Links)
	}
}

// TestDeepTimeExports: a cosmological timeline in every format: its years
// as TimelineJS writes them, and no calendar line a calendar cannot read.
func TestDeepTimeExports(t *testing.T) {
	ds := openTJS(t, "cosmo.json").Dataset
	md, _ := ExportMarkdown(ds, locale.English)
	if !strings.Contains(string(md), "\n## 13.8 billion years ago\n") || !strings.Contains(string(md), "\n## 3500 BCE\n") {
		t.Errorf("markdown headings:\n%s", md)
	}
	ics, _ := ExportICS(ds, locale.English)
	if strings.Contains(string(ics), "BEGIN:VEVENT") || strings.Contains(string(ics), "DTSTAMP:-") {
		t.Errorf("a calendar cannot hold these years:\n%s", ics)
	}
	if got := model.Stats(ds, false); got.Years == 0 || len(got.Buckets) > 10_000 {
		t.Errorf("stats in spans of %d years, %d buckets", got.Years, len(got.Buckets))
	}
}
