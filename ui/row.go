package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
	"timeline/present"
)

// rowShape is how the list lays a row out at its width: a selection and
// match column, the mark column, the date gutter, the kind's glyph (and
// its word where there is room), the disputed mark, then the title, which
// gets the rest. The selected row's title wraps onto up to
// maxSelectedLines lines, so that it reads whole at a glance.
type rowShape struct {
	width int // columns of a row
	lang  locale.Lang
	word  bool // the kind's word follows its glyph
}

// kindWordFrom is the row width from which the kind's word follows its
// glyph: below it the title keeps those nine columns.
const kindWordFrom = 72

// maxSelectedLines is the most lines the selected row takes.
const maxSelectedLines = 3

// kindWordWidth is the room the kind's word takes after its glyph.
const kindWordWidth = 9

// newRowShape returns the shape of rows width columns wide in lang.
func newRowShape(width int, lang locale.Lang) rowShape {
	return rowShape{width: width, lang: lang, word: width >= kindWordFrom}
}

// prefix returns the columns before the title.
func (s rowShape) prefix() int {
	n := 2 + present.GutterWidth + 1 + 1 + 1 + 1 + 1 // marks, gutter, glyph, disputed, spaces
	if s.word {
		n += kindWordWidth
	}
	return n
}

// titleWidth returns the columns of the title.
func (s rowShape) titleWidth() int { return max(s.width-s.prefix(), 1) }

// rowTitle returns an event's title on one line, after its time of day
// when it has one.
func rowTitle(e *model.Event, lang locale.Lang) string {
	title := oneLine(e.Title.String(lang))
	if c := present.Clock(e.Date, lang); c != "" {
		return c + " " + title
	}
	return title
}

// selectedLines returns how many lines the selected row takes for e.
func (s rowShape) selectedLines(e *model.Event) int {
	if s.width <= 0 {
		return 1
	}
	title := shown(rowTitle(e, s.lang), s.width)
	w := s.titleWidth()
	if cellWidth(title) <= w {
		return 1
	}
	return min(len(wrapWords(title, w)), maxSelectedLines)
}

// shown returns the start of a title, enough to fill the selected row's
// lines at width: a title of 64 KiB is wrapped no further than it shows.
func shown(s string, width int) string {
	limit := (maxSelectedLines + 1) * max(width, 1) * 4 // bytes: up to four a column
	if len(s) <= limit {
		return s
	}
	return strings.ToValidUTF8(s[:limit], "")
}

// wrapWords wraps plain text at spaces into lines of at most width
// columns, cutting a word longer than a line. It is lipgloss.Wrap for text
// without styles, without a parser from a pool: the list wraps the
// selected title on every key, and what a key allocates must not depend
// on when the pool was last emptied.
func wrapWords(s string, width int) []string {
	var lines []string
	line, lineW := "", 0
	for _, word := range strings.Fields(s) {
		ww := cellWidth(word)
		for ww > width { // a word longer than a line: cut it
			if lineW > 0 {
				lines = append(lines, line)
				line, lineW = "", 0
			}
			head := ansi.Truncate(word, width, "")
			lines = append(lines, head)
			word = word[len(head):]
			ww = cellWidth(word)
			if head == "" {
				break
			}
		}
		switch {
		case word == "":
		case lineW == 0:
			line, lineW = word, ww
		case lineW+1+ww <= width:
			line, lineW = line+" "+word, lineW+1+ww
		default:
			lines = append(lines, line)
			line, lineW = word, ww
		}
	}
	if lineW > 0 || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// rowFlags are what a row shows of its event's state.
type rowFlags struct {
	sel, focused, marked, hit, starred bool
}

// eventRow draws one event: the selection marker or, on a search's
// matches, "•" (a sign that survives NO_COLOR), the mark, the date gutter,
// the kind's glyph and word, the disputed mark and the title, after its
// time of day when it has one and "★" when the reporter starred it. The
// selected row shows its whole title, on several lines when it must; the
// lines are joined with newlines.
func eventRow(e *model.Event, f rowFlags, shape rowShape, hl func(string) string, cat i18n.Catalog, st *styles) string {
	lang := cat.Lang()
	sel, focused, marked, hit := f.sel, f.focused, f.marked, f.hit
	lead := " "
	switch {
	case sel:
		lead = "▶"
	case hit:
		lead = "•"
	}
	markCol := " "
	if marked {
		markCol = "'"
	}
	gutter := present.Gutter(e, lang)
	gutter += strings.Repeat(" ", max(present.GutterWidth-lipgloss.Width(gutter), 0))
	kind := present.KindGlyph(e.Kind)
	if shape.word {
		k := cat.KindShort(e.Kind)
		kind += " " + k + strings.Repeat(" ", max(kindWordWidth-1-lipgloss.Width(k), 0))
	}
	mark := " "
	if e.Disputed() {
		mark = "!"
	}
	title := shown(oneLine(e.Title.String(lang)), shape.width)
	if hl != nil {
		title = hl(title)
	}
	if f.starred {
		title = "★ " + title
	}
	clock := present.Clock(e.Date, lang)
	if !sel {
		if clock != "" {
			title = st.dim.Render(clock) + " " + title
		}
		if hit {
			lead = st.prompt.Render(lead)
		}
		row := lead + markCol + st.gutter.Render(gutter) + " " + st.kind.Render(kind) + " " + st.disputed.Render(mark) + " " + title
		return fit(row, shape.width)
	}
	if clock != "" {
		title = clock + " " + title
	}
	s := st.selected
	if !focused {
		s = st.selectedBlur
	}
	head := lead + markCol + gutter + " " + kind + " " + mark + " "
	var parts []string
	if hl != nil {
		parts = strings.Split(lipgloss.Wrap(title, shape.titleWidth(), ""), "\n") // styled matches
	} else {
		parts = wrapWords(title, shape.titleWidth())
	}
	if len(parts) > maxSelectedLines {
		parts = parts[:maxSelectedLines]
		last := parts[maxSelectedLines-1]
		parts[maxSelectedLines-1] = ansi.Truncate(last, max(shape.titleWidth()-1, 0), "") + "…"
	}
	var b strings.Builder
	indent := strings.Repeat(" ", lipgloss.Width(head))
	for i, p := range parts {
		if i > 0 {
			b.WriteByte('\n')
			b.WriteString(s.Render(fit(indent+p, shape.width)))
			continue
		}
		b.WriteString(s.Render(fit(head+p, shape.width)))
	}
	return b.String()
}

// oneLine flattens a title that carries newlines.
func oneLine(s string) string {
	if strings.ContainsAny(s, "\n") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

// monthRow draws a month's header, with the names of the eras it falls in
// after it, so that an era is named beside the events it spans.
func monthRow(e *model.Event, eras []model.Era, width int, lang locale.Lang, st *styles) string {
	head := st.month.Render(present.MonthHeader(e.Date, lang))
	var names []string
	for _, era := range eras {
		if era.Contains(e.Date) {
			names = append(names, era.Label.String(lang))
		}
	}
	if len(names) > 0 {
		head += st.dim.Render(" · " + strings.Join(names, ", "))
	}
	return fit(head, width)
}
