package ui

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"timeline/model"
)

// editBenchModel returns the explorer at 120×40 on a synthetic dataset of
// n events of its own (edits change it), with its search index built and
// a filter on, as a reporter at work has them, and the notebook ready to
// save (saves are not run: they are commands, off the Update path).
func editBenchModel(b *testing.B, n int) Model {
	b.Helper()
	m := editingModel(n)
	m = press(m, "f")
	for _, r := range "a" {
		m = update(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	m = press(m, "enter")
	return m
}

// BenchmarkEditAt100k is what the screen costs for one edit at 100k
// events, from the form's edit to the frame that shows it: the edit
// rebased and applied in memory, the search index updated, the filter's
// matches, the list, the ruler and the legend brought up to date, and the
// frame drawn. The save runs as a command and is not counted. "title"
// changes an event's title, as most edits do; "date" also moves it to
// another date, the costly kind (the events between shift). Besides wall
// time it reports processor time, which on a shared machine leaves out
// the waits for a core, and the worst edit.
func BenchmarkEditAt100k(b *testing.B) {
	for _, move := range []bool{false, true} {
		name := "title"
		if move {
			name = "date"
		}
		b.Run(name, func(b *testing.B) {
			m := editBenchModel(b, 100_000)
			n := len(m.ds.Events)
			b.ReportAllocs()
			var worst time.Duration
			cpu := cpuTime()
			for i := 0; b.Loop(); i++ {
				start := time.Now()
				ev := &m.ds.Events[(i*7919)%n]
				changed := ev.Clone()
				changed.Title.En = fmt.Sprintf("Edited %d: %s", i, ev.Title.En)
				if move {
					changed.Date = m.ds.Events[(i*104729)%n].Date
				}
				d := model.NewDraft(m.ds)
				if err := d.ChangeEventFrom(ev, *changed); err != nil {
					b.Fatal(err)
				}
				m, _ = m.commit(waitingEd{edit: d.Edit(), sel: ev.ID, label: "edit"})
				_ = m.View()
				worst = max(worst, time.Since(start))
				m.nb.queue, m.nb.saving = nil, false
			}
			b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(worst.Microseconds())/1000, "worst-ms")
		})
	}
}

// cpuTime returns the processor time this process has used.
func cpuTime() time.Duration {
	var r syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r)
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}
