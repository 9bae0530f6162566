package data

import (
	"bytes"
	"errors"
	"io"

	"timeline/model"
	"timeline/search"
)

// The one decoder of the native format. It reads a file as a stream,
// straight into the model, in one pass: strings are sanitised once and
// shared when they repeat, events' text is packed for the search index as
// it is read (unless the caller builds no index), and every problem is
// collected with its place in the file while the decoding goes on
// (native_issues.go). The format itself is a table of keys for each type
// of object (native_event.go, native_file.go).

// errNotNative says that a file streamed as native JSON is a TimelineJS
// file after all (see formatSniff): the caller reads it whole and imports
// it.
var errNotNative = errors.New("not a native file")

// ParseNative decodes and validates a dataset in the native JSON format.
// name is used in messages. It returns the dataset and any warnings, or a
// *LoadError listing every problem found.
func ParseNative(name string, b []byte) (*model.Dataset, []Issue, error) {
	var o decodeOptions
	if len(b) > countAbove {
		o.counts = countLists(bytes.NewReader(b), int64(len(b)), false)
		defer o.counts.close()
	}
	r := decodeNative(name, newBytesScanner(b), o)
	return r.ds, r.warnings, r.err
}

// countAbove is the size of a file from which its lists are counted ahead
// (see countLists); a smaller one is read before the count would help.
const countAbove = 1 << 20

// decodeOptions are what a caller streaming a file adds.
type decodeOptions struct {
	counts  *listCounts   // the lengths of the lists, counted ahead (see countLists); may be nil
	events  func(n int)   // called every 1,024 events with the count so far; may be nil
	preview func(Preview) // given the first PreviewEvents events once read (preview.go); may be nil
	sniff   bool          // give up with errNotNative on a TimelineJS file
	// split, when not nil, lets the decoder hand the second half of the
	// file to a second decoder on another core (native_split.go); only
	// with noText.
	split *splitSource
	// saved, when not nil, is the checksum the file had when this program
	// last saved it; counts must then be summing the file (countLists).
	// A file that still has it was valid then and is unchanged since: it
	// is not validated again, and the decoder notes where each event and
	// source is in it, for a save to copy them (save_splice.go).
	saved *uint32
	// noText is set by a caller that builds no search index on the
	// dataset (an update, which saves it): the text is then kept
	// as it is read instead of packed, and no source's headline is matched
	// with the title of the event citing it, which is for the index alone.
	noText bool
}

// decoded is what decodeNative returns.
type decoded struct {
	ds       *model.Dataset
	text     *search.Packed // the events' and sources' text, packed as read; nil when it was not
	warnings []Issue
	err      error // a *LoadError, a read error, or errNotNative
	split    bool  // a second decoder read the second half (native_split.go)
	trusted  bool  // the file had the checksum decodeOptions.saved says
	spans    *fileSpans
}

// decoder is the state of one decoding.
type decoder struct {
	s     scanner
	p     problems
	path  []pathStep
	sniff *formatSniff // nil unless the file may be TimelineJS

	// Where strings go (native_values.go).
	arena       arena                     // strings kept for good
	refs        arena                     // references, dropped with the decoder
	tmp         []byte                    // packed strings until the packer copies them
	packedBytes int                       // the bytes read into tmp so far
	strs        map[string]string         // one-line strings that repeat, sanitised
	longs       map[string]string         // multi-line texts that repeat
	words       map[string]string         // kinds and statuses as written
	roles       map[[2]string]*model.Text // people's roles in events, shared (see model.PersonRef)
	personRefs  model.PersonRefs          // the people of events, shared
	dates       map[string]model.Date     // dates as written
	pack        search.Packer
	noText      bool // nothing is packed (see decodeOptions.noText)
	broken      bool // the packed text no longer matches the lists (a list given twice)

	// What is being read, reused from one to the next.
	ev         model.Event
	src        model.Source
	strScratch []string
	refBuf     [numRefLists][]string // the event's organisations, sources and tags (see setRefs)
	refSlab    []string              // where the events' lists are cut from
	peopleBuf  []personIn
	claimBuf   []model.Claim
	quoteBuf   []model.Quote
	roleBuf    []model.Role

	// What the file holds beyond the dataset's own fields.
	counts     *listCounts
	onEvents   func(n int)
	onPreview  func(Preview)
	top        *model.Dataset // the dataset being read, for a preview
	events     []model.Event
	at         map[string]*itemPositions // where each item of each top-level list starts
	elements   int                       // the elements of the events list, events or not
	sources    []model.Source
	sawEvents  bool
	sawSources bool
	damaged    bool     // a list is not a list: references to it cannot be checked
	noEvents   bool     // the events are not a list
	tops       []string // the top-level keys read, as the table names them

	// A second decoder reading the rest of the file (native_split.go).
	splitFrom *splitSource // where one may start, until it does
	part      *split       // the one started, or nil
	// topMember is fileTable.member, which the second decoder reads the
	// top-level keys with (a field, as fileTable's readers lead here).
	topMember func(d *decoder, ds *model.Dataset, key []byte, m *members)
	handedOff bool // its reading was taken: this decoder stopped at its start

	saved *uint32    // see decodeOptions.saved
	spans *fileSpans // where the items are, when saved is set
}

