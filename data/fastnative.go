package data

import (
	"encoding/json"
	"io"
	"strings"
	"sync/atomic"

	"timeline/model"
	"timeline/search"
)

// fastLoader decodes a native file straight from a stream into the model,
// without keeping the file's bytes or an intermediate copy of each event:
// a 100k-event file (125 MB) loads in a fraction of the time and memory of
// encoding/json. It handles plain, valid files; on anything else (see
// errSlow) the caller loads the file with ParseNative's careful path,
// which finds every problem and says where it is.
type fastLoader struct {
	s      *jscan
	counts *listCounts               // the lengths of the lists, counted ahead; may be nil
	strs   map[string]string         // one-line strings that repeat (ids of people and orgs, outlets, roles, tags…), sanitised
	longs  map[string]string         // multi-line texts that repeat (claims, quotes), sanitised
	words  map[string]string         // kinds and statuses as written, parsed unsanitised as the converter does
	roles  map[[2]string]*model.Text // people's roles in events, shared (see model.PersonRef)
	dates  map[string]model.Date     // dates as written
	events func(n int)               // called every 1,024 events with the count so far; may be nil
	// What the careful converter handles: everything but the events and
	// sources, which are few and small.
	rest wireFile

	arena      []byte // the current block of kept strings; see keep
	pack       search.Packer
	packedText *search.Packed // what pack gave once the events are sorted
	tmp        []byte         // an event's title and summary, or a source's headline, until pack copies them
	toTmp      bool           // own reads into tmp
	refs       []byte         // the current block of references; see ref
	strScratch []string       // reused while reading lists
	peopleBuf  []model.PersonRef
	roleTmp    model.Text // the role being read
	claimBuf   []model.Claim
	quoteBuf   []model.Quote
}

// maxInterned bounds each intern table, so that a file of unique values
// does not grow it without end; later values are simply not shared.
const maxInterned = 1 << 18

// decodeFast loads a native dataset from r, or returns errSlow, or a read
// error. counts, when not nil, are the lengths of its lists as they are
// counted (see countLists).
func decodeFast(r io.Reader, counts *listCounts, onEvents func(int)) (*model.Dataset, *search.Packed, error) {
	f := &fastLoader{s: newJScan(r), counts: counts, strs: map[string]string{}, longs: map[string]string{}, words: map[string]string{}, roles: map[[2]string]*model.Text{}, dates: map[string]model.Date{}, events: onEvents}
	ds, err := f.file()
	if f.s.err != nil {
		return nil, nil, f.s.err
	}
	if err != nil {
		return nil, nil, err
	}
	return ds, f.packedText, nil
}

