package present

import (
	"strings"
	"testing"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// approxEvent is an approximate event dated day, with an English label.
func approxEvent(id, day, label string) model.Event {
	return model.Event{ID: id, Date: model.MustDate(day), Approximate: true, Title: model.Plain(id)}.WithDateLabel(model.Text{En: label})
}

// TestShortEventDate: an approximate date is never written as an exact
// day, in either language.
func TestShortEventDate(t *testing.T) {
	late := approxEvent("late", "2025-08-26", "late August 2025 (reported about 26–27 August)")
	midLate := approxEvent("ruben", "2025-08-28", "mid-to-late August 2025")
	about := approxEvent("about", "2025-12-10", "about 10 December 2025")
	month := model.Event{ID: "m", Date: model.MustDate("2025-08")}
	day := model.Event{ID: "d", Date: model.MustDate("2025-08-25")}
	tests := []struct {
		e    *model.Event
		lang locale.Lang
		want string
	}{
		{&late, locale.English, "late Aug 2025"},
		{&late, locale.French, "fin août 2025"},
		{&midLate, locale.English, "late Aug 2025"},
		{&about, locale.English, "about 10 Dec 2025"},
		{&about, locale.French, "vers 10 déc. 2025"},
		{&month, locale.English, "Aug 2025"},
		{&day, locale.English, "25 Aug 2025"},
	}
	for _, tt := range tests {
		if got := ShortEventDate(tt.e, tt.lang); got != tt.want {
			t.Errorf("ShortEventDate(%s, %s) = %q, want %q", tt.e.ID, tt.lang, got, tt.want)
		}
	}
}

// TestGutterMidToLate: a label naming two parts of the month gives the
// gutter the one its date is in, so that a "~mid" row never sits among
// the "~late" ones it sorts with.
func TestGutterMidToLate(t *testing.T) {
	for _, tt := range []struct{ day, label, want string }{
		{"2025-08-28", "mid-to-late August 2025 (left about two months after joining)", "~late"},
		{"2025-08-14", "mid-to-late August 2025", "~mid"},
		{"2025-08-11", "mid-August 2025", "~mid"},
		{"2025-10-10", "10–12 October 2025", "~Oct"},
	} {
		e := approxEvent("e", tt.day, tt.label)
		if got := Gutter(&e, locale.English); got != tt.want {
			t.Errorf("Gutter(%s, %q) = %q, want %q", tt.day, tt.label, got, tt.want)
		}
	}
}

// TestFromMark: days are counted only between days known exactly.
func TestFromMark(t *testing.T) {
	en := i18n.For(locale.English)
	exact := model.Event{ID: "x", Date: model.MustDate("2025-08-19"), Title: model.Plain("Split")}
	next := model.Event{ID: "n", Date: model.MustDate("2025-08-20"), Title: model.Plain("Next")}
	late := approxEvent("late", "2025-08-26", "late August 2025")
	month := model.Event{ID: "m", Date: model.MustDate("2025-08"), Title: model.Plain("August")}
	oct := model.Event{ID: "o", Date: model.MustDate("2025-10-22"), Title: model.Plain("Cuts")}
	year := model.Event{ID: "y", Date: model.MustDate("1985"), Title: model.Plain("Y")}
	tests := []struct {
		e, m *model.Event
		want string
	}{
		{&next, &exact, "1 day after the marked event: Split"},
		{&exact, &next, "1 day before the marked event: Next"},
		{&oct, &exact, "64 days after the marked event: Split"},
		{&late, &exact, "about a week after the marked event: Split"},
		{&month, &exact, "in the same month as the marked event: Split"},
		{&oct, &month, "about 2 months after the marked event: August"},
		{&year, &exact, "about 40 years before the marked event: Split"},
	}
	for _, tt := range tests {
		if got := FromMark(tt.e, tt.m, en); got != tt.want {
			t.Errorf("FromMark(%s, %s) = %q, want %q", tt.e.ID, tt.m.ID, got, tt.want)
		}
	}
}

// TestEntitySpan: one date when first and last are the same, each as
// honest as its event's.
func TestEntitySpan(t *testing.T) {
	ds := &model.Dataset{Events: []model.Event{
		approxEvent("a", "2025-08-26", "late August 2025"),
		{ID: "b", Date: model.MustDate("2025-08-29")},
	}}
	ds.Index()
	for _, tt := range []struct {
		events []int32
		want   string
	}{
		{[]int32{0, 1}, "late Aug 2025 – 29 Aug 2025"},
		{[]int32{0}, "late Aug 2025"},
		{nil, ""},
	} {
		r := model.EntityRow{Events: tt.events}
		if got := EntitySpan(ds, &r, locale.English); got != tt.want {
			t.Errorf("EntitySpan(%v) = %q, want %q", tt.events, got, tt.want)
		}
	}
}

// TestDetailRelatedAndSources: related events in the timeline's order with
// honest dates, and a long address wrapped under its source's number.
func TestDetailRelatedAndSources(t *testing.T) {
	long := "https://example.com/" + strings.Repeat("very-long-path-", 6) + "end"
	ds := &model.Dataset{
		Sources: []model.Source{{ID: "s", Outlet: "Outlet", URL: long}},
		Events: []model.Event{
			model.Event{ID: "main", Date: model.MustDate("2025-08-19"), Title: model.Plain("Main"),
				Extra: &model.EventExtra{Related: []string{"later", "earlier"}}}.WithRefs(nil, []string{"s"}, nil),
			approxEvent("later", "2025-08-26", "late August 2025"),
			{ID: "earlier", Date: model.MustDate("2025-06-12"), Title: model.Plain("earlier")},
		},
	}
	ds.Index()
	e := ds.Event("main")
	lines := Detail(ds, e, 40, i18n.For(locale.English), DetailStyles{}, DetailOptions{})
	text := strings.Join(lines, "\n")
	if !strings.Contains(text, "• 12 Jun 2025  earlier\n• late Aug 2025  later") {
		t.Errorf("related events not in order with honest dates:\n%s", text)
	}
	in := false
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "[1] "):
			in = true
		case in && l == "":
			in = false
		case in && !strings.HasPrefix(l, "    "):
			t.Errorf("a line of source 1 is not indented under its number: %q\n%s", l, text)
		}
	}
}
