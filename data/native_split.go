package data

import (
	"errors"
	"io"
	"runtime"
	"slices"
	"sync/atomic"

	"timeline/model"
)

// A file read for a change (no search index, see decodeOptions.noText)
// is decoded on two cores: the decoder reading it
// from the start hands the second half of the file, from an event of the
// events list to the end, to a second decoder on another core, which
// reads it from the file at once. The list count (countLists) notes where
// events start; the first decoder picks, as soon as the count has gone
// far enough, the event that halves what it has left to read.
//
// The second decoder's result is taken only when the first reaches that
// event exactly, where the second started, and only when the second found
// nothing to say: not a problem, not a key the first had read already,
// not a syntax error. Otherwise the first decoder reads on as if there had
// been no second, so that what a file with problems is told, and where,
// is what the decoding in one pass tells. A clean second half then needs
// nothing of the first but where its items are: its lines are counted
// from the event it started at, and are moved by that event's line once
// taken (see adopt).

// splitAbove is the size of a file from which it is decoded on two
// cores: below it, the second decoder's start costs more than it saves.
const splitAbove = 4 << 20

// splitSource is what the first decoder needs to start a second: the file
// to read from, and its size.
type splitSource struct {
	r    io.ReaderAt
	size int64
}

// split is a second decoder at work, or done.
type split struct {
	at    eventStart // where it started
	stop  atomic.Bool
	done  chan struct{}
	d     *decoder
	ds    model.Dataset // the top-level values it read
	ended bool          // it was waited for
}

// splitCheckEvery is how often, in events, the first decoder looks for a
// place to split the file.
const splitCheckEvery = 256

// maySplit starts the second decoder when the events list is the file's
// first, the format is settled, and the count has found an event halfway
// between here and the end of the file. It is called at the start of an
// element of the events list, the scanner on it.
func (d *decoder) maySplit() {
	src := d.splitFrom
	if d.elements%splitCheckEvery != 0 || d.broken || d.onPreview != nil || !d.noText ||
		d.sniff != nil && (!d.sniff.decided || d.sniff.notNative) {
		return
	}
	here := d.s.offset()
	start, ok := d.counts.startAfter(here + (src.size-here)/2)
	if !ok || start.off <= here {
		return
	}
	d.splitFrom = nil // one split a file
	sp := &split{at: start, done: make(chan struct{})}
	d2 := newDecoder(d.p.file, newStreamScanner(stoppable{io.NewSectionReader(src.r, start.off, src.size-start.off), &sp.stop}))
	d2.counts, d2.noText, d2.topMember = d.counts, true, d.topMember
	if d.spans != nil {
		d2.spans = &fileSpans{}
	}
	sp.d = d2
	d.part = sp
	go func() {
		defer close(sp.done)
		d2.rest(&sp.ds, start, &sp.stop)
	}()
}

// rest reads the file from an element of the top-level events list to
// its end: the rest of the events, then the rest of the top-level object.
// What it reads, d2 keeps for adopt: the events and sources, and the
// other top-level values in ds.
func (d *decoder) rest(ds *model.Dataset, from eventStart, stop *atomic.Bool) {
	s := &d.s
	s.depth = 2 // in the top-level object and its events list
	d.sawEvents = true
	d.push("events")
	at := d.newPositions("events", nil)
	evs := chunks[model.Event]{}
	if n := d.counts.eventsCount(); n != nil && n.Load() > from.n {
		evs.count = new(atomic.Int64)
		evs.count.Store(n.Load() - from.n)
	}
	s.elements(func() {
		if stop.Load() {
			s.stop()
			return
		}
		d.eventElement(&evs, at, false)
	})
	d.pop()
	d.events = evs.all()
	s.depth = 1
	switch s.peek() {
	case ',':
		s.pos++
		if s.peek() != '"' {
			s.fail("looking for beginning of object key string")
			return
		}
		var m members
		s.members(func(key []byte) { d.topMember(d, ds, key, &m) })
	case '}':
		s.pos++
	default:
		s.fail("after object key:value pair")
	}
	s.depth = 0
	if !s.failed && (s.peek() != 0 || !s.atEnd()) {
		s.failWith("unexpected data after the top-level object")
	}
}

// atSplit is called at the start of each element of the events list
// once a second decoder runs. Short of where it started, it does nothing.
// There, it takes what the second decoder read when it can (see adopt)
// and reports true: the first decoder reads no further. Past it (the
// count was misled), or when the second's reading cannot be taken, the
// second is dropped and the first reads on.
func (d *decoder) atSplit(evs *chunks[model.Event], at *itemPositions) bool {
	sp := d.part
	d.s.peek()
	switch here := d.s.offset(); {
	case here < sp.at.off:
		return false
	case here > sp.at.off:
		sp.cancel()
		return false
	}
	sp.wait()
	if !d.canAdopt(sp) {
		return false
	}
	d.adopt(sp, evs, at)
	d.s.stop()
	return true
}

