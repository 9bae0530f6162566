package model

import (
	"fmt"
	"reflect"
	"runtime"
	"testing"
)

// TestValidateInHalves checks that a long events list, checked in two
// halves on two cores, gives the problems a check in one pass gives, in
// the same order.
func TestValidateInHalves(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	n := 2*parallelFrom + 7
	d := &Dataset{Sources: []Source{{ID: "s", Outlet: "Wire"}}}
	for i := range n {
		e := Event{ID: fmt.Sprintf("e%05d", i), Date: MustDate("2025-07-01"), Kind: Layoff, Status: Reported,
			Title: Plain("t")}.WithRefs(nil, []string{"s"}, nil)
		switch i % 4000 {
		case 17:
			e.Title = Text{}
		case 1999:
			e.SetSources([]string{"nope"})
		}
		d.Events = append(d.Events, e)
	}
	d.Index()
	halves := checker{d: d}
	halves.events()
	one := checker{d: d}
	for i := range d.Events {
		one.event(&d.Events[i])
	}
	if len(one.ps) < 8 {
		t.Fatalf("%d problems, want the ones planted in both halves", len(one.ps))
	}
	if !reflect.DeepEqual(halves.ps, one.ps) {
		t.Errorf("in halves:\n%v\nin one pass:\n%v", halves.ps, one.ps)
	}
}
