// Command loadmem loads a dataset file as the explorer does and prints the
// time it took, the heap in use after a collection and the bytes of text
// the dataset holds, for BENCHMARKS.md. Run it under /usr/bin/time -v for
// the peak resident size:
//
//	go build -o /tmp/loadmem ./testdata/loadmem && /usr/bin/time -v /tmp/loadmem FILE [index]
//
// With "index" it then builds the search index and reports again.
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"

	"timeline/data"
	"timeline/model"
)

func main() {
	if len(os.Args) < 2 || len(os.Args) > 3 {
		fmt.Fprintln(os.Stderr, "usage: loadmem FILE [index]")
		os.Exit(2)
	}
	start := time.Now()
	ds, _, err := data.Load(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	took := time.Since(start)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	n := len(ds.Events)
	text := textBytes(ds)
	fmt.Printf("events %d  load %.3f s  heap in use %.1f MB  text %.1f MB  beyond text %.0f B/event\n",
		n, took.Seconds(), float64(ms.HeapInuse)/1e6, float64(text)/1e6, float64(int64(ms.HeapInuse)-text)/float64(n))
	if len(os.Args) < 3 {
		return
	}
	ix := model.NewSearchIndex(ds)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Printf("with the search index: heap in use %.1f MB  beyond text %.0f B/event\n",
		float64(ms.HeapInuse)/1e6, float64(int64(ms.HeapInuse)-text)/float64(n))
	runtime.KeepAlive(ix)
	runtime.KeepAlive(ds)
}

// textBytes counts the bytes of every distinct string of the dataset
// (a string shared by many events counts once).
func textBytes(ds *model.Dataset) int64 {
	seen := map[string]bool{}
	var n int64
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			n += int64(len(s))
		}
	}
	text := func(t model.Text) {
		t.Each(func(_, s string) { add(s) })
	}
	for i := range ds.Events {
		e := &ds.Events[i]
		add(e.ID)
		text(e.DateLabel)
		text(e.Title)
		text(e.Summary)
		for _, p := range e.People {
			add(p.ID)
			text(p.Role())
		}
		for _, c := range e.Claims {
			text(c.Text)
			add(c.By)
			add(c.Stance)
			add(c.Source)
		}
		for _, q := range e.Quotes {
			add(q.Speaker)
			add(q.Text)
			text(q.Translation)
			add(q.Source)
		}
		for _, l := range [][]string{e.Orgs, e.Sources, e.Related, e.Tags} {
			for _, s := range l {
				add(s)
			}
		}
	}
	for _, s := range ds.Sources {
		add(s.ID)
		add(s.Outlet)
		add(s.Title)
		add(s.URL)
		add(s.Via)
	}
	return n
}
