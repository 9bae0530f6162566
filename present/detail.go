package present

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// Style marks a part of the detail that a reader tells apart: the
// interface colours it, the command line leaves it as it is (nil).
type Style func(string) string

// Render returns s marked, or s itself when the style is nil.
func (f Style) Render(s string) string {
	if f == nil {
		return s
	}
	return f(s)
}

// DetailStyles are the styles of the parts of the detail; the zero value
// gives plain text.
type DetailStyles struct {
	Title, Heading, Label, Dim, Quote, Disputed Style
}

// DetailOptions are the choices of one rendering of the detail.
type DetailOptions struct {
	ShowTitle bool                // the pane's border does not show the whole title
	Extra     []string            // lines after the date line (the distance to the mark)
	Highlight func(string) string // marks search matches; nil for none
}

// Detail renders everything an event has, wrapped at word boundaries to
// width: the title unless the pane's border already shows it whole, the
// date as written, kind, status, what its slide says (no headline in the
// file, its group), summary, media, people with their role, claims side by
// side, quotes, numbered sources and related events.
func Detail(ds *model.Dataset, e *model.Event, width int, cat i18n.Catalog, st DetailStyles, opt DetailOptions) []string {
	lang := cat.Lang()
	hl := opt.Highlight
	if hl == nil {
		hl = func(s string) string { return s }
	}
	if width <= 0 || e == nil {
		return nil
	}
	var out []string
	add := func(s string) { out = append(out, strings.Split(lipgloss.Wrap(s, width, ""), "\n")...) }
	// indented adds s wrapped with every line indented, so that a long
	// address wraps under the number it belongs to, not at the margin.
	indented := func(indent, s string) { out = append(out, Indent(s, indent, width)...) }
	blank := func() { out = append(out, "") }
	section := func(name string) { blank(); out = append(out, st.Heading.Render(name)) }

	if title, fb := e.Title.In(lang); opt.ShowTitle || fb {
		add(st.Title.Render(hl(title)) + FallbackMark(fb, cat))
	}
	kind := cat.Kind(e.Kind)
	if e.Kind != model.NoKind {
		kind = KindGlyph(e.Kind) + " " + kind // the glyph of no kind would read as a separator
	}
	meta := []string{EventDate(e, lang), kind, cat.Status(e.Status)}
	if e.Disputed() && e.Status != model.Disputed {
		meta = append(meta, st.Disputed.Render(cat.T("detail.contested")))
	} else if e.Status == model.Disputed {
		meta[2] = st.Disputed.Render(cat.T("detail.disputed"))
	}
	add(strings.Join(meta, " · "))
	if eras := ErasOf(ds, e, lang); len(eras) > 0 {
		add(st.Dim.Render(cat.T("detail.eras") + strings.Join(eras, ", ")))
	}
	for _, x := range opt.Extra {
		add(x)
	}
	if e.Approximate {
		add(st.Dim.Render(cat.T("detail.approx", FormatShortDate(e.Date, lang))))
	} else if e.Date.Precision == model.MonthPrecision {
		add(st.Dim.Render(cat.T("detail.monthonly")))
	} else if e.Date.Precision == model.YearPrecision {
		add(st.Dim.Render(cat.T("detail.yearonly")))
	}
	for _, l := range SlideLines(e, cat, st) {
		add(l)
	}
	if s, fb := e.Summary.In(lang); s != "" {
		blank()
		add(hl(s) + FallbackMark(fb, cat))
	}
	if lines := MediaLines(e.Media(), ds.Origin, cat, st); len(lines) > 0 {
		section(cat.T("detail.media"))
		for _, l := range lines {
			add(l)
		}
	}

	srcNum := map[string]int{}
	for i, id := range e.Sources() {
		srcNum[id] = i + 1
	}
	cite := func(id string) string {
		if n, ok := srcNum[id]; ok {
			return fmt.Sprintf(" [%d]", n)
		}
		if s := ds.Source(id); s != nil {
			return " (" + s.Outlet + ")"
		}
		return ""
	}

	if len(e.People) > 0 {
		section(cat.T("detail.people"))
		for _, p := range e.People {
			line := "• " + st.Label.Render(hl(ds.PersonName(p.ID())))
			if r := p.Role().String(lang); r != "" {
				line += " — " + r
			}
			add(line)
		}
	}
	if len(e.Orgs()) > 0 {
		names := make([]string, 0, len(e.Orgs()))
		for _, id := range e.Orgs() {
			if o := ds.Org(id); o != nil {
				names = append(names, o.Name)
			}
		}
		add(st.Dim.Render(cat.T("detail.orgs")) + strings.Join(names, ", "))
	}
	if len(e.Claims()) > 0 {
		section(cat.T("detail.claims"))
		out = append(out, claimLines(ds, e, width, cat, st, cite, hl)...)
	}
	if len(e.Quotes()) > 0 {
		section(cat.T("detail.quotes"))
		for i, q := range e.Quotes() {
			if i > 0 {
				blank()
			}
			add(st.Quote.Render("“" + hl(q.Text) + "”"))
			if q.Lang != lang {
				if tr := q.Translation.String(lang); tr != "" {
					add(st.Dim.Render(cat.T("detail.translated")) + "“" + hl(tr) + "”")
				}
			}
			add("  — " + ds.PersonName(q.Speaker) + cite(q.Source))
		}
	}
	if len(e.Sources()) > 0 {
		section(cat.T("detail.sources"))
		for i, id := range e.Sources() {
			s := ds.Source(id)
			if s == nil {
				continue
			}
			line := fmt.Sprintf("[%d] %s", i+1, st.Label.Render(hl(s.Outlet)))
			if s.Title != "" {
				line += ", “" + hl(s.Title) + "”"
			}
			if !s.Published.IsZero() {
				line += ", " + FormatShortDate(s.Published, lang)
			}
			out = append(out, hanging(line, "    ", width)...)
			if s.URL != "" {
				indented("    ", st.Dim.Render(s.URL))
			}
			if s.Via() != "" {
				indented("    ", st.Dim.Render(cat.T("detail.via")+s.Via()))
			}
			if note := s.Note().String(lang); note != "" {
				indented("    ", st.Dim.Render(cat.T("detail.sourcenote")+hl(note)))
			}
		}
	}
	if related := relatedInOrder(ds, e); len(related) > 0 {
		section(cat.T("detail.related"))
		for _, r := range related {
			out = append(out, hanging("• "+ShortEventDate(r, lang)+"  "+r.Title.String(lang), "  ", width)...)
		}
	}
	if len(e.Tags()) > 0 {
		blank()
		add(st.Dim.Render(cat.T("detail.tags")) + strings.Join(e.Tags(), ", "))
	}
	add(st.Dim.Render(cat.T("detail.id") + e.ID))
	return out
}

