package ui

import (
	"strconv"
	"strings"

	"timeline/model"
	"timeline/present"
)

// legendForm is how much of each kind the legend writes: the most that
// fits the width is chosen before anything is cut.
type legendForm int

const (
	legendWords    legendForm = iota // "1←depart 10  2→hire 2"
	legendTight                      // "1←depart 10 2→hire 2"
	legendGlyphs                     // "1←10  2→2"
	legendTightest                   // "1←10 2→2"
)

// setKindShort looks the kinds' short labels up in the explorer's
// language.
func (e *explorer) setKindShort() {
	for k := range e.kindShort {
		e.kindShort[k] = e.cat.KindShort(model.Kind(k))
	}
}

// legendKinds returns the kinds the legend lists, in key order: those the
// dataset has (or that are hidden, so that they can be shown again), and
// "none" (key 0) last when some events have no kind.
func (e *explorer) legendKinds() []model.Kind {
	var out []model.Kind
	for _, k := range model.Kinds() {
		if e.kindsHeld&(1<<k) != 0 || e.filter.kindHidden(k) {
			out = append(out, k)
		}
	}
	if e.kindsHeld&(1<<model.NoKind) != 0 || e.filter.kindHidden(model.NoKind) {
		out = append(out, model.NoKind)
	}
	return out
}

// legend lists the kinds in width columns with their key, glyph, short
// label and count among the events the filter's query matches; a hidden
// kind shows × instead of its glyph. When the words do not fit, the
// legend drops them (the glyph says the kind, the help the key) before it
// is cut. Widths are counted before anything is written, and each kind's
// text is built in one buffer whatever the form, so that a frame costs
// the same allocations whichever form fits.
func (e *explorer) legend(width int) string {
	kinds := e.legendKinds()
	form := legendWords
	for form < legendTightest && legendWidth(kinds, form, e.filter.counts, &e.kindShort) > width {
		form++
	}
	var b strings.Builder
	b.Grow(width * 8) // once: colours take room beside the text
	var buf [24]byte
	for i, k := range kinds {
		if i > 0 {
			b.WriteString(legendSep(form))
		}
		glyph, wrap := present.KindGlyph(k), e.st.kindWrap
		if e.filter.kindHidden(k) {
			glyph, wrap = "×", e.st.offWrap
		}
		b.WriteString(legendKey(k))
		b.WriteString(glyph)
		b.WriteString(wrap[0])
		if form < legendGlyphs {
			b.WriteString(e.kindShort[k])
			b.WriteByte(' ')
		}
		b.Write(strconv.AppendInt(buf[:0], int64(kindCount(k, e.filter.counts)), 10))
		b.WriteString(wrap[1])
	}
	return b.String()
}

// legendKey returns the key that shows or hides kind k: 1–9, or 0 for
// events without a kind.
func legendKey(k model.Kind) string {
	const keys = "1234567890"
	if k == model.NoKind {
		return "0"
	}
	return keys[k : k+1]
}

// kindCount returns the count of kind k in counts.
func kindCount(k model.Kind, counts []int) int {
	if int(k) < len(counts) {
		return counts[k]
	}
	return 0
}

// legendSep returns the space between two kinds in form.
func legendSep(form legendForm) string {
	if form == legendWords || form == legendGlyphs {
		return "  "
	}
	return " "
}

// legendWidth returns the columns the legend takes in form, without
// writing it.
func legendWidth(kinds []model.Kind, form legendForm, counts []int, short *[model.NoKind + 1]string) int {
	w := 0
	for i, k := range kinds {
		if i > 0 {
			w += len(legendSep(form))
		}
		w += 2 + digits(kindCount(k, counts)) // key and glyph, one column each
		if form < legendGlyphs {
			w += cellWidth(short[k]) + 1
		}
	}
	return w
}

// digits returns the number of digits of n ≥ 0.
func digits(n int) int {
	d := 1
	for ; n >= 10; n /= 10 {
		d++
	}
	return d
}