// decodeNative decodes the native file that s reads.
func decodeNative(name string, s scanner, o decodeOptions) decoded {
	d := newDecoder(name, s)
	d.counts, d.onEvents, d.onPreview, d.noText = o.counts, o.events, o.preview, o.noText
	if o.sniff {
		d.sniff = &formatSniff{}
	}
	if o.noText && o.counts != nil {
		d.splitFrom = o.split
	}
	if o.saved != nil && o.counts != nil {
		d.saved, d.spans = o.saved, &fileSpans{}
	}
	ds, err := d.file()
	d.part.cancel()
	if d.handedOff {
		d.s.failed = false // it stopped where the second decoder started
	}
	switch {
	case d.s.readErr != nil:
		return decoded{err: d.s.readErr}
	case d.sniff != nil && d.sniff.notNative:
		return decoded{err: errNotNative}
	case err != nil:
		return decoded{err: err}
	}
	out := d.finish(ds)
	out.split = d.handedOff
	if out.trusted {
		out.spans = d.spans
	}
	return out
}

// newDecoder returns a decoder of what s reads, named name in messages.
func newDecoder(name string, s scanner) *decoder {
	return &decoder{s: s, p: problems{file: name}, at: map[string]*itemPositions{},
		strs: map[string]string{}, longs: map[string]string{}, words: map[string]string{},
		roles: map[[2]string]*model.Text{}, dates: map[string]model.Date{}}
}

// file reads the top-level object, refusing what is no object at all.
func (d *decoder) file() (*model.Dataset, error) {
	s := &d.s
	switch c := s.peek(); {
	case c == 0 && s.atEnd():
		return nil, fail(d.p.file, "empty file: want a JSON object with an \"events\" array")
	case c == 'n' && s.hasPrefix("null"):
		s.pos += 4
		if s.peek() == 0 && s.atEnd() {
			return nil, fail(d.p.file, "the file is null: want a JSON object with an \"events\" array")
		}
		fallthrough
	case c != '{':
		return nil, fail(d.p.file, "the top level is not an object: want a JSON object with an \"events\" array")
	}
	ds := &model.Dataset{}
	d.top, d.topMember = ds, fileTable.member
	fileTable.object(d, ds)
	if d.sniff != nil && !s.failed {
		d.sniff.ended()
	}
	if !s.failed && (s.peek() != 0 || !s.atEnd()) {
		s.failWith("unexpected data after the top-level object")
	}
	return ds, nil
}

// finish checks the dataset as a whole, or returns every problem found.
func (d *decoder) finish(ds *model.Dataset) decoded {
	if d.s.failed {
		d.p.list = append(d.p.list, Issue{File: d.p.file, Line: d.s.failAt[0], Col: d.s.failAt[1], Msg: d.s.failMsg})
		return decoded{err: &LoadError{Issues: d.p.list}}
	}
	if d.elements == 0 && !d.noEvents {
		d.p.list = append(d.p.list, Issue{File: d.p.file, Msg: "no events: want a non-empty \"events\" array"})
		return decoded{err: &LoadError{Issues: d.p.list}}
	}
	ds.Events, ds.Sources = d.events, d.sources
	if ds.Sources == nil {
		ds.Sources = []model.Source{}
	}
	text := d.pack.Done()
	from := ds.Index()
	if d.broken || d.noText {
		text = nil
	}
	text.Sorted(from)
	// The references are looked up on another core while the dataset is
	// validated, as both only read it (see sharedIDs). A dataset read to
	// be changed and saved skips it: it is let go once saved
	// (the explorer keeps one only when another writer changed the file,
	// and then keeps its references' few megabytes twice).
	var found chan refIDs
	if !d.noText {
		found = make(chan refIDs, 1)
		go func() { found <- sharedIDs(ds) }()
	}
	trusted := d.trusted(from)
	if !d.damaged && !trusted {
		d.validate(ds, from)
	}
	var ids refIDs
	if found != nil {
		ids = <-found
	}
	if d.p.errors > 0 {
		return decoded{err: &LoadError{Issues: d.p.list}}
	}
	if found != nil {
		ids.apply(ds)
	}
	return decoded{ds: ds, text: text, warnings: d.p.list, trusted: trusted}
}

// trusted reports whether the file read is byte for byte the one this
// program last saved (see decodeOptions.saved), read without a problem,
// its events in order (from is nil) and each noted where it is.
func (d *decoder) trusted(from []int32) bool {
	if d.saved == nil || from != nil || len(d.p.list) > 0 || d.damaged || d.broken ||
		len(d.spans.events) != len(d.events) || len(d.spans.sources) != len(d.sources) {
		return false
	}
	sum, ok := d.counts.checksum()
	return ok && sum == *d.saved
}

// streamNative decodes a native file from r as it is read.
func streamNative(name string, r io.Reader, o decodeOptions) decoded {
	return decodeNative(name, newStreamScanner(r), o)
}
