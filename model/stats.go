package model

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
