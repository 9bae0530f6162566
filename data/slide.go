package data

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// slide is one TimelineJS slide, from JSON or from a sheet row, as written
// and before conversion: text is still HTML and dates are still parts.
type slide struct {
	where    string // where it is in the file, for messages: "events[3]", "row 5"
	line     int    // its line in the file, when known
	start    dateParts
	end      dateParts
	display  string // display_date of the slide
	headline string // HTML
	text     string // HTML
	media    slideMedia
	group    string
	id       string // unique_id
}

// dateParts is a TimelineJS date: its parts as written, numbers or strings.
type dateParts struct {
	year, month, day string
	display          string
}

// field names a field of the slide in a message: "events[3].start_date",
// "row 5: start_date".
func (s *slide) field(f string) string {
	switch {
	case f == "":
		return s.where
	case s.where == "":
		return f
	case strings.HasSuffix(s.where, "]"):
		return s.where + "." + f
	}
	return s.where + ": " + f
}

func (d dateParts) empty() bool { return strings.TrimSpace(d.year+d.month+d.day) == "" }

// slideMedia is what TimelineJS shows beside a slide.
type slideMedia struct {
	url, credit, caption string
}

// slideFile is a whole TimelineJS timeline before conversion.
type slideFile struct {
	title  *slide
	events []slide
	eras   []slide
}

// importer converts slides to a dataset, collecting every problem with the
// slide or row it is about.
type importer struct {
	file       string
	issues     []Issue
	errors     int
	eventIDs   map[string]bool
	sourceIDs  map[string]bool
	sourceOf   map[string]string // link → source id
	sources    []model.Source
	fileSource string          // the id of the source that stands for the file itself
	badDate    map[string]bool // events whose start date was reported as wrong
	current    string          // the id of the event being converted
	titleText  string
}

func (im *importer) add(s *slide, warning bool, field, format string, args ...any) {
	is := Issue{File: im.file, Event: im.current, Field: s.field(field), Msg: fmt.Sprintf(format, args...), Warning: warning, Line: s.line}
	if s.line > 0 {
		is.Col = 1
	}
	im.issues = append(im.issues, is)
	if !warning {
		im.errors++
	}
}

// line sanitises a one-line field; long a multi-line one.
func (im *importer) line(s *slide, field, v string) string {
	out, clipped := model.SanitizeLine(v)
	if clipped {
		im.add(s, true, field, "clipped to %d KiB", model.MaxFieldBytes>>10)
	}
	return out
}

func (im *importer) long(s *slide, field, v string) string {
	out, clipped := model.Sanitize(v)
	if clipped {
		im.add(s, true, field, "clipped to %d KiB", model.MaxFieldBytes>>10)
	}
	return out
}

// convert builds and validates the dataset of a TimelineJS file.
func (im *importer) convert(f *slideFile) (*model.Dataset, []Issue, error) {
	im.eventIDs, im.sourceIDs, im.sourceOf = map[string]bool{}, map[string]bool{}, map[string]string{}
	im.badDate = map[string]bool{}
	ds := &model.Dataset{}
	base := strings.TrimSuffix(filepath.Base(im.file), filepath.Ext(im.file))
	if f.title != nil {
		head, _ := htmlToText(f.title.headline)
		im.titleText = im.line(f.title, "headline", head)
		desc, _ := htmlToText(f.title.text)
		ds.Description = model.Plain(im.long(f.title, "text", desc))
	}
	ds.Title = model.Plain(im.titleText)
	if im.titleText == "" {
		ds.Title = model.Plain(im.line(&slide{where: "file"}, "", base))
	}
	if len(f.events) == 0 {
		return nil, nil, fail(im.file, "no events: the timeline has no dated slides")
	}
	where := map[string]*slide{}
	for i := range f.events {
		s := &f.events[i]
		e := im.event(s, i)
		if len(e.Sources) == 0 {
			e.Sources = []string{im.fileSourceID(ds.Title.En, base)}
		}
		where[e.ID] = s
		ds.Events = append(ds.Events, e)
	}
	for i := range f.eras {
		ds.Eras = append(ds.Eras, im.era(&f.eras[i]))
	}
	ds.Sources = im.sources
	ds.Index()
	for _, p := range ds.Validate() {
		if p.Field == "date" && im.badDate[p.Event] {
			continue // already said what is wrong with the date
		}
		is := Issue{File: im.file, Event: p.Event, Field: p.Field, Msg: p.Msg}
		if s := where[p.Event]; s != nil {
			is.Field, is.Line = s.field(p.Field), s.line
			if s.line > 0 {
				is.Col = 1
			}
		}
		im.issues = append(im.issues, is)
		im.errors++
	}
	if im.errors > 0 {
		return nil, nil, &LoadError{Issues: im.issues}
	}
	return ds, im.issues, nil
}