// relatedInOrder returns the events e relates to, in the timeline's order.
func relatedInOrder(ds *model.Dataset, e *model.Event) []*model.Event {
	var idx []int
	for _, id := range e.Related() {
		if i, ok := ds.EventIndex(id); ok && !slices.Contains(idx, i) {
			idx = append(idx, i)
		}
	}
	slices.Sort(idx)
	out := make([]*model.Event, len(idx))
	for j, i := range idx {
		out[j] = &ds.Events[i]
	}
	return out
}

// Indent wraps s at width with every line starting with indent.
func Indent(s, indent string, width int) []string {
	w := lipgloss.Width(indent)
	lines := strings.Split(lipgloss.Wrap(s, max(width-w, 1), ""), "\n")
	for i, l := range lines {
		lines[i] = indent + l
	}
	return lines
}

// hanging wraps s at width with every line after the first starting with
// indent: a numbered source or a bullet keeps its text clear of the margin.
func hanging(s, indent string, width int) []string {
	w := lipgloss.Width(indent)
	if lipgloss.Width(s) <= width || width <= w+1 {
		return strings.Split(lipgloss.Wrap(s, max(width, 1), ""), "\n")
	}
	lines := strings.Split(lipgloss.Wrap(s, width-w, ""), "\n")
	for i := 1; i < len(lines); i++ {
		lines[i] = indent + lines[i]
	}
	return lines
}

// claimLines lays claims out side by side in pairs when the pane is wide
// enough, one under the other when it is not. Each claim names who makes
// it and its stance in words.
func claimLines(ds *model.Dataset, e *model.Event, width int, cat i18n.Catalog, st DetailStyles, cite func(string) string, hl func(string) string) []string {
	lang := cat.Lang()
	blocks := make([]string, len(e.Claims()))
	colW := width
	sideBySide := width >= 60 && len(e.Claims()) > 1
	if sideBySide {
		colW = (width - 3) / 2
	}
	for i, c := range e.Claims() {
		head := st.Label.Render(hl(ds.PersonName(c.By))) + " " + stanceLabel(c.Stance, cat, st)
		text, fb := c.Text.In(lang)
		body := hl(text) + FallbackMark(fb, cat) + cite(c.Source)
		blocks[i] = lipgloss.Wrap(head, colW, "") + "\n" + lipgloss.Wrap(body, colW, "")
	}
	var out []string
	if !sideBySide {
		for i, b := range blocks {
			if i > 0 {
				out = append(out, "")
			}
			out = append(out, strings.Split(b, "\n")...)
		}
		return out
	}
	for i := 0; i < len(blocks); i += 2 {
		if i > 0 {
			out = append(out, "")
		}
		left := lipgloss.NewStyle().Width(colW).Render(blocks[i])
		right := ""
		if i+1 < len(blocks) {
			right = lipgloss.NewStyle().Width(colW).Render(blocks[i+1])
		}
		sep := strings.TrimSuffix(strings.Repeat(" │ \n", max(lipgloss.Height(left), lipgloss.Height(right))), "\n")
		out = append(out, strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, left, sep, right), "\n")...)
	}
	return out
}

// stanceLabel writes a claim's stance in words, never by colour alone.
func stanceLabel(stance string, cat i18n.Catalog, st DetailStyles) string {
	switch stance {
	case "denies", "disputes":
		return st.Disputed.Render("(" + cat.Stance(stance) + ")")
	case "":
		return ""
	}
	return st.Dim.Render("(" + cat.Stance(stance) + ")")
}

// FallbackMark marks content shown in another language than the chosen one.
func FallbackMark(fb bool, cat i18n.Catalog) string {
	if fb {
		return cat.T("detail.fallback")
	}
	return ""
}

// DetailText is the detail pane's content as plain text, for
// "timeline show".
func DetailText(ds *model.Dataset, e *model.Event, width int, lang locale.Lang) string {
	return strings.Join(Detail(ds, e, width, i18n.For(lang), DetailStyles{}, DetailOptions{ShowTitle: true}), "\n")
}
