package present

import (
	"net/url"
	"strings"
	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// Citation returns a sentence-ready line in a journalist's style: the
// event's date as honestly as it is known, its title, then its sources in
// parentheses with their dates, "June 12, 2025: Meta buys 49% of Scale AI
// (Observer, June 13, 2025; Associated Press, June 13, 2025)." The same
// outlet on the same day is named once. An event without sources gives its
// date and title as a sentence.
func Citation(ds *model.Dataset, e *model.Event, lang locale.Lang) string {
	cat := i18n.For(lang)
	title := sentenceBody(e.Title.String(lang))
	if d := citeShortDate(e, lang); d != "" {
		title = cat.T("cite.dated", d, title)
	}
	var refs []string
	seen := map[string]bool{}
	for _, id := range e.Sources() {
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
	return title + " (" + strings.Join(refs, cat.T("cite.sep")) + ")."
}

// citeShortDate writes an event's date for a citation in a few words: the
// date as a newspaper writes it, the part of the month of an approximate
// one ("late August 2025"), else "about Aug. 25, 2025"; never the long
// label a date carries for the detail.
func citeShortDate(e *model.Event, lang locale.Lang) string {
	cat := i18n.For(lang)
	d := CiteDate(e.Date, lang)
	if e.Approximate {
		if part := approxPart(e); part != "" && e.Date.Month != 0 {
			return cat.T("date.part."+part, MonthName(int(e.Date.Month), lang)+" "+Year(e.Date.Year, lang))
		}
		return cat.T("date.about", d)
	}
	if end := e.End(); !end.IsZero() && end != e.Date {
		d += " – " + CiteDate(end, lang)
	}
	return d
}

// CitationMarkdown returns the event as a Markdown snippet for a draft: the
// title in bold with the date, then one bullet per source (MarkdownSource).
func CitationMarkdown(ds *model.Dataset, e *model.Event, lang locale.Lang) string {
	var b strings.Builder
	// Spaces inside the asterisks would stop them making bold.
	b.WriteString("**" + MarkdownEscape(strings.TrimSpace(e.Title.String(lang))) + "** — " + MarkdownEscape(CiteEventDate(e, lang)) + "\n")
	if len(e.Sources()) > 0 {
		b.WriteString("\n")
	}
	for _, id := range e.Sources() {
		s := ds.Source(id)
		if s == nil {
			continue
		}
		b.WriteString("- " + MarkdownLineStart(MarkdownSource(s, lang)) + "\n")
	}
	return b.String()
}

// MarkdownSource writes a source as the detail pane shows it, for a draft:
// "[Outlet, “headline”, date](url)", linked to the outlet's own page only
// when it has one, then the copy that was actually read, marked as such,
// "(via [relay.example](url))", so that a relay's copy is never presented
// as the outlet's own link.
func MarkdownSource(s *model.Source, lang locale.Lang) string {
	text := MarkdownEscape(SourceLine(s, lang))
	if u := model.WebURL(s.URL); u != "" {
		text = "[" + text + "](" + MarkdownURL(u) + ")"
	}
	if v := model.WebURL(s.Via()); v != "" {
		text += " (" + i18n.For(lang).T("cite.via") + " [" + MarkdownEscape(Host(v)) + "](" + MarkdownURL(v) + "))"
	}
	return text
}

// Host returns the host of a web address without "www.", "the-verge.com",
// for naming a link; the address itself when it has none.
func Host(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Hostname() == "" {
		return u
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
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
	for _, id := range e.Sources() {
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
func MarkdownEscape(s string) string { return markdownInline(markdownEscapes.Replace(s)) }

// markdownEscapes and markdownURLEscapes are made once: a Replacer builds
// its tables on first use, which an export of a million events did for
// every piece of text.
var (
	markdownEscapes    = strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`, "*", `\*`, "_", `\_`, "`", "\\`", "<", `\<`, "~", `\~`)
	markdownURLEscapes = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E", `\`, "%5C")
)

// MarkdownURL makes u safe inside "(…)" of a Markdown link: spaces,
// parentheses, angle brackets and backslashes (which would escape the
// closing parenthesis) are percent-encoded.
func MarkdownURL(u string) string { return markdownURLEscapes.Replace(u) }

func sourceURL(s *model.Source) string {
	if u := model.WebURL(s.URL); u != "" {
		return u
	}
	return model.WebURL(s.Via())
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
