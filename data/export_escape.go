package data

import (
	"bytes"
	"strings"
)

// This file holds what makes a TimelineJS export (JSON or sheet) safe to
// publish: nothing from data may become live HTML in the page TimelineJS
// builds. TimelineJS (NUKnightLab/TimelineJS3, src/js/core/TimelineConfig.js
// and the views under src/js) treats the fields this project writes so:
//
//   - text.headline and text.text (events, eras, the title slide) are HTML:
//     cleaned by DOMPurify, then put into the page with innerHTML. htmlText
//     escapes them once. The slide text is also passed through linkify,
//     after DOMPurify: see tjsSlideText.
//   - display_date and group are text read from HTML: TimelineJS strips
//     their markup (DOMParser, then textContent, which decodes entities
//     once) and puts what is left into the page with innerHTML. An escaped
//     "&lt;img …&gt;" would come out of the first step as a live
//     "<img …>": see tjsDisplayText. Versions before 3.7 put them in as
//     HTML directly. group is the slide's group as the file wrote it, or
//     the kind's name.
//   - unique_id is made a slug and set as an element's id property: never
//     HTML. It can hold anything, which matters to a page that pastes the
//     JSON into a <script> element: see tjsScriptSafe.
//   - media.caption and media.credit are HTML, cleaned by DOMPurify and
//     passed through linkify when the timeline's autolink option is on:
//     written as a slide's text is (htmlOf, then tjsSlideText).
//   - media.url is an address, or HTML when it is a blockquote or an
//     iframe (src/js/media/MediaType.js), which TimelineJS puts into the
//     page: only an http, https or relative address is written
//     (safeAddress), or a quotation as <blockquote> with its text escaped;
//     never the file's own HTML. media.link becomes a link's href and
//     media.thumbnail and background.url an image's address: only
//     safeAddress ones are written, so no javascript: link is ever made.
//     background.color is a CSS colour, written only when it is one
//     (safeColor).
//   - this project's own fields go under ownKey, which TimelineJS never
//     reads: they are data, never HTML.

// tjsDisplayText escapes s, plain text, for a field that TimelineJS reads
// as HTML, keeps the text of, and puts into the page as HTML again
// (display_date, Display Date): escaped twice, it shows as written, "<"
// and "&" included. A TimelineJS older than 3.7 shows such a character as
// its entity ("&lt;"): harmless, where escaping once would let the current
// one run a script.
func tjsDisplayText(s string) string { return htmlText(htmlText(s)) }

// tjsSlideText makes HTML that TimelineJS will pass through linkify (a
// slide's text) safe from it. linkify turns "www." and the non-blank
// characters after it into <a href='http://www.…'>, with no escaping: a
// "'" among them ends the attribute, and what follows becomes attributes
// of the link, onmouseover='…' included. DOMPurify, which runs first,
// writes an escaped "'" back as a bare one, so the quote cannot be
// escaped away; instead, a "www." whose run holds a "'" gets an empty
// <span></span> before it: linkify leaves alone a "www." right after a
// ">", and the reader sees nothing. Only text outside tags is changed; a
// run is cut at ASCII white space only, which makes it no shorter than
// linkify's.
func tjsSlideText(h string) string {
	if !strings.Contains(h, "'") {
		return h
	}
	var b strings.Builder
	inTag := false
	last := 0
	for i := 0; i < len(h); i++ {
		switch c := h[i]; {
		case c == '<':
			inTag = true
		case c == '>':
			inTag = false
		case !inTag && (c == 'w' || c == 'W') && len(h)-i >= 4 && strings.EqualFold(h[i:i+4], "www.") &&
			(i == 0 || h[i-1] != '/' && h[i-1] != '>'):
			end := strings.IndexAny(h[i:], " \t\n\r\f\v")
			if end < 0 {
				end = len(h) - i
			}
			if strings.IndexByte(h[i:i+end], '\'') >= 0 {
				b.WriteString(h[last:i])
				b.WriteString("<span></span>")
				last = i
			}
		}
	}
	b.WriteString(h[last:])
	return b.String()
}

// hrefValue writes a web address (model.WebURL) as the value of an href
// attribute in double quotes. White space and quotes are percent-encoded,
// as a browser would send them, rather than written as entities: DOMPurify
// writes an entity for "'" back as a bare "'", and linkify would then make
// a link inside the attribute out of a "www." after a space.
func hrefValue(u string) string { return hrefEscapes.Replace(u) }

// hrefEscapes is made once: a Replacer builds its tables on first use,
// tens of kilobytes that an export would otherwise build again for every
// link of a million events.
var hrefEscapes = strings.NewReplacer(" ", "%20", "\t", "%09", "'", "%27", `"`, "%22", "<", "%3C", ">", "%3E", "&", "&amp;")

// tjsScriptSafe makes encoded JSON safe to paste into a <script> element,
// as a page that gives TimelineJS its timeline as a variable does:
// "</script" (in any case) is written "<\/script", and "<!--" is written
// "\u003c!--", which JSON reads as the same strings, so that no string (an
// id can hold anything) ends the element early or changes how the browser
// looks for its end. The export's own HTML holds neither.
func tjsScriptSafe(b []byte) []byte {
	var out []byte
	last := 0
	for i := 0; i+4 <= len(b); i++ {
		if b[i] != '<' {
			continue
		}
		switch {
		case i+8 <= len(b) && bytes.EqualFold(b[i:i+8], []byte("</script")):
			out = append(append(out, b[last:i]...), `<\/`...)
			last = i + 2
		case bytes.Equal(b[i:i+4], []byte("<!--")):
			out = append(append(out, b[last:i]...), `\u003c`...)
			last = i + 1
		}
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}
