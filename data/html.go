package data

import (
	"html"
	"net/url"
	"strings"
)

// htmlLink is an <a href> found in imported HTML: its target and the text
// it was written on.
type htmlLink struct {
	URL  string
	Text string
}

// htmlBlock reports whether an element starts a new paragraph; li, br and
// tr start a new line, and everything else is inline and leaves only its
// text.
func htmlBlock(name string) bool {
	switch name {
	case "p", "div", "blockquote", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
		"article", "header", "footer", "pre", "figure", "figcaption", "hr":
		return true
	}
	return false
}

// htmlSkipped reports whether an element's content is not text to read.
func htmlSkipped(name string) bool {
	switch name {
	case "script", "style", "iframe", "object", "noscript", "template":
		return true
	}
	return false
}

// htmlToText turns the HTML of a TimelineJS slide into plain text: tags are
// stripped, entities decoded, runs of white space collapsed as a browser
// would, paragraphs separated by a blank line, and each <li> and <br> put
// on a line of its own (a list item starts with "- "). The targets of
// <a href> that are http or https addresses, or relative ones, are
// returned, in order, without repeats; any other (javascript:, mailto:) is
// dropped. The text still has to be sanitised.
func htmlToText(s string) (string, []htmlLink) {
	var w textWriter
	var links []htmlLink
	seen := map[string]int{}
	linkAt := -1 // index in links of the open <a>, or -1
	var linkText strings.Builder
	skip := ""
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			lt = len(s)
		}
		if skip == "" {
			text := html.UnescapeString(s[:lt])
			w.text(text)
			if linkAt >= 0 {
				linkText.WriteString(text)
			}
		}
		s = s[lt:]
		if s == "" {
			break
		}
		if strings.HasPrefix(s, "<!--") {
			end := strings.Index(s[4:], "-->")
			if end < 0 {
				break
			}
			s = s[4+end+3:]
			continue
		}
		gt := tagEnd(s)
		if gt < 0 {
			// A lone "<" that opens no tag is text.
			if skip == "" {
				w.text("<")
			}
			s = s[1:]
			continue
		}
		name, closing, attrs := parseTag(s[1:gt])
		s = s[gt+1:]
		if name == "" {
			if skip == "" {
				w.text("<")
			}
			continue
		}
		if skip != "" {
			if closing && name == skip {
				skip = ""
			}
			continue
		}
		switch {
		case htmlSkipped(name) && !closing:
			skip = name
		case name == "br":
			w.lineBreak()
		case name == "li" && !closing:
			w.lineBreak()
			w.text("-")
			w.keepSpace = true
		case name == "cite" && !closing:
			w.lineBreak()
			w.text("—")
			w.keepSpace = true
		case name == "li" || name == "tr":
			w.lineBreak()
		case htmlBlock(name):
			w.paragraph()
		case name == "a" && !closing:
			linkAt = -1
			linkText.Reset()
			if u := safeAddress(html.UnescapeString(attrs["href"])); u != "" {
				if i, ok := seen[u]; ok {
					linkAt = i
				} else {
					seen[u] = len(links)
					links = append(links, htmlLink{URL: u})
					linkAt = len(links) - 1
				}
			}
		case name == "a" && closing:
			if linkAt >= 0 && links[linkAt].Text == "" {
				links[linkAt].Text = strings.Join(strings.Fields(linkText.String()), " ")
			}
			linkAt = -1
		}
	}
	if linkAt >= 0 && links[linkAt].Text == "" {
		links[linkAt].Text = strings.Join(strings.Fields(linkText.String()), " ")
	}
	return w.String(), links
}

// tagEnd returns the index of the ">" that closes the tag starting at s[0],
// skipping quoted attribute values, or -1 when s does not start a tag.
func tagEnd(s string) int {
	if len(s) < 2 {
		return -1
	}
	c := s[1]
	if !(c == '/' || c == '!' || c == '?' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return -1
	}
	var quote byte
	for i := 1; i < len(s); i++ {
		switch {
		case quote != 0:
			if s[i] == quote {
				quote = 0
			}
		case s[i] == '"' || s[i] == '\'':
			quote = s[i]
		case s[i] == '>':
			return i
		}
	}
	return -1
}

// parseTag reads the inside of a tag: its lower-case name, whether it is a
// closing tag, and its attributes (only the first of a repeated name).
func parseTag(s string) (name string, closing bool, attrs map[string]string) {
	if strings.HasPrefix(s, "/") {
		closing, s = true, s[1:]
	}
	i := 0
	for i < len(s) && (isASCIIAlnum(s[i]) || s[i] == '-') {
		i++
	}
	name, s = strings.ToLower(s[:i]), s[i:]
	attrs = map[string]string{}
	for {
		s = strings.TrimLeft(s, " \t\r\n\f/")
		if s == "" {
			return name, closing, attrs
		}
		j := 0
		for j < len(s) && !strings.ContainsRune(" \t\r\n\f/=>", rune(s[j])) {
			j++
		}
		key := strings.ToLower(s[:j])
		s = strings.TrimLeft(s[j:], " \t\r\n\f")
		val := ""
		if strings.HasPrefix(s, "=") {
			s = strings.TrimLeft(s[1:], " \t\r\n\f")
			if s != "" && (s[0] == '"' || s[0] == '\'') {
				end := strings.IndexByte(s[1:], s[0])
				if end < 0 {
					val, s = s[1:], ""
				} else {
					val, s = s[1:1+end], s[2+end:]
				}
			} else {
				k := 0
				for k < len(s) && !strings.ContainsRune(" \t\r\n\f>", rune(s[k])) {
					k++
				}
				val, s = s[:k], s[k:]
			}
		}
		if key == "" {
			if s != "" {
				s = s[1:]
			}
			continue
		}
		if _, dup := attrs[key]; !dup {
			attrs[key] = val
		}
	}
}

// hostName returns the host of an address without "www.", for naming the
// outlet of a link.
func hostName(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// textWriter collects text as a browser lays it out: white space collapses
// to one space, line and paragraph breaks never pile up, and nothing leads
// or trails.
type textWriter struct {
	b         strings.Builder
	pending   int  // 0 none, 1 a line break, 2 a paragraph break
	keepSpace bool // a space is owed before the next word
}

func (w *textWriter) text(s string) {
	start := -1 // where the word being read starts
	for i, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			if start >= 0 {
				w.word(s[start:i])
				start = -1
			}
			w.keepSpace = true
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		w.word(s[start:])
	}
}

// word writes a word, after the break or the space owed before it.
func (w *textWriter) word(word string) {
	if w.b.Len() > 0 {
		switch {
		case w.pending == 2:
			w.b.WriteString("\n\n")
		case w.pending == 1:
			w.b.WriteString("\n")
		case w.keepSpace:
			w.b.WriteString(" ")
		}
	}
	w.pending, w.keepSpace = 0, false
	w.b.WriteString(word)
}

func (w *textWriter) lineBreak() {
	if w.pending < 1 {
		w.pending = 1
	}
	w.keepSpace = false
}

func (w *textWriter) paragraph() {
	w.pending, w.keepSpace = 2, false
}

// String returns the text written.
func (w *textWriter) String() string { return w.b.String() }
