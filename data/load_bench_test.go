package data_test

import (
	"bytes"
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

// BenchmarkLoadOneBad is BenchmarkLoad on the same files with one bad
// field in their last event: an unknown kind (the load fails, every
// problem listed) or a key given twice (it loads, with a warning). The
// decoder reads them as it reads a valid file, once: compare with
// BenchmarkLoad in the same run (-bench 'Load(OneBad)?$').
func BenchmarkLoadOneBad(b *testing.B) {
	for _, bad := range []struct{ name, old, new string }{
		{"unknown-kind", `"kind":"`, `"kind":"firing","k":"`},
		{"key-twice", `,"date":`, `,"date":"2025-01-01","date":`},
	} {
		b.Run(bad.name, func(b *testing.B) {
			benchFiles(b, func(f []byte) []byte {
				i := bytes.LastIndex(f[:bytes.Index(f, []byte(`],"sources":[`))], []byte(`{"id":`))
				return append(f[:i:i], bytes.Replace(f[i:], []byte(bad.old), []byte(bad.new), 1)...)
			}, func(path string) error {
				_, _, err := data.Load(path)
				return err
			})
		})
	}
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

// benchFiles times load on synthetic files of 10k and 100k events, each
// changed by change.
func benchFiles(b *testing.B, change func([]byte) []byte, load func(path string) error) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			var buf bytes.Buffer
			if err := synth.Write(&buf, n, 1); err != nil {
				b.Fatal(err)
			}
			path := filepath.Join(b.TempDir(), "events.json")
			if err := os.WriteFile(path, change(buf.Bytes()), 0o644); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				load(path)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
		})
	}
}
