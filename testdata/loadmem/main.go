// Command loadmem loads a dataset file as the explorer does and prints the
// time it took, the peak resident size while loading, the heap in use
// after a collection and the bytes of text the dataset holds, for
// BENCHMARKS.md. The peak is read as soon as the load returns; run it
// under /usr/bin/time -v to check it against the whole process's, which
// its own accounting should barely raise (with "index", the search index
// does):
//
//	go build -o /tmp/loadmem ./testdata/loadmem && /usr/bin/time -v /tmp/loadmem FILE [index]
//
// With "index" it then builds the search index and reports again. With
// HEAPPROF=FILE in the environment it writes a heap profile there once the
// load is done, for go tool pprof, and with "index" another to FILE.index
// once the index is built.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"time"

	"timeline/data"
	"timeline/search"
)

func main() {
	if len(os.Args) < 2 || len(os.Args) > 3 {
		fmt.Fprintln(os.Stderr, "usage: loadmem FILE [index]")
		os.Exit(2)
	}
	start, cpu0 := time.Now(), cpuTime()
	l, err := data.Open(os.Args[1], nil)
	ds := l.Dataset
	took, cpu := time.Since(start), cpuTime()-cpu0
	peak := peakRSS()
	if err != nil {
		// A file with problems costs what a valid one does: say so too.
		var le *data.LoadError
		if errors.As(err, &le) {
			fmt.Printf("refused with %d problems  load %.3f s (cpu %.3f s)  peak %s\n", len(le.Issues), took.Seconds(), cpu.Seconds(), peak)
		}
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if p := os.Getenv("HEAPPROF"); p != "" {
		runtime.GC()
		f, _ := os.Create(p)
		pprof.WriteHeapProfile(f)
		f.Close()
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	n := len(ds.Events)
	debug.FreeOSMemory() // what the load freed stops being resident, for textBytes
	text := textBytes(ds)
	fmt.Printf("events %d  load %.3f s (cpu %.3f s)  peak %s  heap in use %.1f MB  text %.1f MB  beyond text %.0f B/event  warnings %d\n",
		n, took.Seconds(), cpu.Seconds(), peak, float64(ms.HeapInuse)/1e6, float64(text)/1e6, float64(int64(ms.HeapInuse)-text)/float64(n), len(l.Warnings))
	if len(os.Args) < 3 {
		return
	}
	ix := search.NewIndex(ds, l.Text)
	runtime.GC()
	if p := os.Getenv("HEAPPROF"); p != "" {
		f, _ := os.Create(p + ".index")
		pprof.WriteHeapProfile(f)
		f.Close()
	}
	before := ms.HeapInuse
	runtime.ReadMemStats(&ms)
	copied := int64(ix.TextBytes())
	fmt.Printf("with the search index: heap in use %.1f MB  index %.1f MB, of which copied text %.1f MB (events' text shared: %v)  beyond text %.0f B/event\n",
		float64(ms.HeapInuse)/1e6, float64(ms.HeapInuse-before)/1e6, float64(copied)/1e6, ix.SharesText(),
		float64(int64(ms.HeapInuse)-text-copied)/float64(n))
	runtime.KeepAlive(ix)
	runtime.KeepAlive(ds)
}