// file reads the top-level object.
func (f *fastLoader) file() (*model.Dataset, error) {
	var events []model.Event
	var sources []model.Source
	sawEvents, sawSources := false, false
	s := f.s
	for s.end < 3 && s.fill() {
	}
	if strings.HasPrefix(string(s.buf[:s.end]), "\xEF\xBB\xBF") { // a byte-order mark, first or not at all
		s.pos = 3
	}
	err := s.object(func(k []byte) error {
		var dst any
		switch string(k) {
		case "events":
			if sawEvents {
				return errSlow
			}
			sawEvents = true
			var err error
			events, err = f.eventList()
			return err
		case "sources":
			if sawSources {
				return errSlow
			}
			sawSources = true
			var cites *citeTable
			if sawEvents {
				cites = newCiteTable(events)
			}
			var err error
			sources, err = f.sourceList(cites)
			return err
		case "title":
			dst = &f.rest.Title
		case "description":
			dst = &f.rest.Description
		case "updated":
			dst = &f.rest.Updated
		case "people":
			dst = &f.rest.People
		case "orgs":
			dst = &f.rest.Orgs
		case "reporting_lines":
			dst = &f.rest.Lines
		case "eras":
			dst = &f.rest.Eras
		case "timeline":
			return errSlow // TimelineJS 2
		default:
			if nearKey(string(k), "events", "sources", "title", "description", "updated", "people", "orgs", "reporting_lines", "eras") {
				return errSlow
			}
			_, err := s.skip(nil, 0)
			return err
		}
		raw, err := s.skip([]byte{}, 0)
		if err != nil {
			return err
		}
		if json.Unmarshal(raw, dst) != nil {
			return errSlow
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if s.peek(); s.pos < s.end || len(events) == 0 { // data after the object, or no events
		return nil, errSlow
	}
	c := converter{file: "", event: -1}
	ds := c.dataset(&f.rest)
	if len(c.issues) > 0 {
		return nil, errSlow
	}
	ds.Events, ds.Sources = events, sources
	if ds.Sources == nil {
		ds.Sources = []model.Source{}
	}
	f.packedText = f.pack.Done()
	f.packedText.Sorted(ds.Index())
	if len(ds.Validate()) > 0 {
		return nil, errSlow
	}
	share(ds)
	return ds, nil
}

// nearKey reports whether k matches one of keys but for case, which
// encoding/json would accept and the fast path does not.
func nearKey(k string, keys ...string) bool {
	for _, want := range keys {
		if strings.EqualFold(k, want) {
			return true
		}
	}
	return false
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

// eventList reads the events array.
func (f *fastLoader) eventList() ([]model.Event, error) {
	evs := chunks[model.Event]{count: f.counts.eventsCount()}
	err := f.s.array(func() error {
		var e model.Event
		f.tmp = f.tmp[:0]
		if err := f.event(&e, evs.n == 0); err != nil {
			return err
		}
		f.pack.Add(&e) // points e's text into the packed blocks, so tmp is free again
		evs.add(e)
		if f.events != nil && evs.n%1024 == 0 {
			f.events(evs.n)
		}
		return nil
	})
	if f.events != nil {
		f.events(evs.n)
	}
	if err != nil {
		return nil, err
	}
	return evs.all(), nil
}

// sourceList reads the sources array. cites, unless nil, finds the events
// read so far that cite a source: a headline that is the title of the
// first of them shares that title (see search.Packer.AddSource).
func (f *fastLoader) sourceList(cites *citeTable) ([]model.Source, error) {
	out := chunks[model.Source]{count: f.counts.sourcesCount()}
	err := f.s.array(func() error {
		var src model.Source
		var seen uint32
		f.tmp = f.tmp[:0]
		err := f.s.object(func(k []byte) error {
			var err error
			switch string(k) {
			case "id":
				err = f.once(&seen, 0, func() error { return f.own(&src.ID, true) })
			case "outlet":
				err = f.once(&seen, 1, func() error { return f.shared(&src.Outlet) })
			case "title":
				err = f.once(&seen, 2, func() error { return f.headline(&src.Title) })
			case "published":
				err = f.once(&seen, 3, func() error { return f.date(&src.Published) })
			case "url":
				err = f.once(&seen, 4, func() error { return f.own(&src.URL, true) })
			case "via":
				err = f.once(&seen, 5, func() error { return f.shared(&src.Via) })
			case "note":
				err = f.once(&seen, 6, func() error { return f.text(&src.Note, false, false) })
			default:
				err = f.unknown(string(k), "id", "outlet", "title", "published", "url", "via", "note")
			}
			return err
		})
		titleOf := -1
		if cites != nil && src.Title != "" {
			if i := cites.first(src.ID); i >= 0 && cites.events[i].Title.En == src.Title {
				src.Title, titleOf = cites.events[i].Title.En, i
			}
		}
		f.pack.AddSource(&src, titleOf) // points the headline into the packed blocks, so tmp is free again
		out.add(src)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out.all(), nil
}

// share makes equal strings of the dataset one: an event's source ids,
// related ids and citations become the source's or event's own id. Run
// after Index; the copies are left to the collector. (A source's headline
// stays in the packed text even when it is the event's title: the search
// index scans it there.)
func share(ds *model.Dataset) {
	for i := range ds.Events {
		e := &ds.Events[i]
		for j, id := range e.Sources {
			if s := ds.Source(id); s != nil {
				e.Sources[j] = s.ID
			}
		}
		related, claims, quotes := e.Related(), e.Claims(), e.Quotes()
		for j, id := range related {
			if r := ds.Event(id); r != nil {
				related[j] = r.ID
			}
		}
		for j := range claims {
			if s := ds.Source(claims[j].Source); s != nil {
				claims[j].Source = s.ID
			}
		}
		for j := range quotes {
			if s := ds.Source(quotes[j].Source); s != nil {
				quotes[j].Source = s.ID
			}
		}
	}
}

// once runs read for the field numbered bit unless it was already seen in
// this object: encoding/json's handling of duplicate keys is left to it.
func (f *fastLoader) once(seen *uint32, bit uint, read func() error) error {
	if *seen&(1<<bit) != 0 {
		return errSlow
	}
	*seen |= 1 << bit
	return read()
}

// unknown skips the value of a key the format does not have, unless it
// differs from a known one only by case.
func (f *fastLoader) unknown(key string, known ...string) error {
	if nearKey(key, known...) {
		return errSlow
	}
	_, err := f.s.skip(nil, 0)
	return err
}
