package present

import (
	"slices"
	"testing"
	"timeline/locale"
	"timeline/model"
)

// citeDataset is a small dataset with the shapes citations meet: sources
// with a URL, only a via, no date, a non-web address, and a shared outlet.
func citeDataset() *model.Dataset {
	ds := &model.Dataset{
		People: []model.Person{{ID: "rishabh-agarwal", Name: "Rishabh Agarwal"}},
		Sources: []model.Source{
			{ID: "x", Outlet: "X", Title: "This is my last week", Published: model.MustDate("2025-08-25"), URL: "https://x.com/agarwl_/status/1"},
			model.Source{ID: "tc", Outlet: "TechCrunch", Title: "Cracks are forming", Published: model.MustDate("2025-08-29")}.WithVia("http://archive.example/tc"),
			{ID: "usine", Outlet: "L'Usine Digitale", Title: "Meta en proie au chaos"},
			model.Source{ID: "evil", Outlet: "Evil", Title: "Run me", Published: model.MustDate("2025-07"), URL: "javascript:alert(1)"}.WithVia("file:///etc/passwd"),
			{ID: "x-again", Outlet: "X", Title: "Second post", Published: model.MustDate("2025-08-25"), URL: "https://x.com/agarwl_/status/1"},
		},
		Events: []model.Event{
			model.Event{ID: "agarwal", Date: model.MustDate("2025-08-25"), Title: model.Text{En: "Rishabh Agarwal says he is leaving Meta.", Fr: "Rishabh Agarwal quitte Meta"},
				Summary: model.Plain("He said so on X."),
				Extra: &model.EventExtra{Quotes: []model.Quote{{Speaker: "rishabh-agarwal", Text: "This is my last week at @AIatMeta.", Lang: locale.English, Source: "x"},
					{Speaker: "someone-unknown", Text: "“Already quoted.”"}}}}.WithRefs(nil, []string{"x", "tc"}, nil),
			model.Event{ID: "mid", Date: model.MustDate("2025-07-14"), Approximate: true,
				Title: model.Plain("Scale AI cuts staff")}.WithDateLabel(model.Text{En: "mid-July 2025", Fr: "mi-juillet 2025"}).WithRefs(nil, []string{"usine", "evil", "x", "x-again"}, nil),
			{ID: "none", Date: model.MustDate("2025"), Title: model.Plain("Nothing cited")},
		},
	}
	ds.Index()
	return ds
}

func TestCiteDate(t *testing.T) {
	tests := []struct {
		date string
		lang locale.Lang
		want string
	}{
		{"2025-08-25", locale.English, "Aug. 25, 2025"},
		{"2025-06-12", locale.English, "June 12, 2025"},
		{"2025-09-01", locale.English, "Sept. 1, 2025"},
		{"2025-03-05", locale.English, "March 5, 2025"},
		{"2025-07", locale.English, "July 2025"},
		{"2025-08", locale.English, "August 2025"},
		{"2025", locale.English, "2025"},
		{"2025-08-25", locale.French, "25 août 2025"},
		{"2025-08-01", locale.French, "1er août 2025"},
		{"2025-07", locale.French, "juillet 2025"},
		{"2025", locale.French, "2025"},
	}
	for _, tt := range tests {
		if got := CiteDate(model.MustDate(tt.date), tt.lang); got != tt.want {
			t.Errorf("CiteDate(%s, %s) = %q, want %q", tt.date, tt.lang, got, tt.want)
		}
	}
	if got := CiteDate(model.Date{}, locale.English); got != "" {
		t.Errorf("CiteDate(zero) = %q, want empty", got)
	}
}

func TestCiteEventDate(t *testing.T) {
	ds := citeDataset()
	end := model.Event{Date: model.MustDate("2025-08-26")}.WithEnd(model.MustDate("2025-08-29"))
	approx := model.Event{Date: model.MustDate("2025-07"), Approximate: true}
	tests := []struct {
		e    *model.Event
		lang locale.Lang
		want string
	}{
		{ds.Event("mid"), locale.English, "mid-July 2025"},
		{ds.Event("mid"), locale.French, "mi-juillet 2025"},
		{ds.Event("agarwal"), locale.English, "Aug. 25, 2025"},
		{&end, locale.English, "Aug. 26, 2025 – Aug. 29, 2025"},
		{&approx, locale.English, "about July 2025"},
		{&approx, locale.French, "vers juillet 2025"},
	}
	for _, tt := range tests {
		if got := CiteEventDate(tt.e, tt.lang); got != tt.want {
			t.Errorf("CiteEventDate(%s, %s) = %q, want %q", tt.e.ID, tt.lang, got, tt.want)
		}
	}
}

