package data_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"testing"
	"time"

	"timeline/data"
	"timeline/data/synth"
	"timeline/search"
)

// Search benchmarks at 10k and 100k synthetic events, and 1M when
// TIMELINE_BENCH_1M=1 (generating a million events takes a while). Run:
//
//	go test -run '^$' -bench 'Search|Filter|Incremental' -benchmem -benchtime=3x ./data/
//
// ns/event is the time of one operation divided by the number of events;
// ns/key is the time of one keystroke of incremental search.

// benchSizes returns the dataset sizes to run.
func benchSizes(b *testing.B) []int {
	sizes := []int{10_000, 100_000}
	if testing.Short() {
		sizes = sizes[:1]
	}
	if os.Getenv("TIMELINE_BENCH_1M") == "1" {
		sizes = append(sizes, 1_000_000)
	}
	return sizes
}

// benchData caches generated datasets and their indexes across benchmarks
// of one run, and benchText the text their loader packed.
var (
	benchData = map[int]*search.Index{}
	benchText = map[int]*search.Packed{}
)

// benchIndex returns the search index of n synthetic events (seed 1),
// loaded from a file as the explorer loads them: the titles, summaries and
// headlines packed by the loader and shared with the index.
func benchIndex(b testing.TB, n int) *search.Index {
	b.Helper()
	if ix, ok := benchData[n]; ok {
		return ix
	}
	f, err := os.CreateTemp("", "timeline-bench-*.json")
	if err != nil {
		b.Fatal(err)
	}
	defer os.Remove(f.Name())
	if err := synth.Write(f, n, 1); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	l, err := data.Open(f.Name(), nil)
	if err != nil {
		b.Fatal(err)
	}
	ix := search.NewIndex(l.Dataset, l.Text)
	if !ix.SharesText() {
		b.Fatal("the index copied the text the loader packed")
	}
	benchData[n], benchText[n] = ix, l.Text
	return ix
}

func perEvent(b *testing.B, n int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
}

// BenchmarkSearchIndexBuild measures building the index and reports its
// heap size per event: B/event for the whole index, text-B/event for the
// folded text in it, and struct-B/event for the rest (offsets, kinds,
// statuses, days, references).
func BenchmarkSearchIndexBuild(b *testing.B) {
	for _, n := range benchSizes(b) {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			ds := benchIndex(b, n).Dataset()
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			ix := search.NewIndex(ds, benchText[n])
			runtime.GC()
			runtime.ReadMemStats(&after)
			total := float64(after.HeapAlloc-before.HeapAlloc) / float64(n)
			text := float64(ix.TextBytes()) / float64(n)
			runtime.KeepAlive(ix)
			for b.Loop() {
				ix = search.NewIndex(ds, benchText[n])
			}
			perEvent(b, n)
			b.ReportMetric(total, "B/event")
			b.ReportMetric(text, "text-B/event")
			b.ReportMetric(total-text, "struct-B/event")
		})
	}
}

var benchQueries = []string{
	"meta",
	"lefevre",
	`"what we know"`,
	"kind:vendor person:zhang",
	"reorganisation !kind:departure",
	"status:disputed from:2030-01 to:2030-03",
	"zzzq",
	"été", // only vowels: every anchor is common, and many rows have runes that fold to it
}

// BenchmarkFilter measures one search with an index.
func BenchmarkFilter(b *testing.B) {
	for _, n := range benchSizes(b) {
		ix := benchIndex(b, n)
		for _, s := range benchQueries {
			q, err := search.ParseQuery(s)
			if err != nil {
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("n=%d/%s", n, s), func(b *testing.B) {
				for b.Loop() {
					ix.Filter(q)
				}
				perEvent(b, n)
			})
		}
	}
}

// BenchmarkFilterNoIndex measures Query.Filter, the one-shot path of
// "timeline list QUERY", which folds every event as it goes.
func BenchmarkFilterNoIndex(b *testing.B) {
	for _, n := range benchSizes(b) {
		ds := benchIndex(b, n).Dataset()
		q, _ := search.ParseQuery("meta")
		b.Run(fmt.Sprintf("n=%d/meta", n), func(b *testing.B) {
			for b.Loop() {
				q.Filter(ds)
			}
			perEvent(b, n)
		})
	}
}

// BenchmarkIncremental types words one key at a time, as the interface
// does: "full" searches the whole index at each key, "refined" answers
// each key from the earlier keys' results (Index.SearchCtx), and
// "prepared" also prepares each result before the next key, as the
// explorer does while the user reads it (Index.Prepare, not timed); ns/key
// is the mean keystroke, and ns/later-key that of the keys after the
// third, which the first three's results leave few events to search.
func BenchmarkIncremental(b *testing.B) {
	for _, n := range benchSizes(b) {
		ix := benchIndex(b, n)
		for _, word := range []string{"meta", "lefevre"} {
			var qs []search.Query
			for i := 1; i <= len(word); i++ {
				q, _ := search.ParseQuery(word[:i])
				qs = append(qs, q)
			}
			for _, mode := range []string{"full", "refined", "prepared"} {
				b.Run(fmt.Sprintf("n=%d/%s/%s", n, word, mode), func(b *testing.B) {
					var later time.Duration // the keys after the third
					for b.Loop() {
						var earlier []*search.Result
						for k, q := range qs {
							var m []int32
							var err error
							start := time.Now()
							if mode == "full" {
								m, err = ix.FilterCtx(context.Background(), q)
							} else {
								m, err = ix.SearchCtx(context.Background(), q, earlier...)
							}
							if k >= 3 {
								later += time.Since(start)
							}
							if err != nil {
								b.Fatal(err)
							}
							r := &search.Result{Query: q, Matches: m}
							if mode == "prepared" {
								b.StopTimer()
								ix.Prepare(r, earlier...)
								b.StartTimer()
							}
							earlier = append(earlier, r)
						}
					}
					keys := float64(b.N * len(qs))
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/keys, "ns/key")
					b.ReportMetric(float64(later.Nanoseconds())/float64(b.N*(len(qs)-3)), "ns/later-key")
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/keys/float64(n), "ns/event")
				})
			}
		}
	}
}

// BenchmarkIndexUpdate measures the search index brought up to date after
// an edit of one event (its title changed), as the explorer does after
// each edit, against building it anew.
func BenchmarkIndexUpdate(b *testing.B) {
	for _, n := range benchSizes(b) {
		ix := benchIndex(b, n)
		ds := ix.Dataset()
		oldOf := make([]int32, len(ds.Events))
		for i := range oldOf {
			oldOf[i] = int32(i)
		}
		oldOf[len(oldOf)/2] = -1 // the event edited
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				ix.Update(ds, oldOf)
			}
		})
	}
}
