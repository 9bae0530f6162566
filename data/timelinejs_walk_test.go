package data

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"timeline/locale"
	"timeline/model"
)

// realTimelineJS are the files of TimelineJS3's own in
// testdata/timelinejs (see its README), with what each must open whole:
// its slides, the events they make, and what of them is kept.
var realTimelineJS = []struct {
	name                      string
	slides, events            int
	captions, credits, media  int // non-empty media captions, credits and media of the events
	eras, times, bce, untitle int
	title                     bool // a title slide
	warnings                  int  // issues that do not stop the file (a field left out)
}{
	{name: "all-media-types.json", slides: 41, events: 41, captions: 33, credits: 40, media: 41, title: true},
	{name: "cosmo.json", slides: 7, events: 7, captions: 2, credits: 2, media: 3, bce: 7, title: true},
	{name: "eras.json", slides: 20, events: 20, media: 19, eras: 3, title: true},
	{name: "example.json", slides: 28, events: 28, captions: 23, credits: 15, media: 23, title: true, warnings: 1},
	{name: "mediatypes-timeline3.json", slides: 29, events: 29, captions: 29, credits: 28, media: 29, title: true},
	{name: "welcome.json", slides: 17, events: 17, captions: 7, credits: 7, media: 16},
	{name: "women_in_computing.json", slides: 10, events: 10, captions: 6, credits: 8, media: 10, title: true},
	{name: "women_in_computing.csv", slides: 10, events: 10, captions: 6, credits: 8, media: 10, title: true},
	{name: "template.csv", slides: 10, events: 10, captions: 6, credits: 8, media: 10, title: true},
}

// TestRealTimelineJSFilesOpenWhole: every TimelineJS file of TimelineJS's
// own opens whole, with each slide, caption, credit, era, the title slide
// and times of day, and survives export, import and export again byte for
// byte, as TimelineJS JSON and as a sheet.
func TestRealTimelineJSFilesOpenWhole(t *testing.T) {
	var table strings.Builder
	table.WriteString("| file | slides | events | captions | credits | media | eras | title | kept |\n")
	for _, want := range realTimelineJS {
		t.Run(want.name, func(t *testing.T) {
			l := openTJS(t, want.name)
			ds := l.Dataset
			got := countSlideFields(ds)
			got.name, got.slides, got.warnings, got.title = want.name, l.Slides.Slides, len(l.Warnings), l.Slides.Title
			got.eras = l.Slides.ErasKept
			for _, w := range l.Warnings {
				t.Logf("warning: %s", w)
			}
			if got != want {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
			if l.Slides.Opened != len(ds.Events) || l.Slides.Skipped() != 0 {
				t.Errorf("%d of %d slides opened", l.Slides.Opened, l.Slides.Slides)
			}
			for _, format := range []string{"timelinejs", "csv"} {
				checkStableExport(t, ds, format)
			}
			fmt.Fprintf(&table, "| %s | %d | %d | %d | %d | %d | %d | %v | %s |\n", want.name, got.slides, got.events,
				got.captions, got.credits, got.media, got.eras, got.title, keptSummary(ds))
		})
	}
	t.Logf("\n%s", table.String())
}

// countSlideFields counts what the events of ds kept of their slides.
func countSlideFields(ds *model.Dataset) (c struct {
	name                      string
	slides, events            int
	captions, credits, media  int
	eras, times, bce, untitle int
	title                     bool
	warnings                  int
}) {
	c.events = len(ds.Events)
	for i := range ds.Events {
		e := &ds.Events[i]
		if m := e.Media(); m != nil {
			c.media++
			if m.Caption != "" {
				c.captions++
			}
			if m.Credit != "" {
				c.credits++
			}
		}
		if e.Date.HasTime() || e.End().HasTime() {
			c.times++
		}
		if e.Date.Year < 0 {
			c.bce++
		}
		if s := e.Slide(); s != nil && s.Untitled {
			c.untitle++
		}
	}
	return c
}

// keptSummary says in a few words what an imported dataset kept.
func keptSummary(ds *model.Dataset) string {
	var groups, backgrounds, links, quotes, relative int
	for i := range ds.Events {
		s := ds.Events[i].Slide()
		if s == nil {
			continue
		}
		if s.Group != "" {
			groups++
		}
		if s.Background != nil {
			backgrounds++
		}
		links += len(s.Links)
		if m := s.Media; m != nil {
			if m.Quote != "" {
				quotes++
			}
			if m.URL != "" && model.WebURL(m.URL) == "" {
				relative++
			}
		}
	}
	return fmt.Sprintf("%d groups, %d backgrounds, %d links, %d quotations, %d relative media addresses", groups, backgrounds, links, quotes, relative)
}

// checkStableExport exports ds, imports the export and exports it again:
// the two exports must be the same bytes.
func checkStableExport(t *testing.T, ds *model.Dataset, format string) {
	t.Helper()
	export, _ := ExporterFor(format)
	for _, lang := range []locale.Lang{locale.English, locale.French} {
		first, err := export.Bytes(ds, lang)
		if err != nil {
			t.Fatalf("%s export: %v", format, err)
		}
		back, err := ParseForgiving("export."+format, first)
		if err != nil {
			t.Fatalf("%s export does not load back: %v", format, err)
		}
		for _, w := range back.Warnings {
			if !strings.Contains(w.Msg, "no headline: titled") { // said of the original too
				t.Errorf("%s export loads back with a warning: %s", format, w)
			}
		}
		second, err := export.Bytes(back.Dataset, lang)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, second) {
			t.Errorf("%s export in %s is not stable: %s", format, lang, firstDifference(first, second))
		}
	}
}

// TestBundledTimelineJSRoundTrip: the bundled dataset survives export,
// import and export again byte for byte, as TimelineJS JSON and as a
// sheet, in both languages; and through TimelineJS JSON it keeps every
// field, people, claims, quotes, sources, both languages and all.
func TestBundledTimelineJSRoundTrip(t *testing.T) {
	orig := bundledForTest(t)
	for _, format := range []string{"timelinejs", "csv"} {
		checkStableExport(t, orig, format)
	}
	b, err := ExportTimelineJS(orig, locale.French)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseForgiving("summer.timelinejs.json", b)
	if err != nil {
		t.Fatal(err)
	}
	checkSameDataset(t, orig, back.Dataset)
}
