package data

import (
	"sync/atomic"

	"timeline/model"
)

// The two long lists of a file, events and sources, and what is done with
// each element as it is read: its text packed for the search index, the
// element gathered into a list of exactly its length. They are where a
// decoder handing events one at a time to a caller would hand them over
// (see eventList).

// eventList reads the events list. Each event is read, packed and
// gathered as it comes; this is the one place that sees every event go
// by, in the order of the file.
func (d *decoder) eventList() {
	if d.sawEvents {
		d.broken = true // the packer holds the first list's rows too
	}
	d.sawEvents, d.events, d.elements, d.noEvents = true, nil, 0, false
	at := d.newPositions("events", d.counts.eventsCount())
	c := d.s.peek()
	sniff := d.sniff != nil && d.sniff.eventsList(c)
	switch c {
	case '[':
	case 'n':
		d.s.literal("null")
		return
	default:
		d.damaged, d.noEvents = true, true
		if valueKind(c) != "" {
			d.add(false, true, "want an array of events")
		}
		d.s.skip()
		return
	}
	evs := chunks[model.Event]{count: d.counts.eventsCount()}
	d.s.array(func() {
		if d.splitFrom != nil {
			d.maySplit()
		}
		if d.part != nil && !d.part.ended && d.atSplit(&evs, at) {
			return // the second decoder read the rest
		}
		d.eventElement(&evs, at, sniff)
	})
	if d.onEvents != nil {
		d.onEvents(evs.n)
	}
	d.events = evs.all()
}

// eventElement reads the next element of the events list, an event or
// not, noting where it is when asked (noteStart).
func (d *decoder) eventElement(evs *chunks[model.Event], at *itemPositions, sniff bool) {
	d.pushIndex(d.elements)
	d.elements++
	from, n := d.noteStart(), evs.n
	d.event(evs, at, sniff)
	d.noteEnd(true, from, evs.n > n)
	d.pop()
}

// event reads one element of the events list; sniff is true when the
// list may tell the file's format.
func (d *decoder) event(evs *chunks[model.Event], at *itemPositions, sniff bool) {
	first := sniff && d.sniff.firstEvent(d.s.peek())
	d.beginEvent()
	d.tmp = d.tmp[:0]
	e := &d.ev // not a variable of its own, which would be on the heap (see readList)
	*e = model.Event{}
	d.beginRefs()
	ok := eventTable.object(d, e)
	d.setRefs(e)
	d.endEvent(e.ID)
	if first && d.sniff.firstRead(d.s.failed) {
		d.s.stop()
		return
	}
	if !ok {
		return
	}
	if !d.noText {
		d.pack.Add(e) // points e's text into the packed blocks, so tmp is free again
	}
	evs.add(*e)
	at.add(d.p.line, d.p.col)
	if d.onEvents != nil && evs.n%1024 == 0 {
		d.onEvents(evs.n)
	}
	if d.onPreview != nil && evs.n == PreviewEvents {
		d.onPreview(d.preview(evs))
		d.onPreview = nil
	}
}

// sourceList reads the sources list. A headline that is the title of the
// first event citing the source, when the events came first, shares that
// title (see search.Packer.AddSource).
func (d *decoder) sourceList() {
	if d.sawSources {
		d.broken = true
	}
	d.sawSources, d.sources = true, nil
	at := d.newPositions("sources", d.counts.sourcesCount())
	if !d.topListStart() {
		return
	}
	var cites *citeTable
	if d.sawEvents && !d.noText {
		cites = newCiteTable(d.events)
	}
	out := chunks[model.Source]{count: d.counts.sourcesCount()}
	i := 0
	d.s.array(func() {
		d.pushIndex(i)
		i++
		d.beginItem()
		d.tmp = d.tmp[:0]
		src := &d.src
		*src = model.Source{}
		from := d.noteStart()
		if sourceTable.object(d, src) {
			d.noteEnd(false, from, true)
			titleOf := -1
			if cites != nil && src.Title != "" {
				if j := cites.first(src.ID); j >= 0 && cites.events[j].Title.En == src.Title {
					src.Title, titleOf = cites.events[j].Title.En, j
				}
			}
			if !d.noText {
				d.pack.AddSource(src, titleOf) // points the headline into the packed blocks, so tmp is free again
			}
			out.add(*src)
			at.add(d.p.line, d.p.col)
		}
		d.pop()
	})
	d.sources = out.all()
}

// noteStart returns where the item the scanner is on starts in the file,
// when the decoder notes where items are (decodeOptions.saved).
func (d *decoder) noteStart() int64 {
	if d.spans == nil {
		return 0
	}
	d.s.peek()
	return d.s.offset()
}