// event converts one slide.
func (im *importer) event(s *slide, i int) model.Event {
	head, headLinks := htmlToText(s.headline)
	title := im.line(s, "headline", head)
	body, links := htmlToText(s.text)
	links = append(headLinks, links...)
	e := model.Event{Kind: model.Report, Status: model.Reported, Title: model.Plain(title)}
	e.ID = im.eventID(s, title, i)
	im.current = e.ID
	defer func() { im.current = "" }()
	before := im.errors
	e.Date = im.date(s, "start_date", s.start, true)
	im.badDate[e.ID] = im.errors > before
	e.More().End = im.date(s, "end_date", s.end, false)
	display := s.display
	if display == "" {
		display = s.start.display
	}
	// TimelineJS shows the text of display_date put into the page as HTML
	// again (export_escape.go): what it shows is the text of the text.
	display, _ = htmlToText(display)
	display, _ = htmlToText(display)
	if display = im.line(s, "display_date", display); display != "" && !sameAsDate(display, e.Date) {
		e.More().DateLabel, e.Approximate = model.Plain(display), true
	}
	if g := im.line(s, "group", s.group); g != "" {
		if k, ok := model.ParseKind(strings.ToLower(g)); ok {
			e.Kind = k
		} else {
			e.Tags = []string{g}
		}
	}
	// Media: a web address is a source, named after its credit line when
	// that is plain text; anything else (a quotation in HTML) is text the
	// slide shows, kept with the summary.
	credit, creditLinks := htmlToText(s.media.credit)
	caption, captionLinks := htmlToText(s.media.caption)
	var mediaSource string
	if u := model.WebURL(s.media.url); u != "" {
		id, created := im.linkSource(s, htmlLink{URL: u, Text: caption})
		if outlet := im.line(s, "media.credit", credit); created && outlet != "" && len(creditLinks) == 0 {
			im.sources[len(im.sources)-1].Outlet = outlet
		}
		mediaSource = id
	} else if strings.TrimSpace(s.media.url) != "" {
		quote, quoteLinks := htmlToText(s.media.url)
		body = joinParagraphs(body, quote)
		links = append(links, quoteLinks...)
	}
	links = append(links, captionLinks...)
	links = append(links, creditLinks...)
	for _, l := range links {
		if id, _ := im.linkSource(s, l); !slices.Contains(e.Sources, id) {
			e.Sources = append(e.Sources, id)
		}
	}
	if mediaSource != "" && !slices.Contains(e.Sources, mediaSource) {
		e.Sources = append(e.Sources, mediaSource)
	}
	e.Summary = model.Plain(im.long(s, "text", body))
	return e
}

// eventID returns the slide's unique_id, else a slug of its headline, made
// unique with -2, -3.
func (im *importer) eventID(s *slide, title string, i int) string {
	id := im.line(s, "unique_id", s.id)
	if id != "" && im.eventIDs[id] {
		im.add(s, false, "unique_id", "duplicate unique_id %q", id)
	}
	if id == "" {
		id = slug(title)
		if id == "" {
			id = fmt.Sprintf("event-%d", i+1)
		}
		id = uniqueID(id, im.eventIDs)
	}
	im.eventIDs[id] = true
	return id
}

