package data

import (
	"reflect"
	"strings"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// tjsWriter writes the slides of a TimelineJS export (JSON or sheet). It
// reads each field it writes back with the importer's own code, and keeps
// under ownKey what would not come back the same, so that an export
// imported and exported again gives the same bytes.
type tjsWriter struct {
	ds   *model.Dataset
	lang locale.Lang
	back *importer // reads written fields back, as an import will
}

func newTJSWriter(ds *model.Dataset, lang locale.Lang) *tjsWriter {
	back := &importer{file: "export"}
	back.start()
	return &tjsWriter{ds: ds, lang: lang, back: back}
}

// readBack returns a field of HTML as the importer will read it.
func (x *tjsWriter) readBack(h string, multiline bool) (string, []model.Link) {
	return x.back.html(&slide{}, "", h, multiline)
}

// text writes a text in the export's language as HTML with its links; own
// is the text itself when the HTML would not read back as it.
func (x *tjsWriter) text(t model.Text, links []model.Link, multiline bool) (h string, own ownText) {
	s := clean(t.String(x.lang), !multiline)
	h = htmlOf(s, links)
	if back, _ := x.readBack(h, multiline); !isPlain(t, back) {
		own = ownTextOf(t)
	}
	return h, own
}

// eventSlide writes an event.
func (x *tjsWriter) eventSlide(e *model.Event) tjsOutSlide {
	out := tjsOutSlide{UniqueID: e.ID, StartDate: tjsDateOf(e.Date), EndDate: tjsDateOf(e.End())}
	own := x.eventOwn(e)
	sl := e.Slide()
	var links []model.Link
	if sl != nil {
		links = sl.Links
	}
	var body string
	body, own.Summary = x.text(e.Summary, links, true)
	if _, backLinks := x.readBack(body, true); !sameLinks(backLinks, links) {
		own.Links = ownLinksOf(links)
	}
	if sl != nil && sl.Untitled {
		back, _ := x.readBack(body, true)
		if !sameText(e.Title, untitledTitle(back, e.Date)) {
			own.Title = ownTextOf(e.Title)
		}
	} else {
		out.Text.Headline, own.Title = x.text(e.Title, nil, false)
	}
	out.Text.Text = tjsSlideText(body + x.notes(e))
	out.DisplayDate, own.DateLabel = x.displayDate(e, &own)
	out.Group = x.group(e, &own)
	if sl != nil {
		out.Media, own.Media = x.media(sl.Media)
		out.Background, own.Background = x.background(sl.Background)
		out.Autolink = autolinkOut(sl.Autolink)
	}
	out.Own = &own
	return out
}

// displayDate writes the event's label as display_date; an approximate
// date without one is said in words ("about July 2025"), marked as
// generated. own is the label itself when display_date would not read back
// as it.
func (x *tjsWriter) displayDate(e *model.Event, own *ownEvent) (string, ownText) {
	label := e.DateLabel()
	if label.IsZero() {
		if !e.Approximate {
			return "", nil
		}
		own.Generated = append(own.Generated, "display_date")
		return tjsDisplayText(i18n.For(x.lang).T("date.about", present.FormatDate(e.Date, x.lang))), nil
	}
	s := clean(label.String(x.lang), true)
	out := tjsDisplayText(s)
	back, _ := htmlToText(out)
	back, _ = htmlToText(back)
	if back, _ = model.SanitizeLine(back); !isPlain(label, back) {
		return out, ownTextOf(label)
	}
	return out, nil
}

// group writes the event's group, else its kind (marked as generated):
// TimelineJS shows a row per group.
func (x *tjsWriter) group(e *model.Event, own *ownEvent) string {
	g := e.Group()
	if g == "" {
		if e.Kind == model.NoKind {
			return ""
		}
		own.Generated = append(own.Generated, "group")
		return e.Kind.String()
	}
	out := tjsDisplayText(clean(g, true))
	if back := x.back.groupOf(&slide{group: out}); back != g {
		own.Group = g
	}
	return out
}

// media writes a slide's media; own is all of it when what is written
// would not read back the same (an address TimelineJS must not be given,
// a quotation beside an address).
func (x *tjsWriter) media(m *model.Media) (*tjsOutMedia, *ownMedia) {
	if m.IsZero() {
		return nil, nil
	}
	out := &tjsOutMedia{Thumbnail: safeAddress(m.Thumbnail), Alt: clean(m.Alt, true), Title: clean(m.Title, true),
		Link: safeAddress(m.Link), LinkTarget: clean(m.LinkTarget, true)}
	out.Caption = tjsSlideText(htmlOf(clean(m.Caption, false), m.CaptionLinks))
	out.Credit = tjsSlideText(htmlOf(clean(m.Credit, false), m.CreditLinks))
	switch {
	case safeAddress(m.URL) != "":
		out.URL = safeAddress(m.URL)
	case m.Quote != "":
		out.URL = "<blockquote>" + htmlOf(clean(m.Quote, false), m.QuoteLinks) + "</blockquote>"
	}
	back := x.back.media(&slide{}, slideMedia{url: out.URL, caption: out.Caption, credit: out.Credit, thumbnail: out.Thumbnail,
		alt: out.Alt, title: out.Title, link: out.Link, linkTarget: out.LinkTarget})
	if !sameMedia(back, m) {
		return out, ownMediaOf(m)
	}
	return out, nil
}

// background writes a slide's background; own is all of it when what is
// written would not read back the same.
func (x *tjsWriter) background(b *model.Background) (*tjsOutBackground, *ownBackground) {
	if b.IsZero() {
		return nil, nil
	}
	out := &tjsOutBackground{URL: safeAddress(b.URL), Color: safeColor(b.Color), Alt: clean(b.Alt, true),
		Opacity: strings.Trim(b.Opacity, " ")}
	back := x.back.background(&slide{}, slideBackground{url: out.URL, color: out.Color, alt: out.Alt, opacity: out.Opacity})
	var own *ownBackground
	if back == nil || *back != *b {
		own = &ownBackground{URL: b.URL, Color: b.Color, Alt: b.Alt, Opacity: b.Opacity}
	}
	if *out == (tjsOutBackground{}) {
		out = nil
	}
	return out, own
}

// titleSlide writes the title slide: the title, the description with its
// links, the introduction's media, background and id; nil when the
// timeline had none (its title then travels under ownKey).
func (x *tjsWriter) titleSlide() *tjsOutSlide {
	ds, in := x.ds, x.ds.Intro
	if in != nil && in.NoSlide {
		return nil
	}
	out := &tjsOutSlide{}
	var own ownEvent
	var links []model.Link
	if in != nil {
		out.UniqueID, links = in.ID, in.Slide.Links
		out.Media, own.Media = x.media(in.Slide.Media)
		out.Background, own.Background = x.background(in.Slide.Background)
	}
	var body string
	body, own.Summary = x.text(ds.Description, links, true)
	out.Text.Text = tjsSlideText(body)
	if _, backLinks := x.readBack(body, true); !sameLinks(backLinks, links) {
		own.Links = ownLinksOf(links)
	}
	if in != nil && in.Slide.Untitled {
		own.Title = ownTextOf(ds.Title)
	} else {
		out.Text.Headline, own.Title = x.text(ds.Title, nil, false)
	}
	if !reflect.DeepEqual(own, ownEvent{}) {
		out.Own = &own
	}
	return out
}

// eraSlide writes an era; TimelineJS wants both ends, so an era without an
// end ends where it starts, marked as generated.
func (x *tjsWriter) eraSlide(era model.Era) tjsOutSlide {
	var own ownEra
	end := era.End
	if end.IsZero() {
		end = era.Start
		own.Generated = []string{"end_date"}
	}
	out := tjsOutSlide{StartDate: tjsDateOf(era.Start), EndDate: tjsDateOf(end)}
	out.Text.Headline, own.Label = x.text(era.Label, nil, false)
	if own.Label != nil || own.Generated != nil {
		out.Own = &own
	}
	return out
}

// safeAddress returns u when TimelineJS may be given it: an http or https
// address, protocol-relative or relative; "" for any other scheme
// (javascript: above all), which would become a live link.
func safeAddress(u string) string {
	u = strings.TrimSpace(u)
	if model.ResolveURL(u, "https://example.invalid/") == "" {
		return ""
	}
	return u
}

// safeColor returns a colour as CSS names it ("papayawhip", "#F45B69",
// "rgb(0, 0, 0)"); "" for anything else.
func safeColor(c string) string {
	c = strings.TrimSpace(c)
	if c == "" || strings.Trim(strings.ToLower(c), "abcdefghijklmnopqrstuvwxyz0123456789#(),.% ") != "" {
		return ""
	}
	return c
}

// autolinkOut writes a slide's autolink setting, when the file gave one.
func autolinkOut(a model.Autolink) *bool {
	switch a {
	case model.AutolinkOn:
		v := true
		return &v
	case model.AutolinkOff:
		v := false
		return &v
	}
	return nil
}

// sameLinks reports whether two lists of links are the same, nil and
// empty alike.
func sameLinks(a, b []model.Link) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	return reflect.DeepEqual(a, b)
}

// sameMedia reports whether two media are the same, nil and empty lists
// of links alike.
func sameMedia(a, b *model.Media) bool {
	if a.IsZero() || b.IsZero() {
		return a.IsZero() && b.IsZero()
	}
	x, y := *a, *b
	for _, p := range []*[]model.Link{&x.CaptionLinks, &x.CreditLinks, &x.QuoteLinks, &y.CaptionLinks, &y.CreditLinks, &y.QuoteLinks} {
		if len(*p) == 0 {
			*p = nil
		}
	}
	return reflect.DeepEqual(x, y)
}

// isPlain reports whether t is s in no particular language: what the
// importer makes of a slide's text.
func isPlain(t model.Text, s string) bool {
	return t.En == s && t.Fr == "" && !t.HasOther()
}

// sameText reports whether two texts say the same in every language.
func sameText(a, b model.Text) bool {
	if a.En != b.En || a.Fr != b.Fr || a.HasOther() != b.HasOther() {
		return false
	}
	return !a.HasOther() || reflect.DeepEqual(a.Other, b.Other)
}
