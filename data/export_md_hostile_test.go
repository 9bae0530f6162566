package data

import (
	"bytes"
	"hash/fnv"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// hostileMarkdown are strings that try to open a block or an inline
// construct of CommonMark or GitHub Flavored Markdown: fences, headings
// (ATX, setext, a closing sequence), breaks, quotes, lists, tables, HTML,
// link reference definitions, links and images, autolinks (GFM's www,
// http, https, ftp and e-mail), emphasis, strikethrough, code, hard line
// breaks, entities and footnotes.
var hostileMarkdown = []string{
	"~~~", "~~~ go", "```", "    indented code", "# heading", "Title ##", "#", "===", "---", "***", "___", "- - -",
	"> quote", ">", "- item", "+ item", "* item", "1. item", "1) item", "2025. A year", "[x]: http://evil.example/",
	"[link](http://evil.example/)", "![img](http://evil.example/x.png)", "[^1]", "[^1]: note",
	"<div>html</div>", "<script>alert(1)</script>", "<!-- comment", "<http://evil.example/>",
	"www.evil.example", "http://evil.example/path", "https://evil.example", "ftp://evil.example", "mailto:a@evil.example",
	"someone@evil.example", "WWW.EVIL.EXAMPLE/x", "x www.evil.example/a_b_ y", "~~strike~~", "~strike~",
	"*em*", "_em_", "**strong**", "__strong__", "`code`", "``", "line\\", "a | b", "| a | b |", "|---|---|",
	":-|:-", "-|-", "&lt;b&gt;", "&amp;", "&#60;script&#62;", "&copy;", "a  ", "\\", "\\*", "|", "+", "1.",
	"[ ] task", "[x] done", "- [ ] task", "&#x3C;b&#x3E;", "***both***", "\\`", "2025) x", "=", "  ===", "   # x",
	"a_b_c", "snake_case_name", "@handle", "a@b", "x@y.z", "http:", "www", ":", "x ~~ y ~~ z",
}

// mdStructure is the sequence of element names in html, opening and
// closing, that data must not change: blocks, lists, links, code,
// emphasis, strikethrough, tables, images, raw HTML.
func mdStructure(html string) []string {
	return regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*`).FindAllString(html, -1)
}

func renderGFM(t *testing.T, md string) string {
	t.Helper()
	var out bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote)).Convert([]byte(md), &out); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// pick returns, for each field, one of hostile, changing with round, so
// that every field meets every string over the rounds, next to other
// strings on the lines around it.
func pick(hostile []string, round int) func(string) string {
	return func(field string) string {
		h := fnv.New32a()
		h.Write([]byte(field))
		return hostile[(int(h.Sum32())+round)%len(hostile)]
	}
}

// TestMarkdownExportStructure: with hostile strings in every field, the
// Markdown export (and the Markdown citation) renders, through goldmark
// with GitHub's extensions, to the same structure as a dataset of plain
// words: data never opens a block or an inline construct.
func TestMarkdownExportStructure(t *testing.T) {
	plain := exportDataset(func(string) string { return "plain words" })
	for _, lang := range []locale.Lang{locale.English, locale.French} {
		want, err := ExportMarkdown(plain, lang)
		if err != nil {
			t.Fatal(err)
		}
		wantHTML := renderGFM(t, string(want))
		wantCite := renderGFM(t, present.CitationMarkdown(plain, &plain.Events[1], lang))
		for round := range hostileMarkdown {
			ds := exportDataset(pick(hostileMarkdown, round))
			got, err := ExportMarkdown(ds, lang)
			if err != nil {
				t.Fatal(err)
			}
			if g, w := mdStructure(renderGFM(t, string(got))), mdStructure(wantHTML); !slices.Equal(g, w) {
				t.Errorf("round %d: the export's structure changed:\n%s\nrenders as\n%s", round, got, renderGFM(t, string(got)))
			}
			cite := present.CitationMarkdown(ds, &ds.Events[1], lang)
			if g, w := mdStructure(renderGFM(t, cite)), mdStructure(wantCite); !slices.Equal(g, w) {
				t.Errorf("round %d: the citation's structure changed:\n%s\nrenders as\n%s", round, cite, renderGFM(t, cite))
			}
		}
	}
}

// TestMarkdownExportLines: lines of data that open a block only together
// (a table's header and delimiter rows, setext underlines, a lazy
// continuation) stay paragraphs with line breaks.
func TestMarkdownExportLines(t *testing.T) {
	for _, ml := range []string{"a | b\n|---|---|", "a | b\n:-|:-", "a | b\n-|-", "a|b\n:---:|---", "title\n===", "title\n---",
		"title\n  ===", "> quote\nlazy", "- item\nlazy", "a\n    code", "<div>\n</div>", "```\ncode", "~~~\ncode\n~~~",
		"[x]:\nhttp://evil.example/", "line\\\nnext", "1. a\n2. b", "a\n\n- b"} {
		same := regexp.MustCompile(`[^\n]+`).ReplaceAllString(ml, "plain") // the same lines and paragraphs
		for _, lang := range []locale.Lang{locale.English, locale.French} {
			texts := func(text string) func(string) string {
				return func(f string) string {
					if f == "summary1" || f == "description1" {
						return text
					}
					return "plain words"
				}
			}
			plain, _ := ExportMarkdown(exportDataset(texts(same)), lang)
			got, _ := ExportMarkdown(exportDataset(texts(ml)), lang)
			if g, w := mdStructure(renderGFM(t, string(got))), mdStructure(renderGFM(t, string(plain))); !slices.Equal(g, w) {
				t.Errorf("%q: the structure changed:\n%s\nrenders as\n%s", ml, got, renderGFM(t, string(got)))
			}
		}
	}
}

// TestMarkdownExportText: the rendered export of hostile strings shows the
// same text as that of plain words, each hostile string where a plain one
// was (a heading's closing "#" and an entity reference are text too), and
// so does the citation.
func TestMarkdownExportText(t *testing.T) {
	tags := regexp.MustCompile(`<[^>]*>`)
	words := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	shown := func(md string) string {
		return words(html.UnescapeString(tags.ReplaceAllString(renderGFM(t, md), " ")))
	}
	docs := func(ds *model.Dataset) map[string]string {
		md, err := ExportMarkdown(ds, locale.English)
		if err != nil {
			t.Fatal(err)
		}
		return map[string]string{"export": string(md), "citation": present.CitationMarkdown(ds, &ds.Events[1], locale.English)}
	}
	plain := docs(exportDataset(func(string) string { return "plain words" }))
	for _, h := range hostileMarkdown {
		for name, doc := range docs(exportDataset(func(string) string { return words(h) })) {
			if got, want := shown(doc), strings.ReplaceAll(shown(plain[name]), "plain words", words(h)); got != want {
				t.Errorf("%q: the %s shows\n%s\nwant\n%s", h, name, got, want)
			}
		}
	}
}
