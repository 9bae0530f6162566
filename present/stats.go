package present

import (
	"fmt"

	"charm.land/lipgloss/v2"

	"strconv"
	"strings"
	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// BucketName writes a bucket's start for a reader: "25 Aug 2025" for a
// week (its Monday), "Aug 2025" for a month, the first year of a span of
// years.
func BucketName(t model.StatsTable, b model.StatsBucket, lang locale.Lang) string {
	if t.Years > 0 {
		d, _ := model.ParseDate(b.Label)
		return Year(d.Year, lang)
	}
	d := model.FromDays(b.Start)
	if t.ByMonth {
		d = model.NewDate64(d.Year, int(d.Month), 0)
	}
	return FormatShortDate(d, lang)
}

// RenderStatsText draws the table in width columns: a bar and a count per
// bucket with its kinds when they fit, the busiest bucket, then a bar per
// kind.
func RenderStatsText(t model.StatsTable, width int, lang locale.Lang) string {
	var b strings.Builder
	cat := i18n.For(lang)
	head, busiest, byKind, none := cat.T("stats.perweek"), cat.T("stats.busiestweek"), cat.T("stats.bykind"), cat.T("stats.none")
	if t.ByMonth {
		head, busiest = cat.T("stats.permonth"), cat.T("stats.busiestmonth")
	}
	if t.Years > 0 {
		head, busiest = cat.T("stats.peryears", groupDigits(t.Years, lang)), cat.T("stats.busiestyears")
	}
	if t.Total == 0 {
		return head + "\n" + none + "\n"
	}
	fmt.Fprintf(&b, "%s — %d\n", head, t.Total)
	labelW, maxTotal := 0, 0
	for _, bk := range t.Buckets {
		labelW = max(labelW, runeLen(BucketName(t, bk, lang)))
		maxTotal = max(maxTotal, bk.Total)
	}
	countW := len(strconv.Itoa(t.Total))
	barW := max(1, min(24, width-labelW-countW-4))
	approx := false
	for _, bk := range t.Buckets {
		approx = approx || bk.Approx > 0
		line := padLeft(BucketName(t, bk, lang), labelW) + "  " + splitBar(bk.Total-bk.Approx, bk.Approx, maxTotal, barW) + " " + padLeft(strconv.Itoa(bk.Total), countW)
		if kinds := kindList(bk.Counts, cat); kinds != "" && runeLen(line)+2+runeLen(kinds) <= width {
			line += "  " + kinds
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	label, count := t.Busiest()
	for _, bk := range t.Buckets {
		if bk.Label == label {
			label = BucketName(t, bk, lang)
			break
		}
	}
	b.WriteString(cat.T("stats.busiestline", busiest, label, count) + "\n")
	for _, note := range statsNotes(t, approx, cat) {
		b.WriteString(lipgloss.Wrap(note, max(width, 1), "") + "\n")
	}
	fmt.Fprintf(&b, "\n%s\n", byKind)
	kinds := model.Kinds()
	if int(model.NoKind) < len(t.KindTotals) && t.KindTotals[model.NoKind] > 0 {
		kinds = append(kinds, model.NoKind)
	}
	kindW, maxKind := 0, 0
	for _, k := range kinds {
		kindW = max(kindW, runeLen(cat.Kind(k)))
		maxKind = max(maxKind, t.KindTotals[k])
	}
	barW = max(1, min(24, width-kindW-countW-4))
	for _, k := range kinds {
		line := padRight(cat.Kind(k), kindW) + "  " + bar(t.KindTotals[k], maxKind, barW) + " " + padLeft(strconv.Itoa(t.KindTotals[k]), countW)
		b.WriteString(line + "\n")
	}
	return b.String()
}

// statsNotes says what the bars do not: that ▒ marks events whose date is
// approximate, and how many events, known only to their month or year,
// are in no bucket, by kind.
func statsNotes(t model.StatsTable, approx bool, cat i18n.Catalog) []string {
	var out []string
	if approx {
		out = append(out, cat.T("stats.approx"))
	}
	if t.UnplacedTotal > 0 {
		key := "stats.unplaced.week"
		if t.ByMonth {
			key = "stats.unplaced.month"
		}
		out = append(out, cat.T(key, t.UnplacedTotal, kindList(t.Unplaced, cat)))
	}
	return out
}

// splitBar is a bar of exact events in full blocks followed by approximate
// ones in shaded blocks, of max at most w wide, padded to w.
func splitBar(exact, approx, maxN, w int) string {
	full := bar(exact+approx, maxN, w)
	if approx == 0 {
		return full
	}
	n := strings.Count(full, "█")
	shade := max(min(n*approx/(exact+approx), n), 1)
	return strings.Repeat("█", n-shade) + strings.Repeat("▒", shade) + strings.Repeat(" ", w-n)
}

// bar is n of max as a bar of full blocks at most w wide, padded to w; any
// non-zero count gets at least one block.
func bar(n, maxN, w int) string {
	fill := 0
	if maxN > 0 {
		fill = n * w / maxN
	}
	if n > 0 && fill == 0 {
		fill = 1
	}
	return strings.Repeat("█", fill) + strings.Repeat(" ", w-fill)
}

// kindList names the non-zero counts in cat's language: "departure 3 ·
// report 2".
func kindList(counts []int, cat i18n.Catalog) string {
	var parts []string
	for k, n := range counts {
		if n > 0 {
			parts = append(parts, cat.Kind(model.Kind(k))+" "+strconv.Itoa(n))
		}
	}
	return strings.Join(parts, " · ")
}

func runeLen(s string) int { return len([]rune(s)) }

// groupDigits writes n with its thousands grouped: 10,000,000 in English,
// 10 000 000 (with no-break spaces) in French.
func groupDigits(n int64, lang locale.Lang) string {
	s := strconv.FormatInt(n, 10)
	sep := ","
	if lang == locale.French {
		sep = "\u00a0"
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

func padRight(s string, w int) string { return s + strings.Repeat(" ", max(0, w-runeLen(s))) }

func padLeft(s string, w int) string { return strings.Repeat(" ", max(0, w-runeLen(s))) + s }
