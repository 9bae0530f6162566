package data

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"timeline/model"
)

// slide is one TimelineJS slide, from JSON or from a sheet row, as written
// and before conversion: text is still HTML and dates are still parts.
type slide struct {
	where       string // where it is in the file, for messages: "events[3]", "row 5"
	line        int    // its line in the file, when known
	num         int    // its number among the file's event slides, from 1; 0 for the title and eras
	legacy      bool   // a TimelineJS 2 slide
	sheet       bool   // a row of a sheet: numbers may hold spaces and commas
	start, end  dateParts
	display     string // display_date of the slide
	headline    string // HTML
	hasHeadline bool
	text        string // HTML
	media       slideMedia
	background  slideBackground
	group       string
	id          string // unique_id
	autolink    string
	own         json.RawMessage // this project's own fields (ownKey), when the slide has them
	bad         []fieldProblem  // fields of the wrong type, dropped
}

// dateParts is a TimelineJS date: its parts as written, numbers or strings,
// and for a sheet the Time cell, read as TimelineJS reads it (parseClock).
type dateParts struct {
	year, month, day, hour, minute, second, milli string
	clock                                         string
	display                                       string
}

func (d dateParts) empty() bool { return strings.TrimSpace(d.year+d.month+d.day) == "" }

// slideMedia is what TimelineJS shows beside a slide, as written.
type slideMedia struct {
	url, caption, credit, thumbnail, alt, title, link, linkTarget string
}

// slideBackground is what TimelineJS shows behind a slide, as written.
type slideBackground struct {
	url, color, alt, opacity string
}

// slideFile is a whole TimelineJS timeline before conversion.
type slideFile struct {
	title  *slide
	events []slide
	eras   []slide
	own    json.RawMessage // this project's own fields of the whole timeline
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

// SlideCounts says how much of a TimelineJS file or sheet opened: how many
// of its event slides (or rows) became events, how many were skipped and
// why (the warnings that have Skipped set name each one), and the same for
// its eras. It is zero for a native file.
type SlideCounts struct {
	Slides, Opened int  // event slides in the file, and those that opened
	Eras, ErasKept int  // era slides in the file, and those kept
	Title          bool // the file has a title slide
}

// Skipped returns the number of event slides that did not open.
func (c SlideCounts) Skipped() int { return c.Slides - c.Opened }

// importer converts slides to a dataset, collecting every problem with the
// slide or row it is about. Forgiving (strict unset), a slide that cannot
// be read is skipped and a field that cannot be read is dropped, each with
// a warning, and the rest opens; strict, as validate wants it, each is an
// error and the file is refused with all of them.
type importer struct {
	file       string
	strict     bool
	issues     []Issue
	errors     int
	eventIDs   map[string]bool
	sourceIDs  map[string]bool
	sourceOf   map[string]string // link → source id
	sources    []model.Source
	fileSource string // the id of the source that stands for the file itself
	titleText  string
	base       string // the file's name without its directory and extension
	counts     SlideCounts
	current    string // the id of the event being converted
}

// issue records a problem about slide s. A warning never refuses the file;
// a problem (a field dropped, a slide skipped) is a warning when the
// importer forgives and an error when it is strict.
func (im *importer) issue(s *slide, warning, skipped bool, field, format string, args ...any) {
	is := Issue{File: im.file, Event: im.current, Field: s.field(field), Msg: fmt.Sprintf(format, args...),
		Warning: warning, Line: s.line, Slide: s.num, Skipped: skipped}
	if s.line > 0 {
		is.Col = 1
	}
	if s.num > 0 {
		head, _ := htmlToText(s.headline)
		is.Headline, _ = model.SanitizeLine(clipRunes(head, 60))
	}
	im.issues = append(im.issues, is)
	if !warning {
		im.errors++
	}
}

// note records a warning that changes nothing the file says: a field
// clipped, a title made up for a slide without one.
func (im *importer) note(s *slide, field, format string, args ...any) {
	im.issue(s, true, false, field, format, args...)
}

// problem records a field that was dropped.
func (im *importer) problem(s *slide, field, format string, args ...any) {
	im.issue(s, !im.strict, false, field, format, args...)
}

// skip records a slide that was left out.
func (im *importer) skip(s *slide, field, format string, args ...any) {
	im.issue(s, !im.strict, true, field, format+"; slide skipped", args...)
}

// line sanitises a one-line field; long a multi-line one.
func (im *importer) line(s *slide, field, v string) string {
	out, clipped := model.SanitizeLine(v)
	if clipped {
		im.note(s, field, "clipped to %d KiB", model.MaxFieldBytes>>10)
	}
	return out
}

func (im *importer) long(s *slide, field, v string) string {
	out, clipped := model.Sanitize(v)
	if clipped {
		im.note(s, field, "clipped to %d KiB", model.MaxFieldBytes>>10)
	}
	return out
}

// html turns a field of HTML into sanitised plain text and its links.
// When sanitising removes something (a control character, an escape
// sequence), the text is laid out again as htmlToText lays it out, so that
// no space is left doubled or dangling where it was: the text reads back
// the same from the HTML the exports write of it.
func (im *importer) html(s *slide, field, h string, multiline bool) (string, []model.Link) {
	text, links := htmlToText(h)
	raw := text
	if multiline {
		text = im.long(s, field, text)
	} else {
		text = im.line(s, field, text)
	}
	if text != raw {
		text, _ = htmlToText(htmlOf(text, nil))
	}
	var out []model.Link
	for _, l := range links {
		u := im.line(s, field, l.URL)
		out = append(out, model.Link{Text: im.line(s, field, l.Text), URL: u})
	}
	return text, out
}

// start prepares the importer for a file.
func (im *importer) start() {
	im.eventIDs, im.sourceIDs, im.sourceOf = map[string]bool{}, map[string]bool{}, map[string]string{}
	im.base = strings.TrimSuffix(filepath.Base(im.file), filepath.Ext(im.file))
}

// result is what a conversion gives: the dataset, every issue and the
// counts of slides.
type result struct {
	ds     *model.Dataset
	issues []Issue
	counts SlideCounts
}

// finish validates the dataset and returns the result, or a *LoadError
// listing every issue when there is any error.
func (im *importer) finish(ds *model.Dataset, where map[string]*slide) (result, error) {
	ds.Index()
	for _, p := range ds.Validate() {
		is := Issue{File: im.file, Event: p.Event, Field: p.Field, Msg: p.Msg, Warning: !im.strict}
		if s := where[p.Event]; s != nil {
			is.Field, is.Line, is.Slide = s.field(p.Field), s.line, s.num
			if s.line > 0 {
				is.Col = 1
			}
		}
		im.issues = append(im.issues, is)
		if im.strict {
			im.errors++
		}
	}
	if im.errors > 0 {
		return result{}, &LoadError{Issues: im.issues}
	}
	return result{ds: ds, issues: im.issues, counts: im.counts}, nil
}

// clipRunes cuts s to at most n runes, with an ellipsis when it cut.
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
