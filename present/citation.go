package present

import (
	"strings"
	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// Citation returns a sentence-ready line in a journalist's style: the
// event's title, then its sources in parentheses with their dates,
// "Meta buys 49% of Scale AI (Observer, June 13, 2025; Associated Press,
// June 13, 2025)." The same outlet on the same day is named once. An event
// without sources gives its title as a sentence.
func Citation(ds *model.Dataset, e *model.Event, lang locale.Lang) string {
	title := sentenceBody(e.Title.String(lang))
	var refs []string
	seen := map[string]bool{}
	for _, id := range e.Sources {
		s := ds.Source(id)
		if s == nil || s.Outlet == "" {
			continue
		}
		ref := s.Outlet
		if d := CiteDate(s.Published, lang); d != "" {
			ref += ", " + d
		}
		if !seen[ref] {
			seen[ref] = true
			refs = append(refs, ref)
		}
	}
	if len(refs) == 0 {
		return title + "."
	}
	return title + " (" + strings.Join(refs, i18n.For(lang).T("cite.sep")) + ")."
}

// CitationMarkdown returns the event as a Markdown snippet for a draft: the
// title in bold with the date, then one bullet per source,
// "[Outlet, “headline”, date](url)", linked when the source has a URL or a
// copy seen via another address.
func CitationMarkdown(ds *model.Dataset, e *model.Event, lang locale.Lang) string {
	var b strings.Builder
	// Spaces inside the asterisks would stop them making bold.
	b.WriteString("**" + MarkdownEscape(strings.TrimSpace(e.Title.String(lang))) + "** — " + MarkdownEscape(CiteEventDate(e, lang)) + "\n")
	if len(e.Sources) > 0 {
		b.WriteString("\n")
	}
	for _, id := range e.Sources {
		s := ds.Source(id)
		if s == nil {
			continue
		}
		text := MarkdownEscape(SourceLine(s, lang))
		if u := sourceURL(s); u != "" {
			b.WriteString("- [" + text + "](" + MarkdownURL(u) + ")\n")
		} else {
			b.WriteString("- " + MarkdownLineStart(text) + "\n")
		}
	}
	return b.String()
}

// SourceLine describes a source in one line: outlet, quoted headline and
// date, "TechCrunch, “Cracks are forming…”, Aug. 29, 2025". Missing parts
// are left out.
func SourceLine(s *model.Source, lang locale.Lang) string {
	parts := make([]string, 0, 3)
	if s.Outlet != "" {
		parts = append(parts, s.Outlet)
	}
	if s.Title != "" {
		parts = append(parts, quoteMarks(s.Title, lang))
	}
	if d := CiteDate(s.Published, lang); d != "" {
		parts = append(parts, d)
	}
	return strings.Join(parts, ", ")
}

// PlainSummary returns the event as plain text to paste: the title and the
// date on the first line, then the summary after a blank line.
func PlainSummary(ds *model.Dataset, e *model.Event, lang locale.Lang) string {
	s := e.Title.String(lang) + " (" + CiteEventDate(e, lang) + ")"
	if sum := e.Summary.String(lang); sum != "" {
		s += "\n\n" + sum
	}
	return s
}

// SourceURLs returns the addresses of the event's sources, in the event's
// order and without repeats: each source's own URL, else the copy it was
// seen via. Only http and https addresses are returned, so that none of
// them can start anything but a browser.
func SourceURLs(ds *model.Dataset, e *model.Event) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range e.Sources {
		s := ds.Source(id)
		if s == nil {
			continue
		}
		if u := sourceURL(s); u != "" && !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	return out
}

// QuoteCitation returns a quote with its attribution,
// "“words” — Speaker, Outlet, Aug. 25, 2025". The words are the original
// ones, in the quotation marks of lang; the outlet and date come from the
// quote's source when it has one.
func QuoteCitation(ds *model.Dataset, q *model.Quote, lang locale.Lang) string {
	s := quoteMarks(q.Text, lang) + " — " + ds.PersonName(q.Speaker)
	if src := ds.Source(q.Source); src != nil {
		if src.Outlet != "" {
			s += ", " + src.Outlet
		}
		if d := CiteDate(src.Published, lang); d != "" {
			s += ", " + d
		}
	}
	return s
}

// MarkdownEscape escapes the characters that would make text into
// Markdown links, emphasis, strikethrough, code or HTML, and stops bare
// addresses from becoming links (markdownInline). What opens a block at
// the start of a line is MarkdownLineStart's.
func MarkdownEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`, "*", `\*`, "_", `\_`, "`", "\\`", "<", `\<`, "~", `\~`)
	return markdownInline(r.Replace(s))
}

// MarkdownURL makes u safe inside "(…)" of a Markdown link: spaces,
// parentheses, angle brackets and backslashes (which would escape the
// closing parenthesis) are percent-encoded.
func MarkdownURL(u string) string {
	r := strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E", `\`, "%5C")
	return r.Replace(u)
}

func sourceURL(s *model.Source) string {
	if u := model.WebURL(s.URL); u != "" {
		return u
	}
	return model.WebURL(s.Via)
}

// quoteMarks puts s between the quotation marks of lang, unless it already
// is between quotation marks.
func quoteMarks(s string, lang locale.Lang) string {
	s = strings.TrimSpace(s)
	for _, p := range [][2]string{{"“", "”"}, {"«", "»"}, {`"`, `"`}} {
		if len(s) > len(p[0])+len(p[1]) && strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) {
			s = strings.TrimSpace(s[len(p[0]) : len(s)-len(p[1])])
			break
		}
	}
	return i18n.For(lang).T("cite.quote", s)
}

// sentenceBody trims a title of its final full stop and spaces, so that a
// citation can follow it.
func sentenceBody(s string) string {
	s = strings.TrimSpace(s)
	for strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "...") {
		s = strings.TrimSpace(strings.TrimSuffix(s, "."))
	}
	return s
}
