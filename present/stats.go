package present

import (
	"fmt"
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
	for _, bk := range t.Buckets {
		line := padLeft(BucketName(t, bk, lang), labelW) + "  " + bar(bk.Total, maxTotal, barW) + " " + padLeft(strconv.Itoa(bk.Total), countW)
		if kinds := kindList(bk.Counts); kinds != "" && runeLen(line)+2+runeLen(kinds) <= width {
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
	fmt.Fprintf(&b, "%s: %s (%d)\n\n%s\n", busiest, label, count, byKind)
	kinds := model.Kinds()
	if int(model.NoKind) < len(t.KindTotals) && t.KindTotals[model.NoKind] > 0 {
		kinds = append(kinds, model.NoKind)
	}
	kindW, maxKind := 0, 0
	for _, k := range kinds {
		kindW = max(kindW, len(k.String()))
		maxKind = max(maxKind, t.KindTotals[k])
	}
	barW = max(1, min(24, width-kindW-countW-4))
	for _, k := range kinds {
		line := padRight(k.String(), kindW) + "  " + bar(t.KindTotals[k], maxKind, barW) + " " + padLeft(strconv.Itoa(t.KindTotals[k]), countW)
		b.WriteString(line + "\n")
	}
	return b.String()
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

// kindList names the non-zero counts: "departure 3 · report 2".
func kindList(counts []int) string {
	var parts []string
	for k, n := range counts {
		if n > 0 {
			parts = append(parts, model.Kind(k).String()+" "+strconv.Itoa(n))
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
