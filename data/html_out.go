package data

import (
	"strings"

	"timeline/model"
)

// htmlOf writes plain text and its links as the HTML a TimelineJS slide
// holds, the inverse of htmlToText: every character of the text escaped,
// each link around the first of its words found after the previous link,
// a text of several paragraphs as <p> elements, a line break as <br>. Only
// links to http and https addresses, or relative ones, are written
// (safeAddress): never javascript: or any other scheme. htmlToText reads the result back as
// the same text and links, when the text is as htmlToText writes it (the
// exports check, and carry under ownKey what does not come back).
func htmlOf(text string, links []model.Link) string {
	var b strings.Builder
	at := 0
	for _, l := range links {
		u := safeAddress(l.URL)
		if u == "" || l.Text == "" {
			continue
		}
		i := strings.Index(text[at:], l.Text)
		if i < 0 {
			continue
		}
		i += at
		b.WriteString(htmlText(text[at:i]))
		b.WriteString(`<a href="` + hrefValue(u) + `">` + htmlText(l.Text) + `</a>`)
		at = i + len(l.Text)
	}
	b.WriteString(htmlText(text[at:]))
	h := b.String()
	if !strings.Contains(text, "\n\n") {
		return strings.ReplaceAll(h, "\n", "<br>")
	}
	var out strings.Builder
	for _, p := range strings.Split(h, "\n\n") {
		if p = strings.Trim(p, "\n"); p != "" {
			out.WriteString("<p>" + strings.ReplaceAll(p, "\n", "<br>") + "</p>")
		}
	}
	return out.String()
}

// notesClass marks the block of a slide's text where the TimelineJS export
// lists, for readers of the published timeline, what the event's ownKey
// fields hold (people, claims, quotes, sources). The importer drops the
// block when the slide has those fields: they, not the list, are read.
const notesClass = "timeline-notes"

// withoutNotes removes the notes block from a slide's HTML.
func withoutNotes(h string) string {
	open := `<div class="` + notesClass + `">`
	i := strings.Index(h, open)
	if i < 0 {
		return h
	}
	j := strings.Index(h[i:], "</div>")
	if j < 0 {
		return h[:i]
	}
	return h[:i] + h[i+j+len("</div>"):]
}

// htmlText escapes text for HTML content (not attributes): only &, < and
// > need it, and leaving quotes alone keeps the file readable.
func htmlText(s string) string { return htmlEscapes.Replace(s) }

// htmlEscapes is made once, as hrefEscapes is.
var htmlEscapes = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// htmlList writes a titled list of plain-text items, escaped.
func htmlList(b *strings.Builder, title string, items []string) {
	esc := make([]string, len(items))
	for i, it := range items {
		esc[i] = htmlText(it)
	}
	htmlRawList(b, title, esc)
}

// htmlRawList writes a titled list of items that are already HTML.
func htmlRawList(b *strings.Builder, title string, items []string) {
	if len(items) == 0 {
		return
	}
	b.WriteString("<p>" + title + ":</p><ul>")
	for _, it := range items {
		b.WriteString("<li>" + it + "</li>")
	}
	b.WriteString("</ul>")
}
