package data

import (
	"fmt"
	"slices"
	"strings"

	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// event converts one event slide. ok is false when the slide cannot be
// read (no start date, or one that is not a date): it is then skipped, and
// the issue says why.
func (im *importer) event(s *slide, own *ownEvent) (e model.Event, ok bool) {
	title, titleLinks := im.html(s, "headline", s.headline, false)
	im.current = ""
	defer func() { im.current = "" }()
	for _, b := range s.bad {
		if b.field == "" || strings.HasPrefix(b.field, "start_date") {
			im.skip(s, b.field, "%s", b.msg)
			return e, false
		}
	}
	e.Date, ok = im.date(s, "start_date", s.start, im.skip)
	if !ok {
		return e, false
	}
	if e.Date.IsZero() {
		im.skip(s, "start_date", "missing date: a slide needs at least a year")
		return e, false
	}
	for _, b := range s.bad {
		im.problem(s, b.field, "%s; left out", b.msg)
	}
	text := s.text
	if own != nil {
		text = withoutNotes(text)
	}
	body, links := im.html(s, "text", text, true)
	if title == "" {
		e.Title = untitledTitle(body, e.Date)
		e.MoreSlide().Untitled = true
	} else {
		e.Title = model.Plain(title)
	}
	e.ID = im.eventID(s, e.Title.En)
	im.current = e.ID
	if e.Slide() != nil && e.Slide().Untitled {
		im.note(s, "headline", "no headline: titled %q from its %s", clipRunes(e.Title.En, 60), untitledFrom(firstWords(body)))
	}
	e.Kind, e.Status = model.NoKind, model.NoStatus
	if end, ok := im.date(s, "end_date", s.end, im.problem); ok && !end.IsZero() {
		if endsBefore(e.Date, end) {
			im.problem(s, "end_date", "end date %s is before the start, %s; left out", end, e.Date)
		} else {
			e.SetEnd(end)
		}
	}
	display := s.display
	if strings.TrimSpace(display) == "" {
		display = s.start.display
	}
	// TimelineJS shows the text of display_date put into the page as HTML
	// again (export_escape.go): what it shows is the text of the text.
	display, _ = htmlToText(display)
	display, _ = htmlToText(display)
	if display = im.line(s, "display_date", display); display != "" {
		e.SetDateLabel(model.Plain(display))
	}
	if g := im.groupOf(s); g != "" {
		e.MoreSlide().Group = g
		if k, ok := model.ParseKind(strings.ToLower(g)); ok && k != model.NoKind {
			e.Kind = k
		}
	}
	im.slideExtras(s, &e)
	e.Summary = model.Plain(body)
	if len(links) > 0 {
		e.MoreSlide().Links = links
	}
	if own != nil {
		im.applyOwn(s, &e, own)
	} else {
		for _, l := range append(titleLinks, links...) {
			if model.WebURL(l.URL) == "" || isHashtag(l.URL) {
				continue
			}
			if id, _ := im.linkSource(s, l); !slices.Contains(e.Sources(), id) {
				e.SetSources(append(e.Sources(), id))
			}
		}
	}
	if len(e.Sources()) == 0 {
		e.SetSources([]string{im.fileSourceID()})
	}
	return e, true
}

// endsBefore reports whether end comes before start: its last day before
// start's first, or, both with a time of day, an earlier instant.
func endsBefore(start, end model.Date) bool {
	return end.LastDays() < start.Days() || end.HasTime() && start.HasTime() && end.Compare(start) < 0
}

// untitledTitle is the title of a slide without a headline: the first
// words of its text, else its date, in English and French.
func untitledTitle(body string, d model.Date) model.Text {
	if t := firstWords(body); t != "" {
		return model.Plain(t)
	}
	return model.Text{En: present.FormatDate(d, locale.English), Fr: present.FormatDate(d, locale.French)}
}

// untitledFrom says what a made-up title was made from.
func untitledFrom(fromText string) string {
	if fromText != "" {
		return "text"
	}
	return "date"
}

// firstWords returns the first line of a text, cut at a word after about
// eighty characters: the title of a slide without a headline.
func firstWords(text string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	line = strings.TrimSpace(strings.TrimPrefix(line, "- "))
	r := []rune(line)
	if len(r) <= 80 {
		return line
	}
	cut := string(r[:80])
	if i := strings.LastIndexByte(cut, ' '); i > 40 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// groupOf returns the slide's group as plain text: TimelineJS strips its
// markup and shows the text as HTML, as it does a display date.
func (im *importer) groupOf(s *slide) string {
	g, _ := htmlToText(s.group)
	g, _ = htmlToText(g)
	return im.line(s, "group", g)
}

// slideExtras reads what the slide shows beside its text: media,
// background and its autolink setting.
func (im *importer) slideExtras(s *slide, e *model.Event) {
	if m := im.media(s, s.media); m != nil {
		e.MoreSlide().Media = m
	}
	if b := im.background(s, s.background); b != nil {
		e.MoreSlide().Background = b
	}
	switch s.autolink {
	case "true", "1", "yes":
		e.MoreSlide().Autolink = model.AutolinkOn
	case "false", "0", "no":
		e.MoreSlide().Autolink = model.AutolinkOff
	}
}

// eventID returns the slide's unique_id, else a slug of its title, made
// unique with -2, -3. A unique_id used twice is made unique too, and said
// so.
func (im *importer) eventID(s *slide, title string) string {
	id := im.line(s, "unique_id", strings.TrimSpace(s.id))
	if id != "" && im.eventIDs[id] {
		next := uniqueID(id, im.eventIDs)
		im.problem(s, "unique_id", "duplicate unique_id %q; this slide is %q", id, next)
		id = next
	}
	if id == "" {
		id = slug(title)
		if id == "" {
			id = fmt.Sprintf("event-%d", max(s.num, 1))
		}
		id = uniqueID(id, im.eventIDs)
	}
	im.eventIDs[id] = true
	return id
}

// era converts an era slide; ok is false when it has no readable start.
func (im *importer) era(s *slide, own *ownEra) (model.Era, bool) {
	for _, b := range s.bad {
		if b.field == "" || strings.HasPrefix(b.field, "start_date") {
			im.problem(s, b.field, "%s; era left out", b.msg)
			return model.Era{}, false
		}
	}
	head, _ := im.html(s, "headline", s.headline, false)
	era := model.Era{Label: model.Plain(head)}
	var ok bool
	if era.Start, ok = im.date(s, "start_date", s.start, im.problem); !ok {
		return era, false
	}
	if era.Start.IsZero() {
		im.problem(s, "start_date", "missing date: an era needs a start; era left out")
		return era, false
	}
	if end, ok := im.date(s, "end_date", s.end, im.problem); ok {
		era.End = end
	}
	if !era.End.IsZero() && era.End.LastDays() < era.Start.Days() {
		im.problem(s, "end_date", "era ends (%s) before it starts (%s); end left out", era.End, era.Start)
		era.End = model.Date{}
	}
	if own != nil {
		if !own.Label.empty() {
			era.Label = im.ownText(s, "label", own.Label, true)
		}
		if slices.Contains(own.Generated, "end_date") {
			era.End = model.Date{}
		}
	}
	return era, true
}

// linkSource returns the id of the source for a link, creating it the
// first time (created is then true): outlet the host name, title the text
// of the link.
func (im *importer) linkSource(s *slide, l model.Link) (id string, created bool) {
	u := l.URL
	if id, ok := im.sourceOf[u]; ok {
		return id, false
	}
	host := hostName(u)
	title := l.Text
	if title == "" {
		title = u
	}
	id = uniqueID(slugOr(host, "link"), im.sourceIDs)
	im.sourceIDs[id] = true
	im.sourceOf[u] = id
	im.sources = append(im.sources, model.Source{ID: id, Outlet: host, Title: title, URL: u})
	return id, true
}

// fileSourceID returns the source that stands for the file itself, for
// slides that link nowhere, so that every event has a source.
func (im *importer) fileSourceID() string {
	if im.fileSource != "" {
		return im.fileSource
	}
	outlet := im.titleText
	if outlet == "" {
		outlet = im.base
	}
	id := uniqueID(slugOr(im.base, "file"), im.sourceIDs)
	im.sourceIDs[id] = true
	im.fileSource = id
	im.sources = append(im.sources, model.Source{ID: id, Outlet: outlet, Title: outlet})
	return id
}

// isHashtag reports whether a link leads to a hashtag's page (twitter.com,
// x.com, bsky.app, instagram.com, facebook.com…): a word of a post, not a
// source of the event.
func isHashtag(u string) bool {
	l := strings.ToLower(u)
	return strings.Contains(l, "/hashtag/") || strings.Contains(l, "/explore/tags/") ||
		strings.Contains(l, "/search?q=%23") || strings.Contains(l, "/hashtag?")
}
