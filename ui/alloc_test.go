package ui

import (
	"flag"
	"slices"
	"testing"

	"timeline/model"
)

// flatLarge is the large size the flatness tests compare with 10k events:
// a million, made of copies of 100k generated events (synthCache.replicated),
// since generating a million takes about 15 s and 2 GB, too much for a
// plain "go test ./...". BenchmarkNavigate covers a generated million.
const flatLarge = 1_000_000

// TestNavigationAllocsFlat gates on allocations per navigation key (Update
// and View at 120×40) being the same at 10k and at 1M events: any work
// proportional to the dataset on the per-key path shows up here. Since
// what a frame allocates depends on the text it draws, the 10k dataset is
// cut from the 1M one (its first and last events and the 9,998 around
// the middle) so that both frames show the same rows, detail and date
// range, and only the size differs.
func TestNavigationAllocsFlat(t *testing.T) {
	if raceDetector {
		t.Skip("allocation counts are not exact under the race detector")
	}
	large := synthetic.replicated(flatLarge)
	cut := []int32{0}
	for i := range 9_998 {
		cut = append(cut, int32(flatLarge/2-4_999+i))
	}
	cut = append(cut, flatLarge-1)
	allocs := func(ds *model.Dataset) float64 {
		m := sized(t, ds, 120, 40)
		// The same event, scrolled to from the top in both, so that both
		// frames show the same rows at the same places: what a row costs
		// depends on its title (one cut to fit costs a few more).
		target := m.ex.list.positionOf(flatLarge / 2)
		if len(ds.Events) < flatLarge {
			target = 5_000
		}
		m.ex.list.selectEvent(target)
		m.ex.settle()
		return testing.AllocsPerRun(200, func() {
			m, _ = navigate(m, keysJK, 2)
		})
	}
	small := allocs(large.Subset(cut))
	large1 := allocs(large)
	t.Logf("allocations per j+k: %.0f at 10k, %.0f at %d", small, large1, flatLarge)
	if small != large1 {
		t.Errorf("allocations per j+k: %.0f at 10k but %.0f at %d events: the key path grows with the dataset", small, large1, flatLarge)
	}
	if small/2 > 1000 {
		t.Errorf("%.0f allocations per key, want at most 1,000", small/2)
	}
}

// TestNavigationTimeFlat gates on the time of a navigation key at 1M
// events staying under 1.5 times that at 10k. Each side is the median of
// five testing.Benchmark runs, interleaved so that a burst of load from
// other processes hits both. It is skipped under -short and with coverage,
// which distorts timings.
func TestNavigationTimeFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test skipped under -short")
	}
	if testing.CoverMode() != "" {
		t.Skip("timing test skipped under coverage")
	}
	// 200 ms a run instead of the default second keeps the test near 3 s.
	if bt := flag.Lookup("test.benchtime"); bt != nil {
		old := bt.Value.String()
		if err := bt.Value.Set("200ms"); err == nil {
			defer bt.Value.Set(old)
		}
	}
	run := func(ds *model.Dataset) float64 {
		r := testing.Benchmark(func(b *testing.B) { benchKeys(b, ds, 120, 40, keysJK) })
		return float64(r.T.Nanoseconds()) / float64(r.N)
	}
	smallDS, largeDS := synthetic.get(10_000), synthetic.replicated(flatLarge) // made outside the timings
	var small, large []float64
	for range 5 {
		small = append(small, run(smallDS))
		large = append(large, run(largeDS))
	}
	ms, ml := median(small), median(large)
	t.Logf("ns per key, median of 5: %.0f at 10k, %.0f at %d (ratio %.2f)", ms, ml, flatLarge, ml/ms)
	if ml/ms >= 1.5 {
		t.Errorf("a key at %d events takes %.2f× as long as at 10k (%.0f vs %.0f ns), want < 1.5×", flatLarge, ml/ms, ml, ms)
	}
}

// median returns the median of xs.
func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
