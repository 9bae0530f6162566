package present

import (
	"slices"
	"strings"
	"testing"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

func TestYearAndClock(t *testing.T) {
	en, fr := locale.English, locale.French
	for _, tt := range []struct {
		date     string
		lang     locale.Lang
		want     string
		wantTiny string
	}{
		{"2025", en, "2025", "2025"},
		{"-0044-03-15", en, "Thu 15 Mar 44 BCE", "15 Thu"},
		{"-3500", fr, "3500 av. J.-C.", "-3500"},
		{"-13800000000", en, "13.8 billion years ago", "13.8Ga"},
		{"-13799630000", fr, "il y a 13,79963 milliards d'années", "13.8Ga"},
		{"-0538800000", en, "538.8 million years ago", "539Ma"},
		{"-0315000", en, "315000 BCE", "315ka"},
		{"2025-08-25T14", en, "Mon 25 Aug 2025 14:00", "25 Mon"},
		{"2025-08-25T09:05", en, "Mon 25 Aug 2025 09:05", "25 Mon"},
		{"2025-08-25T09:05", fr, "lun. 25 août 2025 9 h 05", "25 lun"},
		{"2025-08-25T09:05:07.250", en, "Mon 25 Aug 2025 09:05:07.250", "25 Mon"},
	} {
		d := model.MustDate(tt.date)
		if got := FormatDate(d, tt.lang); got != tt.want {
			t.Errorf("FormatDate(%s, %s) = %q, want %q", tt.date, tt.lang, got, tt.want)
		}
		if got := Gutter(&model.Event{Date: d}, tt.lang); got != tt.wantTiny || len([]rune(got)) > GutterWidth {
			t.Errorf("Gutter(%s) = %q, want %q", tt.date, got, tt.wantTiny)
		}
	}
	if got := CiteDate(model.MustDate("-0044-03-15"), en); got != "15 March 44 BCE" {
		t.Errorf("CiteDate = %q", got)
	}
}

// slideDataset is an imported timeline: an event with every media field,
// a relative address, a quotation, a group, no headline, and eras.
func slideDataset(origin string) *model.Dataset {
	ds := &model.Dataset{Title: model.Plain("Welcome"), Description: model.Plain("An introduction."), Origin: origin,
		Intro: &model.Intro{Slide: model.Slide{Media: &model.Media{URL: "//upload.example/cover.jpg", Caption: "The cover"}}},
		Eras: []model.Era{{Start: model.MustDate("1943"), End: model.MustDate("1946"), Label: model.Plain("The ENIAC years")},
			{Start: model.MustDate("1950"), End: model.MustDate("1960"), Label: model.Plain("Fifties")}}}
	e := model.Event{ID: "a", Date: model.MustDate("1944-05"), Kind: model.NoKind, Status: model.NoStatus, Title: model.Plain("1944"),
		Summary: model.Plain("Text.")}
	s := e.MoreSlide()
	s.Untitled, s.Group = true, "Career"
	s.Media = &model.Media{URL: "/static/eniac.png", Caption: "ENIAC", Credit: "Army photo", Alt: "A room of machines",
		Link: "https://en.wikipedia.org/wiki/ENIAC", Quote: "We did it."}
	ds.Events = []model.Event{e}
	ds.Index()
	return ds
}

func TestDetailShowsTheSlide(t *testing.T) {
	ds := slideDataset("")
	text := DetailText(ds, &ds.Events[0], 100, locale.English)
	for _, want := range []string{"· no kind · no status", "no headline in the file", "Group: Career", "\nMedia\n",
		"“We did it.”", "/static/eniac.png (relative to the file; no web address to resolve it against)",
		"Caption: ENIAC", "Credit: Army photo", "Description: A room of machines", "Leads to: https://en.wikipedia.org/wiki/ENIAC"} {
		if !strings.Contains(text, want) {
			t.Errorf("detail lacks %q:\n%s", want, text)
		}
	}
	if strings.Index(text, "Text.") > strings.Index(text, "Caption") {
		t.Error("the media section comes before the summary")
	}
	ds = slideDataset("https://timeline.example/data/welcome.json")
	if text := DetailText(ds, &ds.Events[0], 100, locale.English); strings.Contains(text, "relative to the file") {
		t.Errorf("a relative address that resolves is said not to:\n%s", text)
	}
	if got, want := MediaURLs(ds, &ds.Events[0]), []string{"https://timeline.example/static/eniac.png", "https://en.wikipedia.org/wiki/ENIAC"}; !slices.Equal(got, want) {
		t.Errorf("MediaURLs = %q, want %q", got, want)
	}
}

func TestErasAndIntro(t *testing.T) {
	ds := slideDataset("")
	if got := ErasOf(ds, &ds.Events[0], locale.English); !slices.Equal(got, []string{"The ENIAC years"}) {
		t.Errorf("ErasOf = %q", got)
	}
	if got := EraSpan(ds.Eras[0], locale.French); got != "The ENIAC years, 1943 – 1946" {
		t.Errorf("EraSpan = %q", got)
	}
	// A ruler of 30 columns from 1940 to 1970, a year a column.
	col := func(day int32) int { return int(model.FromDays(day).Year - 1940) }
	band := EraBand(ds.Eras, 30, col, locale.English)
	if want := "   ╶──╴   ╶Fifties──╴         "; band != want {
		t.Errorf("EraBand = %q, want %q", band, want)
	}
	intro := strings.Join(IntroLines(ds, 60, i18n.For(locale.English), DetailStyles{}), "\n")
	for _, want := range []string{"Welcome\n\nAn introduction.", "Caption: The cover", "Eras\n• The ENIAC years, 1943 – 1946", "1 event · May 1944"} {
		if !strings.Contains(intro, want) {
			t.Errorf("intro lacks %q:\n%s", want, intro)
		}
	}
}

func TestSlidesOpened(t *testing.T) {
	cat := i18n.For(locale.English)
	for _, tt := range []struct {
		opened, total int
		want          string
	}{{18, 18, "all 18 slides opened"}, {17, 18, "17 of 18 slides opened, 1 skipped"}, {10, 18, "10 of 18 slides opened, 8 skipped"}} {
		if got := SlidesOpened(tt.opened, tt.total, cat); got != tt.want {
			t.Errorf("SlidesOpened(%d, %d) = %q, want %q", tt.opened, tt.total, got, tt.want)
		}
	}
	if got := SlidesOpened(17, 18, i18n.For(locale.French)); got != "17 diapositives ouvertes sur 18, 1 ignorée" {
		t.Errorf("French: %q", got)
	}
}

func TestStatsInSpansOfYears(t *testing.T) {
	ds := &model.Dataset{Events: []model.Event{
		{ID: "a", Date: model.MustDate("-13800000000"), Kind: model.NoKind},
		{ID: "b", Date: model.MustDate("2025"), Kind: model.Report},
	}}
	ds.Index()
	text := RenderStatsText(model.Stats(ds, false), 60, locale.English)
	for _, want := range []string{"Events per 10,000,000 years — 2\n", "13.8 billion years ago", "no kind  ", "report   "} {
		if !strings.Contains(text, want) {
			t.Errorf("stats lack %q:\n%s", want, text[:min(len(text), 400)])
		}
	}
}
