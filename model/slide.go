package model

import "slices"

// Slide holds what a TimelineJS slide shows beside an event's title,
// summary and dates, kept so that the event is shown with it and written
// back with it. Few events have one (only imported ones do), so an event
// holds it behind a pointer in its extra fields, and its media and
// background behind pointers of their own.
type Slide struct {
	Media      *Media      // nil when the slide has no media
	Background *Background // nil when the slide has no background
	// Group is the slide's group, as written: TimelineJS shows the slides
	// of a group on a row of their own. A group that names a kind also gave
	// the event that kind.
	Group string
	// Links are the links of the summary, in order, each with the words it
	// was on: what the summary needs, besides its text, to be written back
	// as the HTML it came from. A link to an http or https address is also
	// one of the event's sources.
	Links []Link
	// Autolink is the slide's "autolink" setting when the file gives one.
	Autolink Autolink
	// Untitled is set when the file gave no headline: the title was made
	// from the text or the date, and is not written back.
	Untitled bool
}

// Autolink is a slide's choice to turn addresses in its text into links,
// when the file makes one.
type Autolink uint8

// The autolink choices: unset (TimelineJS's default, on), on and off.
const (
	AutolinkUnset Autolink = iota
	AutolinkOn
	AutolinkOff
)

// Media is what TimelineJS shows beside a slide: a picture, a video, a post
// or a document given by its address, or a quotation given as HTML. URLs
// are kept as written, relative ("/static/a.png") and protocol-relative
// ("//upload.wikimedia.org/…") ones included; ResolveURL makes them
// openable. Caption and credit are plain text; their links are kept beside
// them.
type Media struct {
	URL        string
	Caption    string
	Credit     string
	Thumbnail  string
	Alt        string
	Title      string
	Link       string // where the media leads when clicked
	LinkTarget string // the window it opens in, as written ("_blank")
	// Quote is the text of media written as HTML rather than an address (a
	// blockquote, an embedded post): shown as a quotation, never as markup.
	Quote        string
	CaptionLinks []Link
	CreditLinks  []Link
	QuoteLinks   []Link
}

// IsZero reports whether the media has nothing at all.
func (m *Media) IsZero() bool {
	return m == nil || m.URL == "" && m.Caption == "" && m.Credit == "" && m.Thumbnail == "" && m.Alt == "" &&
		m.Title == "" && m.Link == "" && m.LinkTarget == "" && m.Quote == "" &&
		len(m.CaptionLinks) == 0 && len(m.CreditLinks) == 0 && len(m.QuoteLinks) == 0
}

// Background is what TimelineJS shows behind a slide: a picture, a colour,
// or both.
type Background struct {
	URL     string
	Color   string
	Alt     string
	Opacity string // as written, a percentage
}

// IsZero reports whether the background has nothing at all.
func (b *Background) IsZero() bool {
	return b == nil || b.URL == "" && b.Color == "" && b.Alt == "" && b.Opacity == ""
}

// Link is a link found in imported HTML: the words it was on and its
// target, as written.
type Link struct {
	Text string
	URL  string
}

// IsZero reports whether the slide holds nothing, so that an event can
// drop it.
func (s *Slide) IsZero() bool {
	return s == nil || s.Media.IsZero() && s.Background.IsZero() && s.Group == "" && len(s.Links) == 0 &&
		s.Autolink == AutolinkUnset && !s.Untitled
}

// Intro is what the title slide of a TimelineJS timeline holds besides the
// dataset's title and description: the timeline's introduction. The
// dataset keeps it so that it is shown and written back.
type Intro struct {
	ID    string // the title slide's unique_id, as written
	Slide Slide  // its media, background and the links of its text
	// NoSlide is set when the file had no title slide: the title was made
	// from the file's name, and no title slide is written back.
	NoSlide bool
}

// IsZero reports whether the introduction holds nothing beyond the title
// and description.
func (in *Intro) IsZero() bool {
	return in == nil || in.ID == "" && in.Slide.IsZero() && !in.NoSlide
}

// Clone returns a deep copy of the slide, nil for nil: an edit clones the
// event it changes, and the slide must go with it.
func (s *Slide) Clone() *Slide {
	if s == nil {
		return nil
	}
	c := *s
	c.Links = slices.Clone(s.Links)
	if s.Media != nil {
		m := *s.Media
		m.CaptionLinks, m.CreditLinks, m.QuoteLinks = slices.Clone(m.CaptionLinks), slices.Clone(m.CreditLinks), slices.Clone(m.QuoteLinks)
		c.Media = &m
	}
	if s.Background != nil {
		b := *s.Background
		c.Background = &b
	}
	return &c
}

// Equal reports whether two slides show the same; nil and an empty slide
// are the same.
func (s *Slide) Equal(t *Slide) bool {
	if s.IsZero() || t.IsZero() {
		return s.IsZero() && t.IsZero()
	}
	return s.Group == t.Group && s.Autolink == t.Autolink && s.Untitled == t.Untitled && slices.Equal(s.Links, t.Links) &&
		s.Media.equal(t.Media) && (s.Background.IsZero() && t.Background.IsZero() ||
		s.Background != nil && t.Background != nil && *s.Background == *t.Background)
}

// equal reports whether two media are the same; nil and empty media are.
func (m *Media) equal(n *Media) bool {
	if m.IsZero() || n.IsZero() {
		return m.IsZero() && n.IsZero()
	}
	return m.URL == n.URL && m.Caption == n.Caption && m.Credit == n.Credit && m.Thumbnail == n.Thumbnail &&
		m.Alt == n.Alt && m.Title == n.Title && m.Link == n.Link && m.LinkTarget == n.LinkTarget && m.Quote == n.Quote &&
		slices.Equal(m.CaptionLinks, n.CaptionLinks) && slices.Equal(m.CreditLinks, n.CreditLinks) &&
		slices.Equal(m.QuoteLinks, n.QuoteLinks)
}
