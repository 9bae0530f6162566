package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"timeline/model"
	"timeline/present"
)

// How the form is drawn: a label column and the input on each line, the
// problem of a field on the line below it, a heading before each source,
// claim and quote, in a box of the whole body that scrolls to keep the
// focused field in view.

// labelWidth is the width of the label column, narrower in a narrow
// window.
func (f *eventForm) labelWidth() int {
	return min(16, max(f.width/4, 6))
}

// sizeInputs gives every input the width left beside the labels.
func (f *eventForm) sizeInputs() {
	w := max(f.width-2-f.labelWidth()-3, 1) // the cursor takes a column after the text
	for i := range f.fields {
		f.fields[i].input.SetWidth(w)
	}
}

// formLine is one line of the form, and the field it belongs to (-1 for a
// heading).
type formLine struct {
	field int
	text  string
}

// lines draws every line of the form.
func (f *eventForm) lines() []formLine {
	inner := max(f.width-2, 1)
	lw := f.labelWidth()
	var out []formLine
	if f.notice != "" {
		out = append(out, formLine{-1, f.st.warning.Render(f.notice)})
	}
	prev := mainGroup
	prevEntry := -1
	for i := range f.fields {
		ff := &f.fields[i]
		if ff.group != mainGroup && (ff.group != prev || ff.entry != prevEntry) {
			out = append(out, formLine{-1, f.st.heading.Render(f.heading(ff.group, ff.entry))})
		}
		prev, prevEntry = ff.group, ff.entry
		label := f.cat.T("form." + fieldNames[ff.id])
		label = fit(ansi.Truncate(label, lw, "…"), lw)
		style := f.st.label
		marker := "  "
		if i == f.focus {
			marker = f.st.prompt.Render("▸ ")
		}
		out = append(out, formLine{i, marker + style.Render(label) + f.fieldView(ff, i == f.focus)})
		if ff.err != "" {
			for _, l := range strings.Split(lipgloss.Wrap("↳ "+ff.err, max(inner-lw-2, 10), ""), "\n") {
				out = append(out, formLine{i, strings.Repeat(" ", lw+2) + f.st.warning.Render(l)})
			}
		} else if hint := f.hint(ff); hint != "" && i == f.focus {
			out = append(out, formLine{i, strings.Repeat(" ", lw+2) + f.st.dim.Render(ansi.Truncate(hint, max(inner-lw-2, 1), "…"))})
		}
	}
	if len(f.claims) == 0 || len(f.quotes) == 0 {
		out = append(out, formLine{-1, f.st.dim.Render(f.cat.T("form.more"))})
	}
	return out
}

// fieldView draws a field's value: a toggle as [x], a choice between
// arrows, an input as itself.
func (f *eventForm) fieldView(ff *formField, focused bool) string {
	switch {
	case ff.toggle:
		if ff.on() {
			return "[x]"
		}
		return "[ ]"
	case ff.choices != nil:
		// The file's word, in the interface's language.
		v := ff.value()
		switch ff.id {
		case fKind:
			if k, ok := model.ParseKind(v); ok {
				v = present.KindGlyph(k) + " " + f.cat.Kind(k)
			}
		case fStatus:
			if st, ok := model.ParseStatus(v); ok {
				v = f.cat.Status(st)
			}
		case fClaimStance:
			v = f.cat.Stance(v)
		}
		if focused {
			return "◂ " + v + " ▸"
		}
		return "  " + v
	}
	return ff.input.View()
}

