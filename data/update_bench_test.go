package data_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"timeline/data"
	"timeline/data/synth"
	"timeline/model"
)

// cpuTime returns the processor time this process has used, user and
// system: on a machine shared with other work, a benchmark's wall time
// counts the waits for a core, its processor time does not.
func cpuTime() time.Duration {
	var r syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r)
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}

// reportCPU reports the processor time per iteration since start, in
// milliseconds: with the parallel encoding it may exceed the wall time.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// syntheticFile writes the file `timeline generate --events n --seed 1`
// writes, in a new directory, and returns its path.
func syntheticFile(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "events.json")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := synth.Write(f, n, 1); err != nil {
		b.Fatal(err)
	}
	f.Close()
	return path
}

// BenchmarkUpdateAdd is `timeline add` on a synthetic file: UpdateDraft
// adding one event with a new source (lock, load, draft, apply, save
// with fsync), end to end; the file grows by an event per iteration.
// marked is the same on a file an update saved and marked, as `timeline
// add` finds a file it added to before. Its parts: load (data.Open), save
// (WriteNative through WriteAtomicFunc, fsync included), apply (one add
// in memory, draft included) and undo.
func BenchmarkUpdateAdd(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		path := syntheticFile(b, n)
		i := 0
		addOne := func(b *testing.B) {
			i++
			_, err := data.UpdateDraft(path, func(d *model.Draft) error {
				title := fmt.Sprintf("Acme cuts %d jobs", i)
				src, _, err := d.Source(model.Source{Outlet: "Wire", Title: title, URL: fmt.Sprintf("https://wire.example/%d", i)})
				if err != nil {
					return err
				}
				_, err = d.AddEvent(model.Event{Date: model.MustDate("2030-10-22"), Kind: model.Layoff,
					Status: model.Reported, Title: model.Plain(title)}.WithRefs(nil, []string{src}, nil))
				return err
			})
			if err != nil {
				b.Fatal(err)
			}
		}
		b.Run(fmt.Sprintf("events=%d/update", n), func(b *testing.B) {
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				addOne(b)
			}
		})
		// marked is update on a file the previous update saved and marked
		// (see data.MarkStore): trusted, it is not validated again, and
		// its save copies what the add left alone.
		b.Run(fmt.Sprintf("events=%d/marked", n), func(b *testing.B) {
			data.SetMarks(&memMarks{m: map[string][]byte{}})
			defer data.SetMarks(nil)
			addOne(b) // saves and marks the file
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				addOne(b)
			}
		})
		b.Run(fmt.Sprintf("events=%d/load", n), func(b *testing.B) {
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				if _, err := data.Open(path, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
		l, err := data.Open(path, nil)
		if err != nil {
			b.Fatal(err)
		}
		ds := l.Dataset
		b.Run(fmt.Sprintf("events=%d/save", n), func(b *testing.B) {
			out := filepath.Join(b.TempDir(), "out.json")
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				if err := data.WriteAtomicFunc(out, func(w io.Writer) error { return data.WriteNative(w, ds) }); err != nil {
					b.Fatal(err)
				}
			}
		})
		// apply is one add in memory, the explorer's edit; undo is its
		// inverse, a removal, which builds the lookup tables again.
		var inverse model.Edit
		add := func() model.Edit {
			d := model.NewDraft(ds)
			src, _, _ := d.Source(model.Source{Outlet: "Wire", URL: "https://wire.example/apply"})
			d.AddEvent(model.Event{Date: model.MustDate("2030-10-22"), Kind: model.Layoff, Status: model.Reported,
				Title: model.Plain("Acme cuts jobs")}.WithRefs(nil, []string{src}, nil))
			return d.Edit()
		}
		b.Run(fmt.Sprintf("events=%d/apply", n), func(b *testing.B) {
			for b.Loop() {
				a, err := add().Apply(ds)
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if _, err := a.Inverse.Apply(ds); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
		})
		b.Run(fmt.Sprintf("events=%d/undo", n), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				a, err := add().Apply(ds)
				if err != nil {
					b.Fatal(err)
				}
				inverse = a.Inverse
				b.StartTimer()
				if _, err := inverse.Apply(ds); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
