package ui

import (
	"strings"

	"timeline/model"
	"timeline/present"
	"timeline/search"
)

// highlighter returns a function that marks the search's matches in a
// piece of text, or nil when there is no search. Matches are found
// accent- and case-insensitively, so "equipe" marks "équipe".
func (e *explorer) highlighter() func(string) string {
	if e.search.highlighted() == "" {
		return nil
	}
	terms, style := e.search.terms, e.st.match
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

// markLines says how far the event is from the marked one, as exactly as
// their dates allow.
func (e *explorer) markLines(ev *model.Event) []string {
	if e.mark < 0 || e.mark >= len(e.ds.Events) {
		return nil
	}
	marked := &e.ds.Events[e.mark]
	if marked == ev {
		return []string{e.st.dim.Render("' " + e.cat.T("mark.this"))}
	}
	return []string{e.st.dim.Render("' " + present.FromMark(ev, marked, e.cat))}
}
