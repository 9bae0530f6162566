package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"timeline/model"
)

// detailLines renders everything an event has, wrapped at word boundaries
// to width: the title unless the pane's border already shows it whole, date as written, kind, status, summary, people with their role,
// claims side by side, quotes, numbered sources and related events.
func detailLines(ds *model.Dataset, e *model.Event, width int, showTitle bool, lang model.Lang, st styles) []string {
	if width <= 0 || e == nil {
		return nil
	}
	var out []string
	add := func(s string) { out = append(out, strings.Split(lipgloss.Wrap(s, width, ""), "\n")...) }
	blank := func() { out = append(out, "") }
	section := func(name string) { blank(); out = append(out, st.heading.Render(name)) }

	if title, fb := e.Title.In(lang); showTitle || fb {
		add(st.title.Render(title) + fallbackMark(fb))
	}
	meta := []string{model.EventDate(e, lang), KindGlyph(e.Kind) + " " + e.Kind.String(), e.Status.String()}
	if e.Disputed() && e.Status != model.Disputed {
		meta = append(meta, st.disputed.Render("! contested"))
	} else if e.Status == model.Disputed {
		meta[2] = st.disputed.Render("! disputed")
	}
	add(strings.Join(meta, " · "))
	if e.Approximate {
		add(st.dim.Render(fmt.Sprintf("approximate date; sorted at %s", model.FormatShortDate(e.Date, lang))))
	} else if e.Date.Precision == model.MonthPrecision {
		add(st.dim.Render("day not known; sorted at the start of the month"))
	}
	if s, fb := e.Summary.In(lang); s != "" {
		blank()
		add(s + fallbackMark(fb))
	}

	srcNum := map[string]int{}
	for i, id := range e.Sources {
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
		section("People")
		for _, p := range e.People {
			line := "• " + st.label.Render(ds.PersonName(p.ID))
			if r := p.Role.String(lang); r != "" {
				line += " — " + r
			}
			add(line)
		}
	}
	if len(e.Orgs) > 0 {
		names := make([]string, 0, len(e.Orgs))
		for _, id := range e.Orgs {
			if o := ds.Org(id); o != nil {
				names = append(names, o.Name)
			}
		}
		add(st.dim.Render("Organisations: ") + strings.Join(names, ", "))
	}
	if len(e.Claims) > 0 {
		section("Claims")
		out = append(out, claimLines(ds, e, width, lang, st, cite)...)
	}
	if len(e.Quotes) > 0 {
		section("Quotes")
		for i, q := range e.Quotes {
			if i > 0 {
				blank()
			}
			add(st.quote.Render("“" + q.Text + "”"))
			if q.Lang != lang {
				if tr := q.Translation.String(lang); tr != "" {
					add(st.dim.Render("translation: ") + "“" + tr + "”")
				}
			}
			add("  — " + ds.PersonName(q.Speaker) + cite(q.Source))
		}
	}
	if len(e.Sources) > 0 {
		section("Sources")
		for i, id := range e.Sources {
			s := ds.Source(id)
			if s == nil {
				continue
			}
			line := fmt.Sprintf("[%d] %s", i+1, st.label.Render(s.Outlet))
			if s.Title != "" {
				line += ", “" + s.Title + "”"
			}
			if !s.Published.IsZero() {
				line += ", " + model.FormatShortDate(s.Published, lang)
			}
			add(line)
			if s.URL != "" {
				add("    " + st.dim.Render(s.URL))
			}
			if s.Via != "" {
				add("    " + st.dim.Render("via "+s.Via))
			}
		}
	}
	if len(e.Related) > 0 {
		section("Related")
		for _, id := range e.Related {
			if r := ds.Event(id); r != nil {
				add("• " + model.FormatShortDate(r.Date, lang) + "  " + r.Title.String(lang))
			}
		}
	}
	if len(e.Tags) > 0 {
		blank()
		add(st.dim.Render("Tags: ") + strings.Join(e.Tags, ", "))
	}
	add(st.dim.Render("id: " + e.ID))
	return out
}

// claimLines lays claims out side by side in pairs when the pane is wide
// enough, one under the other when it is not. Each claim names who makes
// it and its stance in words.
func claimLines(ds *model.Dataset, e *model.Event, width int, lang model.Lang, st styles, cite func(string) string) []string {
	blocks := make([]string, len(e.Claims))
	colW := width
	sideBySide := width >= 60 && len(e.Claims) > 1
	if sideBySide {
		colW = (width - 3) / 2
	}
	for i, c := range e.Claims {
		head := st.label.Render(ds.PersonName(c.By)) + " " + stanceLabel(c.Stance, st)
		text, fb := c.Text.In(lang)
		body := text + fallbackMark(fb) + cite(c.Source)
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
func stanceLabel(stance string, st styles) string {
	switch stance {
	case "denies", "disputes":
		return st.disputed.Render("(" + stance + ")")
	case "":
		return ""
	}
	return st.dim.Render("(" + stance + ")")
}

// fallbackMark marks content shown in another language than the chosen one.
func fallbackMark(fb bool) string {
	if fb {
		return " [other language]"
	}
	return ""
}

// DetailText is the detail pane's content as plain text, for
// "timeline show".
func DetailText(ds *model.Dataset, e *model.Event, width int, lang model.Lang) string {
	return strings.Join(detailLines(ds, e, width, true, lang, styles{}), "\n")
}
