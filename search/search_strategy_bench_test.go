package search_test

import (
	"fmt"
	"testing"

	"timeline/data/synth"
	"timeline/search"
)

// BenchmarkScanStrategy compares the two ways of finding the events whose
// text contains a word: one strings.Index over the whole folded text,
// jumping past each matching event, against one strings.Contains per event.
func BenchmarkScanStrategy(b *testing.B) {
	ix := search.NewIndex(synth.Generate(100_000, 1), nil)
	for _, w := range []string{"m", "meta", "lefevre", "zzzq"} {
		if search.JumpCount(ix, w) != search.RowCount(ix, w) {
			b.Fatalf("%q: strategies disagree", w)
		}
		b.Run(fmt.Sprintf("jump/%s", w), func(b *testing.B) {
			for b.Loop() {
				search.JumpCount(ix, w)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(ix.Len()), "ns/event")
		})
		b.Run(fmt.Sprintf("rows/%s", w), func(b *testing.B) {
			for b.Loop() {
				search.RowCount(ix, w)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(ix.Len()), "ns/event")
		})
	}
}