// cancel stops the second decoder and waits for it to end.
func (sp *split) cancel() {
	if sp == nil || sp.ended {
		return
	}
	sp.stop.Store(true)
	sp.wait()
}

// wait waits for the second decoder to end.
func (sp *split) wait() {
	<-sp.done
	sp.ended = true
}

// canAdopt reports whether the second decoder's reading can be taken: it
// found nothing to report, and no top-level key that the first read too.
func (d *decoder) canAdopt(sp *split) bool {
	d2 := sp.d
	if d2.s.failed || d2.s.readErr != nil || len(d2.p.list) > 0 || d2.broken || d2.damaged {
		return false
	}
	for _, k := range d2.tops {
		if slices.Contains(d.tops, k) || topCopy(k) == nil {
			return false
		}
	}
	return true
}

// adopt takes the second decoder's reading as the rest of the first's:
// its events after the first's, its top-level values, and where its items
// are, moved from the line and column of the event it started at, which
// the first decoder is on.
func (d *decoder) adopt(sp *split, evs *chunks[model.Event], at *itemPositions) {
	d2 := sp.d
	line, col := d.s.here()
	for _, e := range d2.events {
		evs.add(e)
	}
	d.elements += d2.elements
	if d.spans != nil {
		d.spans.events = append(d.spans.events, shifted(d2.spans.events, sp.at.off)...)
	}
	for list, from := range d2.at {
		to := at
		if list != "events" {
			p := newItemPositions(int64(from.n))
			d.at[list] = &p
			to = &p
		}
		for _, lc := range from.all() {
			if lc[0] == 1 {
				to.add(line, col+lc[1]-1)
			} else {
				to.add(line+lc[0]-1, lc[1])
			}
		}
	}
	for _, k := range d2.tops {
		topCopy(k)(d.top, &sp.ds)
		if k == "sources" {
			d.sources, d.sawSources = d2.sources, true
			if d.spans != nil {
				d.spans.sources = shifted(d2.spans.sources, sp.at.off)
			}
		}
	}
	d.handedOff = true
}

// topCopy returns what copies the top-level value named key from the
// second decoder's dataset to the first's, or nil for a key it does not
// know: a key added to fileTable and not here makes canAdopt drop the
// second decoder's reading, which is then read again, never lost
// (TestTopCopyKnowsEveryKey). The sources are the decoder's own (adopt).
func topCopy(key string) func(ds, from *model.Dataset) {
	switch key {
	case "title":
		return func(ds, from *model.Dataset) { ds.Title = from.Title }
	case "description":
		return func(ds, from *model.Dataset) { ds.Description = from.Description }
	case "updated":
		return func(ds, from *model.Dataset) { ds.Updated = from.Updated }
	case "people":
		return func(ds, from *model.Dataset) { ds.People = from.People }
	case "orgs":
		return func(ds, from *model.Dataset) { ds.Orgs = from.Orgs }
	case "reporting_lines":
		return func(ds, from *model.Dataset) { ds.ReportingLines = from.ReportingLines }
	case "eras":
		return func(ds, from *model.Dataset) { ds.Eras = from.Eras }
	case "intro":
		return func(ds, from *model.Dataset) { ds.Intro = from.Intro }
	case "sources":
		return func(ds, from *model.Dataset) {}
	}
	return nil
}

// splitReading returns where a second decoder may read the file, or nil
// when the file is read in one pass: it is small, or the machine has one
// core.
func splitReading(r io.ReaderAt, size int64) *splitSource {
	if size < splitAbove || runtime.GOMAXPROCS(0) < 2 {
		return nil
	}
	return &splitSource{r: r, size: size}
}

// stoppable is a reader that ends once stop is set, so that a second
// decoder that is no longer wanted stops at its next read.
type stoppable struct {
	r    io.Reader
	stop *atomic.Bool
}

var errSplitStopped = errors.New("stopped")

func (s stoppable) Read(p []byte) (int, error) {
	if s.stop.Load() {
		return 0, errSplitStopped
	}
	return s.r.Read(p)
}

// shifted returns spans moved by off: the second decoder's are counted
// from where it started.
func shifted(spans []span, off int64) []span {
	for i := range spans {
		spans[i].off += off
		spans[i].end += off
	}
	return spans
}
