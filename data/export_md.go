package data

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// ExportMarkdown writes the dataset in lang as a Markdown document for a
// draft or a wiki: the title and description, then a heading per month (or
// year, for events known only to the year) and per event a heading with
// its date and kind, the summary, people, claims, quotes and numbered
// sources with their links.
func ExportMarkdown(ds *model.Dataset, lang locale.Lang) ([]byte, error) {
	return Exporter(WriteMarkdown).Bytes(ds, lang)
}

// WriteMarkdown is ExportMarkdown to w, an event at a time.
func WriteMarkdown(w io.Writer, ds *model.Dataset, lang locale.Lang) error {
	out := pieces{w: w, format: "md"}
	var b bytes.Buffer
	esc := func(s string) string { return present.MarkdownEscape(clean(s, true)) }
	b.WriteString("# " + present.MarkdownLineStart(esc(ds.Title.String(lang))) + "\n")
	if d := ds.Description.String(lang); d != "" {
		b.WriteString("\n" + mdParagraphs(d) + "\n")
	}
	if !ds.Updated.IsZero() {
		b.WriteString("\n" + i18n.For(lang).T("md.updated") + ": " + present.CiteDate(ds.Updated, lang) + "\n")
	}
	if len(ds.Eras) > 0 {
		b.WriteString("\n## " + i18n.For(lang).T("md.eras") + "\n\n")
		for _, era := range ds.Eras {
			span := present.CiteDate(era.Start, lang)
			if !era.End.IsZero() {
				span += " – " + present.CiteDate(era.End, lang)
			}
			b.WriteString("- " + present.MarkdownLineStart(esc(era.Label.String(lang))) + " (" + span + ")\n")
		}
	}
	heading := ""
	for i := range ds.Events {
		out.flush(&b)
		e := &ds.Events[i]
		if h := periodHeading(e.Date, lang); h != heading {
			heading = h
			b.WriteString("\n## " + h + "\n")
		}
		b.WriteString("\n### " + present.MarkdownLineStart(esc(present.CiteEventDate(e, lang))+" · "+e.Kind.String()+" · "+esc(e.Title.String(lang))) + "\n\n")
		b.WriteString("*" + e.Status.String() + "* · " + mdCode(clean(e.ID, true)) + "\n")
		if s := e.Summary.String(lang); s != "" {
			b.WriteString("\n" + mdParagraphs(s) + "\n")
		}
		x := extrasOf(ds, e, lang)
		mdList(&b, i18n.For(lang).T("md.people"), x.people)
		mdList(&b, i18n.For(lang).T("md.claims"), x.claims)
		mdList(&b, i18n.For(lang).T("md.quotes"), x.quotes)
		mdList(&b, i18n.For(lang).T("md.media"), mediaItems(e.Media()))
		var srcs []string
		for _, id := range e.Sources() {
			s := ds.Source(id)
			if s == nil {
				continue
			}
			line := present.MarkdownEscape(clean(present.SourceLine(s, lang), true))
			if u := model.WebURL(s.URL); u != "" {
				line = "[" + line + "](" + present.MarkdownURL(u) + ")"
			}
			if v := model.WebURL(s.Via()); v != "" {
				line += " (via [" + present.MarkdownEscape(hostName(v)) + "](" + present.MarkdownURL(v) + "))"
			}
			srcs = append(srcs, line)
		}
		if len(srcs) > 0 {
			b.WriteString("\n" + i18n.For(lang).T("md.sources") + ":\n\n")
			for n, s := range srcs {
				fmt.Fprintf(&b, "%d. %s\n", n+1, present.MarkdownLineStart(s))
			}
		}
	}
	out.flush(&b)
	return out.err
}

// periodHeading names the month of a date, "August 2025", or its year
// when only the year is known ("44 BCE", "13.8 billion years ago").
func periodHeading(d model.Date, lang locale.Lang) string {
	if d.Precision == model.YearPrecision {
		return present.Year(d.Year, lang)
	}
	name := present.MonthName(int(d.Month), lang)
	r, n := utf8.DecodeRuneInString(name)
	return string(unicode.ToUpper(r)) + name[n:] + " " + present.Year(d.Year, lang)
}

// mediaItems are the lines of an event's media in a draft: its quotation,
// caption, credit and address, each on one line, plain text (mdList
// escapes them). Addresses are as the file wrote them.
func mediaItems(m *model.Media) []string {
	if m.IsZero() {
		return nil
	}
	var out []string
	for _, s := range []string{m.Quote, m.Caption, m.Credit, m.URL} {
		if s = clean(s, true); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// mdParagraphs escapes multi-line text, keeping its paragraphs and its
// line breaks (a single newline becomes a Markdown hard break).
func mdParagraphs(s string) string {
	paras := strings.Split(strings.TrimSpace(clean(s, false)), "\n\n")
	for i, p := range paras {
		lines := strings.Split(strings.TrimSpace(p), "\n")
		for j, l := range lines {
			lines[j] = mdLineStart(present.MarkdownEscape(strings.TrimSpace(l)))
		}
		paras[i] = strings.Join(lines, "  \n")
	}
	return strings.Join(paras, "\n\n")
}

// mdLineStart escapes what would make a line of text a heading, a quote,
// a list item, a break or a table (present.MarkdownLineStart).
func mdLineStart(l string) string { return present.MarkdownLineStart(l) }

// mdCode writes s as a code span: between backticks, more of them than
// in any run inside s, with a space inside each end when s starts or ends
// with a backtick or a space (which Markdown then drops).
func mdCode(s string) string {
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if s != "" && (s[0] == '`' || s[0] == ' ' || s[len(s)-1] == '`' || s[len(s)-1] == ' ') {
		s = " " + s + " "
	}
	return fence + s + fence
}

// mdList writes a titled bullet list of plain-text items.
func mdList(b *bytes.Buffer, title string, items []string) {
	if len(items) == 0 {
		return
	}
	b.WriteString("\n" + title + ":\n\n")
	for _, it := range items {
		b.WriteString("- " + mdLineStart(present.MarkdownEscape(it)) + "\n")
	}
}
