package model

// StatsTable counts events per kind in consecutive buckets (weeks starting
// on Monday, or calendar months) from the first event's bucket to the last
// one's, empty buckets included so that bars line up with time. An event
// counts in the bucket of its earliest possible day, when its date is
// precise enough to tell the bucket: an event known only to its month is in
// no week, and one known only to its year in no month (Unplaced counts
// them), so that a month is never counted as its first week. An event whose
// date is approximate counts where it is dated, and its bucket says how
// many such it holds (Approx). When weeks or months
// would make more than maxStatsBuckets buckets (a timeline of centuries, or
// of the universe), the buckets are spans of Years years instead, a power
// of ten, so that the table stays readable and its size bounded.
type StatsTable struct {
	ByMonth    bool
	Years      int64 // when not 0, each bucket spans this many years
	Buckets    []StatsBucket
	KindTotals []int // indexed by Kind, NoKind included
	Total      int
	// Unplaced counts, per kind, the events whose date is too coarse for
	// a bucket (a month in a table of weeks); they are in Total and
	// KindTotals but in no bucket.
	Unplaced      []int
	UnplacedTotal int
	firstYear     int64 // the first year of the first bucket of years
}

// maxStatsBuckets bounds the number of buckets of a StatsTable.
const maxStatsBuckets = 10_000

// StatsBucket is one week or month of a StatsTable.
type StatsBucket struct {
	// Label names the bucket whatever the language: the week's Monday as
	// YYYY-MM-DD, the month as YYYY-MM, a span of years by its first year.
	Label  string
	Start  int32 // first day, on the scale of Date.Days
	Counts []int // indexed by Kind
	Total  int
	Approx int // events among Total whose date is approximate
}

// Stats counts the events of ds per kind per week, or per month when
// byMonth is set.
func Stats(ds *Dataset, byMonth bool) StatsTable {
	t := StatsTable{ByMonth: byMonth, KindTotals: make([]int, numKinds+1), Unplaced: make([]int, numKinds+1)}
	if len(ds.Events) == 0 {
		return t
	}
	lo, hi := ds.Events[0].Date, ds.Events[0].Date
	for i := range ds.Events {
		d := ds.Events[i].Date
		if d.Compare(lo) < 0 {
			lo = d
		}
		if d.Compare(hi) > 0 {
			hi = d
		}
	}
	t.Years = spanYears(lo, hi, byMonth)
	if t.Years == 0 {
		for start := bucketStart(lo.Days(), byMonth); start <= hi.Days(); start = nextBucket(start, byMonth) {
			b := StatsBucket{Start: start, Counts: make([]int, numKinds+1)}
			if byMonth {
				b.Label = FromDays(start).String()[:7]
			} else {
				b.Label = FromDays(start).String()
			}
			t.Buckets = append(t.Buckets, b)
		}
	} else {
		t.firstYear = floorTo(lo.Year, t.Years)
		for y := t.firstYear; y <= hi.Year; y += t.Years {
			start := NewDate64(y, 0, 0)
			t.Buckets = append(t.Buckets, StatsBucket{Start: start.Days(), Label: start.String(), Counts: make([]int, numKinds+1)})
		}
	}
	need := DayPrecision // what a week needs to know
	switch {
	case t.Years > 0:
		need = YearPrecision
	case byMonth:
		need = MonthPrecision
	}
	for i := range ds.Events {
		e := &ds.Events[i]
		t.Total++
		if e.Kind <= NoKind {
			t.KindTotals[e.Kind]++
		}
		if e.Date.Precision < need {
			t.UnplacedTotal++
			if e.Kind <= NoKind {
				t.Unplaced[e.Kind]++
			}
			continue
		}
		b := &t.Buckets[t.bucketOf(e.Date)]
		if e.Kind <= NoKind {
			b.Counts[e.Kind]++
		}
		b.Total++
		if e.Approximate {
			b.Approx++
		}
	}
	return t
}

// spanYears returns 0 when weeks (or months) from lo to hi make at most
// maxStatsBuckets buckets on the exact day scale, else the smallest power of
// ten of years that does.
func spanYears(lo, hi Date, byMonth bool) int64 {
	years := hi.Year - lo.Year + 1
	perYear := int64(53)
	if byMonth {
		perYear = 12
	}
	exact := lo.Year >= -exactYears && hi.Year <= exactYears
	if exact && years <= maxStatsBuckets/perYear {
		return 0
	}
	n := int64(1)
	for years/n+1 > maxStatsBuckets {
		n *= 10
	}
	return n
}

// floorTo rounds y down to a multiple of n.
func floorTo(y, n int64) int64 {
	if r := y % n; r != 0 {
		if y < 0 {
			return y - r - n
		}
		return y - r
	}
	return y
}

// bucketOf returns the index of the bucket holding d, which must lie
// within the table.
func (t StatsTable) bucketOf(d Date) int {
	if t.Years > 0 {
		return int((floorTo(d.Year, t.Years) - t.firstYear) / t.Years)
	}
	day := d.Days()
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
	if t.Years > 0 {
		unit = "years"
	}
	buckets := make([]any, len(t.Buckets))
	for i, b := range t.Buckets {
		bucket := map[string]any{"start": b.Label, "total": b.Total, "kinds": byKind(b.Counts)}
		if b.Approx > 0 {
			bucket["approximate"] = b.Approx
		}
		buckets[i] = bucket
	}
	label, count := t.Busiest()
	out := map[string]any{"unit": unit, "total": t.Total, "kinds": byKind(t.KindTotals), "buckets": buckets,
		"busiest": map[string]any{"start": label, "total": count}}
	if t.Years > 0 {
		out["years"] = t.Years
	}
	if t.UnplacedTotal > 0 {
		// Events whose date is too coarse for a bucket: in the totals, in
		// no bucket.
		out["unplaced"] = map[string]any{"total": t.UnplacedTotal, "kinds": byKind(t.Unplaced)}
	}
	return out
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
	return NewDate64(d.Year, int(d.Month), 1).Days()
}

func nextBucket(start int32, byMonth bool) int32 {
	if !byMonth {
		return start + 7
	}
	d := FromDays(start)
	return start + int32(DaysIn64(d.Year, int(d.Month)))
}