// hint says, under the focused field, how the form reads it: the date's
// precision and day, where names come from.
func (f *eventForm) hint(ff *formField) string {
	switch ff.id {
	case fDate, fEnd, fPublished:
		d, err := model.ParseDate(ff.value())
		if err != nil || d.IsZero() {
			return f.cat.T("form.hint.date")
		}
		return f.cat.T("form.hint.precision."+precisionName(d)) + " · " + present.FormatDate(d, f.cat.Lang())
	case fPeople, fOrgs, fClaimBy, fQuoteSpeaker:
		return f.cat.T("form.hint.names")
	case fTags:
		return f.cat.T("form.hint.tags")
	case fClaimSource, fQuoteSource:
		return f.cat.T("form.hint.source")
	case fSummaryEn, fSummaryFr:
		if f.base != nil && strings.Contains(f.base.Summary.En+f.base.Summary.Fr, "\n") {
			return f.cat.T("form.hint.paragraphs")
		}
	}
	return ""
}

// precisionName names how precise a date is, for the hint.
func precisionName(d model.Date) string {
	switch {
	case d.HasTime():
		return "time"
	case d.HasDay():
		return "day"
	case d.Precision == model.MonthPrecision:
		return "month"
	}
	return "year"
}

// heading names a source, a claim or a quote of the form.
func (f *eventForm) heading(g group, entry int) string {
	key := "form.heading.source"
	switch g {
	case claimGroup:
		key = "form.heading.claim"
	case quoteGroup:
		key = "form.heading.quote"
	}
	return f.cat.T(key, entry+1)
}

// View implements the component: the form's lines on screen in a box of
// the whole body, titled with what it does.
func (f eventForm) View() string {
	all := f.lines()
	room := max(f.height-2, 0)
	off := min(f.offset, max(len(all)-room, 0))
	var rows []string
	for i := off; i < len(all) && len(rows) < room; i++ {
		rows = append(rows, all[i].text)
	}
	title := f.cat.T("form.title.add")
	if f.base != nil {
		title = f.cat.T("form.title.edit", oneLine(f.base.Title.String(f.cat.Lang())))
	}
	return box(title, rows, f.width, f.height, true, f.st)
}

// scrollToFocus moves the view so that the focused field, its problem
// and the heading above it are on screen.
func (f *eventForm) scrollToFocus() {
	all := f.lines()
	room := max(f.height-2, 1)
	first, last := -1, -1
	for i, l := range all {
		if l.field == f.focus {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return
	}
	if first > 0 && all[first-1].field < 0 {
		first-- // the heading of its source, claim or quote
	}
	if f.focus == 0 {
		first = 0
	}
	if last >= f.offset+room {
		f.offset = last - room + 1
	}
	if first < f.offset {
		f.offset = first
	}
	f.offset = max(f.offset, 0)
}

// setSuggestions offers, for the field being typed, the names of the
// dataset's people or organisations that start as the last name typed
// does (a list's earlier names are kept before it), and the kinds.
func (f *eventForm) setSuggestions() {
	if len(f.fields) == 0 {
		return
	}
	ff := &f.fields[f.focus]
	var names func(yield func(string) bool)
	switch ff.id {
	case fPeople, fClaimBy, fQuoteSpeaker:
		names = func(yield func(string) bool) {
			for i := range f.ds.People {
				if !yield(f.ds.People[i].Name) {
					return
				}
			}
		}
	case fOrgs:
		names = func(yield func(string) bool) {
			for i := range f.ds.Orgs {
				if !yield(f.ds.Orgs[i].Name) {
					return
				}
			}
		}
	default:
		ff.input.ShowSuggestions = false
		return
	}
	v := ff.input.Value()
	head, frag := "", v
	if ff.id == fPeople || ff.id == fOrgs {
		if i := strings.LastIndexByte(v, ','); i >= 0 {
			head, frag = v[:i+1]+" ", strings.TrimLeft(v[i+1:], " ")
		}
	}
	lower := strings.ToLower(frag)
	var out []string
	if lower != "" {
		for name := range names {
			if strings.HasPrefix(strings.ToLower(name), lower) {
				out = append(out, head+name)
				if len(out) == maxSuggestions {
					break
				}
			}
		}
	}
	ff.input.ShowSuggestions = len(out) > 0
	ff.input.SetSuggestions(out)
}

// maxSuggestions bounds the names offered at once.
const maxSuggestions = 20