func TestCitation(t *testing.T) {
	ds := citeDataset()
	tests := []struct {
		id   string
		lang locale.Lang
		want string
	}{
		{"agarwal", locale.English, "Aug. 25, 2025: Rishabh Agarwal says he is leaving Meta (X, Aug. 25, 2025; TechCrunch, Aug. 29, 2025)."},
		{"agarwal", locale.French, "25 août 2025 : Rishabh Agarwal quitte Meta (X, 25 août 2025 ; TechCrunch, 29 août 2025)."},
		{"mid", locale.English, "mid-July 2025: Scale AI cuts staff (L'Usine Digitale; Evil, July 2025; X, Aug. 25, 2025)."},
		{"none", locale.English, "2025: Nothing cited."},
	}
	for _, tt := range tests {
		if got := Citation(ds, ds.Event(tt.id), tt.lang); got != tt.want {
			t.Errorf("Citation(%s, %s) =\n  %q\nwant\n  %q", tt.id, tt.lang, got, tt.want)
		}
	}
}

func TestCitationMarkdown(t *testing.T) {
	ds := citeDataset()
	tests := []struct {
		id   string
		lang locale.Lang
		want string
	}{
		{"agarwal", locale.English, "**Rishabh Agarwal says he is leaving Meta.** — Aug. 25, 2025\n\n" +
			"- [X, “This is my last week”, Aug. 25, 2025](https://x.com/agarwl_/status/1)\n" +
			"- TechCrunch, “Cracks are forming”, Aug. 29, 2025 (via [archive.example](http://archive.example/tc))\n"},
		{"mid", locale.French, "**Scale AI cuts staff** — mi-juillet 2025\n\n" +
			"- L'Usine Digitale, « Meta en proie au chaos »\n" +
			"- Evil, « Run me », juillet 2025\n" +
			"- [X, « This is my last week », 25 août 2025](https://x.com/agarwl_/status/1)\n" +
			"- [X, « Second post », 25 août 2025](https://x.com/agarwl_/status/1)\n"},
		{"none", locale.English, "**Nothing cited** — 2025\n"},
	}
	for _, tt := range tests {
		got := CitationMarkdown(ds, ds.Event(tt.id), tt.lang)
		if got != tt.want {
			t.Errorf("CitationMarkdown(%s, %s) =\n%s\nwant\n%s", tt.id, tt.lang, got, tt.want)
		}
	}
}

func TestMarkdownEscapes(t *testing.T) {
	if got, want := MarkdownEscape("a [link](x) *b* _c_ `d` <e> \\"), `a \[link\](x) \*b\* \_c\_ \`+"`d\\`"+` \<e> \\`; got != want {
		t.Errorf("MarkdownEscape = %q, want %q", got, want)
	}
	if got, want := MarkdownURL("https://a.example/x (1) y"), "https://a.example/x%20%281%29%20y"; got != want {
		t.Errorf("MarkdownURL = %q, want %q", got, want)
	}
}

func TestPlainSummary(t *testing.T) {
	ds := citeDataset()
	if got, want := PlainSummary(ds, ds.Event("agarwal"), locale.English), "Rishabh Agarwal says he is leaving Meta. (Aug. 25, 2025)\n\nHe said so on X."; got != want {
		t.Errorf("PlainSummary = %q, want %q", got, want)
	}
	if got, want := PlainSummary(ds, ds.Event("none"), locale.English), "Nothing cited (2025)"; got != want {
		t.Errorf("PlainSummary without summary = %q, want %q", got, want)
	}
}

func TestSourceURLs(t *testing.T) {
	ds := citeDataset()
	tests := []struct {
		id   string
		want []string
	}{
		{"agarwal", []string{"https://x.com/agarwl_/status/1", "http://archive.example/tc"}},
		{"mid", []string{"https://x.com/agarwl_/status/1"}}, // javascript: and file: refused, repeats once
		{"none", nil},
	}
	for _, tt := range tests {
		if got := SourceURLs(ds, ds.Event(tt.id)); !slices.Equal(got, tt.want) {
			t.Errorf("SourceURLs(%s) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

func TestQuoteCitation(t *testing.T) {
	ds := citeDataset()
	e := ds.Event("agarwal")
	tests := []struct {
		q    *model.Quote
		lang locale.Lang
		want string
	}{
		{&e.Quotes()[0], locale.English, "“This is my last week at @AIatMeta.” — Rishabh Agarwal, X, Aug. 25, 2025"},
		{&e.Quotes()[0], locale.French, "« This is my last week at @AIatMeta. » — Rishabh Agarwal, X, 25 août 2025"},
		{&e.Quotes()[1], locale.English, "“Already quoted.” — someone-unknown"},
	}
	for _, tt := range tests {
		if got := QuoteCitation(ds, tt.q, tt.lang); got != tt.want {
			t.Errorf("QuoteCitation(%s) = %q, want %q", tt.lang, got, tt.want)
		}
	}
}