// noteEnd notes an event or a source that starts at from and ends where
// the scanner is, when it was read into the dataset.
func (d *decoder) noteEnd(event bool, from int64, read bool) {
	if d.spans == nil || !read {
		return
	}
	sp := span{off: from, end: d.s.offset()}
	if event {
		d.spans.events = append(d.spans.events, sp)
	} else {
		d.spans.sources = append(d.spans.sources, sp)
	}
}

// newPositions starts the positions of the items of list, with room for
// as many as counted when the count is known already.
func (d *decoder) newPositions(list string, count *atomic.Int64) *itemPositions {
	n := int64(-1)
	if count != nil {
		n = count.Load()
	}
	at := newItemPositions(n)
	d.at[list] = &at
	return &at
}

// sharedIDs and refIDs.apply make equal strings of the dataset one: an
// event's source ids, related ids and citations become the source's or
// event's own id, so that the copies read from the file are left to the
// collector (a source's headline stays in the packed text even when it is
// the event's title: the search index scans it there). It takes two steps
// so that the lookups, the costly part, run on another core while the
// dataset is validated: sharedIDs only reads the dataset, as validation
// does, and apply, which writes the ids found in place, comes after.

// refIDs are the positions of the events or sources that the references
// of the events name, in the order eachRef visits them, or -1 for a
// reference that names nothing. Positions take a quarter of the strings
// they stand for, at the moment a load holds the most.
type refIDs []int32

// sharedIDs looks up every reference of the events. Run after Index.
func sharedIDs(ds *model.Dataset) refIDs {
	n := 0
	eachRef(ds, func(*string, bool) { n++ })
	out := make(refIDs, 0, n)
	eachRef(ds, func(ref *string, event bool) {
		var i int
		var ok bool
		if event {
			i, ok = ds.EventIndex(*ref)
		} else {
			i, ok = ds.SourceIndex(*ref)
		}
		if !ok {
			i = -1
		}
		out = append(out, int32(i))
	})
	return out
}

// apply puts the ids in place of the references they were looked up for;
// ds must be as it was when they were.
func (ids refIDs) apply(ds *model.Dataset) {
	i := 0
	eachRef(ds, func(ref *string, event bool) {
		switch k := ids[i]; {
		case k < 0:
		case event:
			*ref = ds.Events[k].ID
		default:
			*ref = ds.Sources[k].ID
		}
		i++
	})
}

// eachRef calls f on each reference of the events, in order: their source
// ids, related ids (event set) and the sources of their claims and quotes.
func eachRef(ds *model.Dataset, f func(ref *string, event bool)) {
	for i := range ds.Events {
		e := &ds.Events[i]
		for j := range e.Sources() {
			f(&e.Sources()[j], false)
		}
		related, claims, quotes := e.Related(), e.Claims(), e.Quotes()
		for j := range related {
			f(&related[j], true)
		}
		for j := range claims {
			f(&claims[j].Source, false)
		}
		for j := range quotes {
			f(&quotes[j].Source, false)
		}
	}
}

// chunkLen is how many events or sources are gathered before they are
// moved to a chunk of their own: the lists are then copied once into
// slices of exactly the right length, without append's slack.
const chunkLen = 4096

// chunks gathers values in fixed-size chunks, or, once the list's length
// is counted (see listCounts), in one slice of that length: the chunks
// gathered until then are copied into it, and the list is never twice in
// memory.
type chunks[T any] struct {
	full  [][]T
	cur   []T
	n     int
	count *atomic.Int64 // the list's length when counted, else -1; may be nil
	out   []T           // every value, once the count is known
}

func (c *chunks[T]) add(v T) {
	if c.cur == nil && c.out == nil && c.count != nil {
		if n := c.count.Load(); n > int64(c.n) {
			c.out = make([]T, 0, n)
			for _, ch := range c.full {
				c.out = append(c.out, ch...)
			}
			c.full = nil
		}
	}
	c.n++
	if c.out != nil {
		c.out = append(c.out, v) // grows only if the count was short
		return
	}
	if c.cur == nil {
		c.cur = make([]T, 0, chunkLen)
	}
	c.cur = append(c.cur, v)
	if len(c.cur) == chunkLen {
		c.full, c.cur = append(c.full, c.cur), nil
	}
}

// first returns a copy of the first n values (all of them when fewer).
func (c *chunks[T]) first(n int) []T {
	out := make([]T, 0, min(n, c.n))
	if c.out != nil {
		return append(out, c.out[:min(n, len(c.out))]...)
	}
	for _, ch := range append(c.full, c.cur) {
		if len(out)+len(ch) > n {
			ch = ch[:n-len(out)]
		}
		out = append(out, ch...)
	}
	return out
}

// all returns the values in one slice of exactly their number.
func (c *chunks[T]) all() []T {
	if c.out != nil {
		return c.out[:len(c.out):len(c.out)] // the count may have been long
	}
	out := make([]T, 0, c.n)
	for _, ch := range c.full {
		out = append(out, ch...)
	}
	return append(out, c.cur...)
}
