package model

import (
	"fmt"
	"strconv"
	"strings"
	"timeline/locale"
)

// StatsTable counts events per kind in consecutive buckets (weeks starting
// on Monday, or calendar months) from the first event's bucket to the last
// one's, empty buckets included so that bars line up with time. An event
// counts in the bucket of its earliest possible day.
type StatsTable struct {
	ByMonth    bool
	Buckets    []StatsBucket
	KindTotals []int // indexed by Kind
	Total      int
}

// StatsBucket is one week or month of a StatsTable.
type StatsBucket struct {
	// Label names the bucket whatever the language: the week's Monday as
	// YYYY-MM-DD, or the month as YYYY-MM.
	Label  string
	Start  int32 // first day, days since 1970-01-01
	Counts []int // indexed by Kind
	Total  int
}

// Stats counts the events of ds per kind per week, or per month when
// byMonth is set.
func Stats(ds *Dataset, byMonth bool) StatsTable {
	t := StatsTable{ByMonth: byMonth, KindTotals: make([]int, numKinds)}
	if len(ds.Events) == 0 {
		return t
	}
	lo, hi := ds.Events[0].Date.Days(), ds.Events[0].Date.Days()
	for i := range ds.Events {
		d := ds.Events[i].Date.Days()
		lo, hi = min(lo, d), max(hi, d)
	}
	for start := bucketStart(lo, byMonth); start <= hi; start = nextBucket(start, byMonth) {
		b := StatsBucket{Start: start, Counts: make([]int, numKinds)}
		if byMonth {
			b.Label = FromDays(start).String()[:7]
		} else {
			b.Label = FromDays(start).String()
		}
		t.Buckets = append(t.Buckets, b)
	}
	for i := range ds.Events {
		e := &ds.Events[i]
		b := &t.Buckets[t.bucketOf(e.Date.Days())]
		if int(e.Kind) < int(numKinds) {
			b.Counts[e.Kind]++
			t.KindTotals[e.Kind]++
		}
		b.Total++
		t.Total++
	}
	return t
}

// bucketOf returns the index of the bucket holding day, which must lie
// within the table.
func (t StatsTable) bucketOf(day int32) int {
	if !t.ByMonth {
		return int((WeekStart(day) - t.Buckets[0].Start) / 7)
	}
	first, d := FromDays(t.Buckets[0].Start), FromDays(day)
	return d.MonthKey() - first.MonthKey()
}

// Busiest returns the label and count of the bucket with the most events,
// the earliest when several tie; "" and 0 for an empty table.
func (t StatsTable) Busiest() (label string, count int) {
	for _, b := range t.Buckets {
		if b.Total > count {
			label, count = b.Label, b.Total
		}
	}
	return label, count
}

// JSON returns the table ready for encoding/json, counts keyed by kind name.
func (t StatsTable) JSON() any {
	byKind := func(counts []int) map[string]int {
		m := map[string]int{}
		for k, n := range counts {
			if n > 0 {
				m[Kind(k).String()] = n
			}
		}
		return m
	}
	unit := "week"
	if t.ByMonth {
		unit = "month"
	}
	buckets := make([]any, len(t.Buckets))
	for i, b := range t.Buckets {
		buckets[i] = map[string]any{"start": b.Label, "total": b.Total, "kinds": byKind(b.Counts)}
	}
	label, count := t.Busiest()
	return map[string]any{"unit": unit, "total": t.Total, "kinds": byKind(t.KindTotals), "buckets": buckets,
		"busiest": map[string]any{"start": label, "total": count}}
}

// WeekStart returns the Monday on or before day (days since 1970-01-01).
func WeekStart(day int32) int32 {
	// 1970-01-01 was a Thursday, weekday 3 counting from Monday.
	return day - ((day+3)%7+7)%7
}

func bucketStart(day int32, byMonth bool) int32 {
	if !byMonth {
		return WeekStart(day)
	}
	d := FromDays(day)
	return NewDate(int(d.Year), int(d.Month), 1).Days()
}

func nextBucket(start int32, byMonth bool) int32 {
	if !byMonth {
		return start + 7
	}
	d := FromDays(start)
	return start + int32(DaysIn(int(d.Year), int(d.Month)))
}

// BucketName writes a bucket's start for a reader: "25 Aug 2025" for a
// week (its Monday), "Aug 2025" for a month.
func (t StatsTable) BucketName(b StatsBucket, lang locale.Lang) string {
	d := FromDays(b.Start)
	if t.ByMonth {
		d = NewDate(int(d.Year), int(d.Month), 0)
	}
	return FormatShortDate(d, lang)
}

// RenderStatsText draws the table in width columns: a bar and a count per
// bucket with its kinds when they fit, the busiest bucket, then a bar per
// kind.
func RenderStatsText(t StatsTable, width int, lang locale.Lang) string {
	fr := lang == locale.French
	var b strings.Builder
	head, busiest, byKind, none := "Events per week (weeks start on Monday)", "Busiest week", "By kind", "No events."
	if t.ByMonth {
		head, busiest = "Events per month", "Busiest month"
	}
	if fr {
		head, busiest, byKind, none = "Événements par semaine (du lundi)", "Semaine la plus chargée", "Par type", "Aucun événement."
		if t.ByMonth {
			head, busiest = "Événements par mois", "Mois le plus chargé"
		}
	}
	if t.Total == 0 {
		return head + "\n" + none + "\n"
	}
	fmt.Fprintf(&b, "%s — %d\n", head, t.Total)
	labelW, maxTotal := 0, 0
	for _, bk := range t.Buckets {
		labelW = max(labelW, runeLen(t.BucketName(bk, lang)))
		maxTotal = max(maxTotal, bk.Total)
	}
	countW := len(strconv.Itoa(t.Total))
	barW := max(1, min(24, width-labelW-countW-4))
	for _, bk := range t.Buckets {
		line := padLeft(t.BucketName(bk, lang), labelW) + "  " + bar(bk.Total, maxTotal, barW) + " " + padLeft(strconv.Itoa(bk.Total), countW)
		if kinds := kindList(bk.Counts); kinds != "" && runeLen(line)+2+runeLen(kinds) <= width {
			line += "  " + kinds
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	label, count := t.Busiest()
	for _, bk := range t.Buckets {
		if bk.Label == label {
			label = t.BucketName(bk, lang)
			break
		}
	}
	fmt.Fprintf(&b, "%s: %s (%d)\n\n%s\n", busiest, label, count, byKind)
	kindW, maxKind := 0, 0
	for _, k := range Kinds() {
		kindW = max(kindW, len(k.String()))
		maxKind = max(maxKind, t.KindTotals[k])
	}
	barW = max(1, min(24, width-kindW-countW-4))
	for _, k := range Kinds() {
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
			parts = append(parts, Kind(k).String()+" "+strconv.Itoa(n))
		}
	}
	return strings.Join(parts, " · ")
}

func runeLen(s string) int { return len([]rune(s)) }

func padRight(s string, w int) string { return s + strings.Repeat(" ", max(0, w-runeLen(s))) }

func padLeft(s string, w int) string { return strings.Repeat(" ", max(0, w-runeLen(s))) + s }
