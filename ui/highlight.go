package ui

import (
	"strings"

	"timeline/model"
	"timeline/search"
)

// highlighter returns a function that marks the search's matches in a
// piece of text, or nil when there is no search. Matches are found
// accent- and case-insensitively, so "equipe" marks "équipe".
func (m *Model) highlighter() func(string) string {
	if !m.search.active() || len(m.search.terms) == 0 {
		return nil
	}
	terms, style := m.search.terms, m.st.match
	return func(s string) string {
		ranges := search.Highlights(s, terms)
		if len(ranges) == 0 {
			return s
		}
		var b strings.Builder
		last := 0
		for _, r := range ranges {
			if r[0] < last {
				continue
			}
			b.WriteString(s[last:r[0]])
			b.WriteString(style.Render(s[r[0]:r[1]]))
			last = r[1]
		}
		b.WriteString(s[last:])
		return b.String()
	}
}

// markLines says how far the event is from the marked one, in days.
func (m *Model) markLines(e *model.Event) []string {
	if m.mark < 0 || m.mark >= len(m.ds.Events) {
		return nil
	}
	marked := &m.ds.Events[m.mark]
	if marked == e {
		return []string{m.st.dim.Render("' " + m.cat.T("mark.this"))}
	}
	title := marked.Title.String(m.cat.Lang())
	d := int(e.Date.Days() - marked.Date.Days())
	var s string
	switch {
	case d > 0:
		s = m.cat.T("mark.after", d, title)
	case d < 0:
		s = m.cat.T("mark.before", -d, title)
	default:
		s = m.cat.T("mark.same", title)
	}
	return []string{m.st.dim.Render("' " + s)}
}
