package ui

import (
	"strings"

	"timeline/i18n"
	"timeline/model"
	"timeline/present"
	"timeline/search"
)

// Opened says how the dataset opened: where it came from, what its loader
// warned about (a title clipped, a slide skipped) and, for a TimelineJS
// file or sheet, how many of its slides opened. The explorer shows it at
// once, in the introduction, rather than leaving the warnings to be read
// on stderr after quitting.
type Opened struct {
	Source       string   // the file or web address; "" for the bundled dataset
	Warnings     []string // one line each, as validate writes them, already clean
	Slides       int      // event slides in a TimelineJS file or sheet; 0 for a native file
	SlidesOpened int      // of which opened as events
}

// Loaded is what a load returns: the dataset, the text its loader packed
// for the search index (or nil), and how it opened.
type Loaded struct {
	Dataset *model.Dataset
	Text    *search.Packed
	Opened  Opened
}

// skipped returns the number of slides that did not open.
func (o Opened) skipped() int { return max(o.Slides-o.SlidesOpened, 0) }

// fromWeb reports whether the dataset came from a web address, which "r"
// fetches again.
func (o Opened) fromWeb() bool {
	s := strings.ToLower(o.Source)
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}

// hasIntro reports whether ds has an introduction worth opening on: the
// title slide of a TimelineJS timeline with text or media, as TimelineJS
// itself opens on it.
func hasIntro(ds *model.Dataset) bool {
	in := ds.Intro
	if in == nil || in.NoSlide {
		return false
	}
	return !ds.Description.IsZero() || !in.Slide.Media.IsZero()
}

// notice says in a line what the load left out or warned about, for the
// status line; "" when it opened whole and without a warning.
func (o Opened) notice(cat i18n.Catalog) string {
	switch {
	case o.skipped() > 0:
		return cat.T("notice.opened", present.SlidesOpened(o.SlidesOpened, o.Slides, cat))
	case len(o.Warnings) == 1:
		return cat.T("notice.warning")
	case len(o.Warnings) > 1:
		return cat.T("notice.warnings", len(o.Warnings))
	}
	return ""
}
