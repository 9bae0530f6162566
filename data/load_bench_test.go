package data_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"timeline/data"
	"timeline/data/synth"
	"timeline/model"
)

// BenchmarkLoad is data.Load on synthetic native files of 10k and 100k
// events (about 1,250 bytes an event), read from disk as the explorer
// does. ns/event is the load time per event; live-B/event the heap still
// in use afterwards, per event, text included (see testdata/loadmem for
// the text apart and the peak resident size). 1M events is a 1.25 GB file,
// which Load refuses (data.MaxFileBytes).
func BenchmarkLoad(b *testing.B) {
	benchLoad(b, func(path string) (*model.Dataset, error) {
		ds, _, err := data.Load(path)
		return ds, err
	})
}

func benchLoad(b *testing.B, load func(path string) (*model.Dataset, error)) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "events.json")
			f, err := os.Create(path)
			if err != nil {
				b.Fatal(err)
			}
			if err := synth.Write(f, n, 1); err != nil {
				b.Fatal(err)
			}
			f.Close()
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			b.ReportAllocs()
			b.ResetTimer()
			var live uint64
			for b.Loop() {
				ds, err := load(path)
				if err != nil || len(ds.Events) != n {
					b.Fatalf("load: %v", err)
				}
				b.StopTimer()
				runtime.GC()
				runtime.ReadMemStats(&after)
				live = after.HeapInuse - before.HeapInuse
				runtime.KeepAlive(ds)
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
			b.ReportMetric(float64(live)/float64(n), "live-B/event")
		})
	}
}
