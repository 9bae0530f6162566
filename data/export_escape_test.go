package data

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"html"
	"regexp"
	"strings"
	"testing"
	"timeline/locale"
)

// hostileHTML are strings that try to become live HTML or script in a
// published TimelineJS export, in each of the ways TimelineJS reads a field.
var hostileHTML = []string{
	`<img src=x onerror=alert(1)>`,
	`&lt;img src=x onerror=alert(1)&gt;`, // typed as entities: live after one decoding
	`&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;`,
	`www.x'onmouseover='alert(1)'`, // linkify makes <a href='http://www.x'onmouseover=…
	`see WWW.x.org'sx onfocus='alert(1)' autofocus`,
	`</script><script>alert(1)</script>`,
	`<!--<script>`,
	`"quoted" & 'single' <b>bold</b>`,
	`<a href="javascript:alert(1)">x</a>`,
	`http://evil.example/'onmouseover='alert(1)'`,
	`<svg/onload=alert(1)>`,
}

// ownTag is a tag the TimelineJS export writes itself; a link's address
// is escaped.
var ownTag = regexp.MustCompile(`^</?(p|br|ul|li|span|a)( href="https?://[^"<>]*")?>$`)

// linkifyWWW is TimelineJS's pattern for a "www." address (linkify in
// src/js/core/Util.js), which it turns into <a href='http://…'> unescaped.
// Go's \S stops only at ASCII white space, so its runs are never shorter
// than JavaScript's.
var linkifyWWW = regexp.MustCompile(`(?im)(^|[^/>])(www\.\S+(\b|$))`)

// checkTJSHTML fails unless h, a field TimelineJS puts into the page as
// HTML, holds only the export's own tags, and, for a field TimelineJS
// passes through linkify (after DOMPurify, which writes &#39; back as '),
// unless linkify can make no link whose address ends its quotes.
func checkTJSHTML(t *testing.T, where, h string, linkified bool) {
	t.Helper()
	for rest := h; ; {
		i := strings.IndexByte(rest, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], '>')
		if j < 0 || !ownTag.MatchString(rest[i:i+j+1]) {
			t.Errorf("%s: data became HTML: %q", where, rest[i:])
			break
		}
		rest = rest[i+j+1:]
	}
	if !linkified {
		return
	}
	purified := strings.NewReplacer("&#39;", "'", "&#34;", `"`).Replace(h)
	for _, m := range linkifyWWW.FindAllStringSubmatch(purified, -1) {
		if strings.Contains(m[2], "'") {
			t.Errorf("%s: linkify would make <a href='http://%s'>", where, m[2])
		}
	}
}

// checkTJSDisplay fails unless d, a display date, shows as want in
// TimelineJS 3.7 and later (the text of the HTML, put into the page as HTML
// again) and opens no tag there nor in older versions (HTML as it is).
func checkTJSDisplay(t *testing.T, where, d, want string) {
	t.Helper()
	if strings.Contains(d, "<") {
		t.Errorf("%s: display date %q holds markup", where, d)
	}
	text := html.UnescapeString(d) // no markup: the text is the entities decoded
	if regexp.MustCompile(`<[A-Za-z!/?]`).MatchString(text) {
		t.Errorf("%s: display date %q opens a tag once TimelineJS has taken its text: %q", where, d, text)
	}
	if got := html.UnescapeString(text); got != want {
		t.Errorf("%s: display date %q shows as %q, want %q", where, d, got, want)
	}
}

// TestTimelineJSExportEscapes: with hostile strings in every field, nothing
// from data becomes live HTML in TimelineJS, in the JSON or the sheet, in
// any field TimelineJS reads as HTML; the JSON can be pasted into a
// <script> element; and the import reads the label and headline back.
func TestTimelineJSExportEscapes(t *testing.T) {
	for _, h := range hostileHTML {
		ds := exportDataset(func(string) string { return h })
		b, err := ExportTimelineJS(ds, locale.English)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(bytes.ToLower(b), []byte("</script")) || bytes.Contains(b, []byte("<!--")) {
			t.Errorf("%q: the JSON would end a <script> element it is pasted into", h)
		}
		var f struct {
			Title  tjsOutSlide
			Events []tjsOutSlide
			Eras   []tjsOutSlide
		}
		if err := json.Unmarshal(b, &f); err != nil {
			t.Fatal(err)
		}
		for _, s := range append(append([]tjsOutSlide{f.Title}, f.Events...), f.Eras...) {
			checkTJSHTML(t, h+" headline", s.Text.Headline, false)
			checkTJSHTML(t, h+" text", s.Text.Text, true)
			if s.Group != "" && s.Group != ds.Events[0].Kind.String() {
				t.Errorf("%q: group %q", h, s.Group)
			}
		}
		checkTJSDisplay(t, h+" display_date", f.Events[1].DisplayDate, h)

		back, _, err := Parse("export.timelinejs.json", b)
		if err != nil {
			t.Fatal(err)
		}
		if e := &back.Events[1]; e.DateLabel().En != h || e.Title.En != h {
			t.Errorf("%q: back as label %q, headline %q", h, e.DateLabel().En, e.Title.En)
		}

		b, err = ExportCSV(ds, locale.English)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		col := map[string]int{}
		for i, c := range rows[0] {
			col[c] = i
		}
		for _, r := range rows[1:] {
			checkTJSHTML(t, h+" sheet Headline", strings.TrimPrefix(r[col["Headline"]], "'"), false)
			checkTJSHTML(t, h+" sheet Text", strings.TrimPrefix(r[col["Text"]], "'"), true)
		}
		checkTJSDisplay(t, h+" sheet Display Date", strings.TrimPrefix(rows[3][col["Display Date"]], "'"), h)
	}
}