// date converts the parts of a TimelineJS date; the precision follows
// which parts are present.
func (im *importer) date(s *slide, field string, d dateParts, required bool) model.Date {
	if d.empty() {
		if required {
			im.add(s, false, field, "missing date: a slide needs at least a year")
		}
		return model.Date{}
	}
	num := func(part, v string) (int, bool) {
		v = strings.TrimSpace(v)
		if v == "" {
			return 0, true
		}
		n, err := strconv.Atoi(strings.TrimSuffix(v, ".0"))
		if err != nil {
			im.add(s, false, field+"."+part, "%q is not a whole number", im.line(s, field, v))
			return 0, false
		}
		return n, true
	}
	y, ok1 := num("year", d.year)
	m, ok2 := num("month", d.month)
	day, ok3 := num("day", d.day)
	switch {
	case !ok1 || !ok2 || !ok3:
		return model.Date{}
	case strings.TrimSpace(d.year) == "":
		im.add(s, false, field+".year", "missing year")
	case y < 1 || y > 9999:
		im.add(s, false, field+".year", "year %d is outside 1–9999 (dates before the common era are not supported)", y)
	case m < 0 || m > 12:
		im.add(s, false, field+".month", "month %d is not 1–12", m)
	case m == 0 && day != 0:
		im.add(s, false, field+".day", "a day without a month")
	case day < 0 || m > 0 && day > model.DaysIn(y, m):
		im.add(s, false, field+".day", "day %d is not in %s %d", day, present.MonthName(m, locale.English), y)
	default:
		return model.NewDate(y, m, day)
	}
	return model.Date{}
}

// era converts an era slide.
func (im *importer) era(s *slide) model.Era {
	head, _ := htmlToText(s.headline)
	era := model.Era{Label: model.Plain(im.line(s, "headline", head))}
	era.Start = im.date(s, "start_date", s.start, true)
	era.End = im.date(s, "end_date", s.end, false)
	if !era.Start.IsZero() && !era.End.IsZero() && era.End.LastDays() < era.Start.Days() {
		im.add(s, false, "end_date", "era ends (%s) before it starts (%s)", era.End, era.Start)
	}
	return era
}

// linkSource returns the id of the source for a link, creating it the
// first time (created is then true): outlet the host name, title the text
// of the link.
func (im *importer) linkSource(s *slide, l htmlLink) (id string, created bool) {
	u := im.line(s, "link", l.URL)
	if id, ok := im.sourceOf[u]; ok {
		return id, false
	}
	host := hostName(u)
	title := im.line(s, "link", l.Text)
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
func (im *importer) fileSourceID(title, base string) string {
	if im.fileSource != "" {
		return im.fileSource
	}
	outlet := im.titleText
	if outlet == "" {
		outlet = base
	}
	id := uniqueID(slugOr(base, "file"), im.sourceIDs)
	im.sourceIDs[id] = true
	im.fileSource = id
	im.sources = append(im.sources, model.Source{ID: id, Outlet: outlet, Title: title})
	return id
}

// slug makes an id from text: lower-case letters and digits, other runs
// of characters turned into one "-", at most 60 bytes.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			if b.Len()+len(string(r)) > 60 {
				// Cut at the last whole word that fits.
				out := b.String()
				if i := strings.LastIndexByte(out, '-'); i > 0 {
					out = out[:i]
				}
				return out
			}
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

func slugOr(s, fallback string) string {
	if v := slug(s); v != "" {
		return v
	}
	return fallback
}

// uniqueID returns id, or id-2, id-3… when it is taken.
func uniqueID(id string, taken map[string]bool) string {
	if !taken[id] {
		return id
	}
	for n := 2; ; n++ {
		if v := fmt.Sprintf("%s-%d", id, n); !taken[v] {
			return v
		}
	}
}

func joinParagraphs(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n\n" + b
}
