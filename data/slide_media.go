package data

import (
	"html"
	"strings"

	"timeline/model"
)

// media converts what a slide shows beside its text. Addresses are kept as
// written, relative and protocol-relative ones included (model.ResolveURL
// makes them openable); caption and credit are HTML, kept as plain text
// with their links. Media written as HTML rather than an address (a
// blockquote, an embedded post, an iframe) is kept as the quotation it
// shows, with its links, and the address of an iframe; its links never
// become sources (a post's hashtags are words, not sources). nil when the
// slide has no media.
func (im *importer) media(s *slide, m slideMedia) *model.Media {
	out := &model.Media{
		Thumbnail:  im.line(s, "media.thumbnail", strings.TrimSpace(m.thumbnail)),
		Alt:        im.line(s, "media.alt", m.alt),
		Title:      im.line(s, "media.title", m.title),
		Link:       im.line(s, "media.link", strings.TrimSpace(m.link)),
		LinkTarget: im.line(s, "media.link_target", strings.TrimSpace(m.linkTarget)),
	}
	out.Caption, out.CaptionLinks = im.html(s, "media.caption", m.caption, true)
	out.Credit, out.CreditLinks = im.html(s, "media.credit", m.credit, true)
	if u := strings.TrimSpace(m.url); strings.HasPrefix(u, "<") {
		out.Quote, out.QuoteLinks = im.html(s, "media.url", u, true)
		out.URL = im.line(s, "media.url", embedSource(u))
	} else {
		out.URL = im.line(s, "media.url", u)
	}
	if out.IsZero() {
		return nil
	}
	return out
}

// background converts what a slide shows behind it; nil for nothing.
func (im *importer) background(s *slide, b slideBackground) *model.Background {
	out := &model.Background{URL: im.line(s, "background.url", strings.TrimSpace(b.url)),
		Color: im.line(s, "background.color", strings.TrimSpace(b.color)), Alt: im.line(s, "background.alt", b.alt),
		Opacity: im.line(s, "background.opacity", strings.TrimSpace(b.opacity))}
	if out.IsZero() {
		return nil
	}
	return out
}

// sheetBackground reads a sheet's Background cell as TimelineJS does
// (interpretBackground in ConfigFactory.js): an address (http, https,
// protocol- or site-relative) is a picture, anything else a colour.
func sheetBackground(cell string) slideBackground {
	c := strings.TrimSpace(cell)
	if c == "" {
		return slideBackground{}
	}
	l := strings.ToLower(c)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "/") {
		return slideBackground{url: c}
	}
	return slideBackground{color: c}
}

// embedSource returns the src of the first iframe in some HTML, or "".
func embedSource(h string) string {
	for rest := h; ; {
		i := strings.IndexByte(rest, '<')
		if i < 0 {
			return ""
		}
		rest = rest[i:]
		end := tagEnd(rest)
		if end < 0 {
			return ""
		}
		name, closing, attrs := parseTag(rest[1:end])
		if name == "iframe" && !closing {
			return strings.TrimSpace(html.UnescapeString(attrs["src"]))
		}
		rest = rest[end+1:]
	}
}
