package cache

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"timeline/data/synth"
	"timeline/search"
)

// BenchmarkHit measures what "timeline list lefevre" does on a hit at 10k
// and 100k synthetic events: find the entry, map and check it, and run the
// query. Run:
//
//	go test -run '^$' -bench Hit -benchmem ./cache/
func BenchmarkHit(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			ds := synth.Generate(n, 1)
			e := &Entry{Index: search.NewIndex(ds, nil), Lines: map[string]*Lines{
				"en": BuildLines(n, func(i int) string { return ds.Events[i].ID + "  " + ds.Events[i].Title.En }),
			}}
			dir := b.TempDir()
			p := filepath.Join(dir, "events.json")
			os.WriteFile(p, []byte(strings.Repeat(" ", 1<<20)), 0o644)
			old := time.Now().Add(-time.Minute)
			os.Chtimes(p, old, old)
			k, ok := KeyFor(p)
			c := &Cache{dir: filepath.Join(dir, "cache")}
			if !ok || c.Put(k, e) != nil {
				b.Fatal("cannot store the entry")
			}
			q, _ := search.ParseQuery("lefevre")
			fi, _ := os.Stat(filepath.Join(c.dir, k.fileName()))
			b.ReportMetric(float64(fi.Size())/float64(n), "entry-B/event")
			for b.Loop() {
				k, _ := KeyFor(p)
				e, ok := c.Get(k)
				if !ok {
					b.Fatal("miss")
				}
				if len(e.Index.Filter(q)) == 0 {
					b.Fatal("no match")
				}
			}
		})
	}
}
