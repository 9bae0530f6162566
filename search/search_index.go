package search

import (
	"math"
	"slices"
	"timeline/model"
	"unsafe"
)

// Index holds, for every event of a dataset, what a Query tests,
// prepared once so that each keystroke of an incremental search only scans.
//
// The events' titles and summaries and the sources' headlines are searched
// as they were written, in rows of packed text (see packedText and
// rawTable) that a loader shares with the dataset: a word, already folded,
// is found by strings.IndexByte on its cheapest byte in both cases, and
// only the bytes around each hit are folded to check it. Quotes and claims,
// which events share, are folded once each into a table of distinct texts;
// people, organisations, outlets and tags likewise. Events point at the
// rows of those tables by index, so a name cited by a thousand events is
// stored and scanned once. Likewise a title that many events share is in
// the row of the first (see titleOf), and found there for all of them.
//
// Memory, beyond the text that the dataset holds anyway: per event about 18
// bytes of fixed fields (offset, mark classes, kind, status, first and last
// day), 20 bytes of list offsets and 4 bytes per person, organisation,
// source, tag, quote and claim reference; the folded tables; and, when the
// loader did not pack the text (an import, a dataset built in code), a copy
// of it. About 80 bytes per event in the synthetic datasets (BENCHMARKS.md).
// The index supports up to 4 GiB of text in each of its tables; past that,
// the text of later events is left out and they are found by their fields
// and names only.
type Index struct {
	ds     *model.Dataset
	events rawTable     // the events' own text, as written
	kind   []model.Kind // per event
	status []uint8      // per event: statusBits
	first  []int32      // per event: first possible day
	last   []int32      // per event: last possible day of the date or end date

	people, orgs, sources, tags links // per event: indices into the tables below
	said                        links // per event: indices into saidTab

	personTab, orgTab table    // folded texts of People and Orgs
	sourceTitles      rawTable // the sources' headlines, as written
	outletTab, tagTab table    // folded distinct outlets and tags
	saidTab           table    // folded distinct quotes, translations, claims and their "by"
	sourceOutlet      []int32
	headlineOf        []int32 // per source: the event whose English title is its headline, viaSource(k) when source k's row holds it, or -1; nil if none is elsewhere
	headlinesOwn      bool    // headlineOf is the index's own, not its loader's, for Update to change
	titleOf           []int32 // per event: the event whose row holds its title (see Packer.Add), or -1; nil if none
	updated           bool    // made by Update: some rows of text are no event's

	outlets, tagRows, saidRows rowsIndex // the rows of outletTab, tagTab and saidTab, for Update
}

// table is a list of folded texts stored as one string: row r is
// hay[off[r]:off[r+1]].
type table struct {
	hay  string
	off  []uint32
	freq *[256]uint32 // how often each byte occurs in hay
}

// rows returns the number of rows.
func (t *table) rows() int { return len(t.off) - 1 }

// links are per-event lists of indices into a table, stored flat: event
// i's list is ids[off[i]:off[i+1]].
type links struct {
	off []uint32
	ids []int32
}

func (l *links) of(i int) []int32 { return l.ids[l.off[i]:l.off[i+1]] }

// tableBuilder appends folded rows to a table.
type tableBuilder struct {
	buf []byte
	off []uint32
}

func newTableBuilder(rows int) *tableBuilder {
	return &tableBuilder{off: append(make([]uint32, 0, rows+1), 0)}
}

// add appends one folded piece to the current row, unless the table is
// full.
func (b *tableBuilder) add(s string) {
	if len(b.buf)+len(s)*3+1 >= math.MaxUint32 {
		return
	}
	b.buf = append(foldAppend(b.buf, s), haySep...)
}

// reserve makes room, once, for the pieces that pieces passes to its add
// function, so that the text is not copied as it doubles and little room
// is left unused: their folded length, measured without folding, plus the
// longest piece, since foldAppend makes room for a piece's raw length
// before folding it.
func (b *tableBuilder) reserve(pieces func(add func(string))) {
	size, longest := 0, 0
	pieces(func(s string) {
		size += foldLen(s) + len(haySep)
		longest = max(longest, len(s))
	})
	b.buf = make([]byte, 0, size+longest)
}

// endRow closes the current row.
func (b *tableBuilder) endRow() { b.off = append(b.off, uint32(len(b.buf))) }

func (b *tableBuilder) table() table {
	if cap(b.buf)-len(b.buf) > len(b.buf)/8 {
		// Appending left up to twice the room needed: keep an exact copy.
		b.buf = slices.Clip(append([]byte(nil), b.buf...))
	}
	// The buffer is not written to again, so the table can view it as a
	// string without copying it, as strings.Builder does.
	t := table{hay: unsafe.String(unsafe.SliceData(b.buf), len(b.buf)), off: b.off}
	t.freq = byteFreq(b.buf)
	return t
}

// byteFreq counts how often each byte occurs in b, which add keeps under
// 4 GiB. Four tables counted in turn let consecutive equal bytes update
// different counters instead of waiting on one.
func byteFreq(b []byte) *[256]uint32 {
	var c [4][256]uint32
	i := 0
	for ; i+4 <= len(b); i += 4 {
		c[0][b[i]]++
		c[1][b[i+1]]++
		c[2][b[i+2]]++
		c[3][b[i+3]]++
	}
	for ; i < len(b); i++ {
		c[0][b[i]]++
	}
	f := new([256]uint32)
	for k := range f {
		f[k] = c[0][k] + c[1][k] + c[2][k] + c[3][k]
	}
	return f
}

// NewIndex prepares ds for searching. ds must have been indexed
// (Dataset.Index) and must not change while the Index is used. text is
// what ds's loader packed (see Packer), or nil: the index then packs a copy
// of the text it searches, as it does for any event whose text is no
// longer what was packed.
func NewIndex(ds *model.Dataset, text *Packed) *Index {
	if text == nil {
		text = &Packed{}
	}
	n := len(ds.Events)
	ix := &Index{ds: ds, kind: make([]model.Kind, n), status: make([]uint8, n),
		first: make([]int32, n), last: make([]int32, n)}
	ix.personTab = buildTable(len(ds.People), func(i int, add func(string)) {
		p := &ds.People[i]
		add(p.ID)
		add(p.Name)
		for _, a := range p.Aliases {
			add(a)
		}
	})
	ix.orgTab = buildTable(len(ds.Orgs), func(i int, add func(string)) {
		add(ds.Orgs[i].ID)
		add(ds.Orgs[i].Name)
	})
	ix.titleOf = titleOf(ds, text.titleOf)
	ix.headlineOf = headlineOf(ds, text.headlines, ix.titleOf)
	elsewhere := func(j int) bool { return ix.headlineOf != nil && ix.headlineOf[j] != -1 }
	ix.sourceTitles = newRawTable(text.sources, rowsOf{n: len(ds.Sources),
		pieces: func(j int) rowPieces {
			if elsewhere(j) {
				return rowPieces{} // found through the event's title or another source's row
			}
			return sourcePieces(&ds.Sources[j])
		},
		each: func(j int, f func(string)) {
			if !elsewhere(j) {
				f(ds.Sources[j].Title)
			}
		}})
	outlets := newInterner()
	ix.sourceOutlet = make([]int32, len(ds.Sources))
	for i := range ds.Sources {
		ix.sourceOutlet[i] = outlets.id(ds.Sources[i].Outlet)
	}
	ix.outletTab = outlets.table()

	tags, said := newInterner(), newInterner()
	// The reference lists are sized from their upper bounds.
	var nPeople, nOrgs, nSources, nTags, nSaid int
	for i := range ds.Events {
		e := &ds.Events[i]
		eachSharedText(e, func(string) { nSaid++ })
		nPeople += len(e.People) + len(e.Quotes()) + len(e.Claims())
		nOrgs += len(e.Orgs())
		nSources += len(e.Sources()) + len(e.Quotes()) + len(e.Claims())
		nTags += len(e.Tags())
	}
	ix.people, ix.orgs, ix.sources, ix.tags = newLinks(n, nPeople), newLinks(n, nOrgs), newLinks(n, nSources), newLinks(n, nTags)
	ix.said = newLinks(n, nSaid)
	for i := range ds.Events {
		e := &ds.Events[i]
		ix.kind[i], ix.status[i] = e.Kind, statusBits(e)
		ix.first[i], ix.last[i] = e.Date.Days(), eventLastDay(e)
		eachPerson(ds, e, ix.people.add)
		eachOrg(ds, e, ix.orgs.add)
		eachSource(ds, e, ix.sources.add)
		for _, t := range e.Tags() {
			ix.tags.add(int(tags.id(t)))
		}
		eachSharedText(e, func(s string) {
			if s != "" {
				ix.said.add(int(said.id(s)))
			}
		})
		ix.said.endRow()
		ix.people.endRow()
		ix.orgs.endRow()
		ix.sources.endRow()
		ix.tags.endRow()
	}
	for _, l := range ix.allLinks() {
		if cap(l.ids)-len(l.ids) > len(l.ids)/8 {
			// Many references repeated within their events: keep an
			// exact copy.
			l.ids = slices.Clone(l.ids)
		}
	}
	ix.events = newRawTable(text.events, eventRows(ds, ix.titleOf))
	ix.tagTab = tags.table()
	ix.saidTab = said.table()
	return ix
}

// TextBytes returns the size of the text the index holds a copy of: the
// folded texts of people, organisations, outlets, tags, quotes and claims,
// and the events' titles and summaries and the sources' headlines unless
// their loader packed them (SharesText), so that the index's memory can be
// told apart from the text's.
func (ix *Index) TextBytes() int {
	n := 0
	for _, t := range []*rawTable{&ix.events, &ix.sourceTitles} {
		if !t.shared {
			n += t.size()
		}
	}
	for _, t := range ix.tables() {
		n += len(t.hay)
	}
	return n
}

// SharesText reports whether the events' and the sources' text that the
// index searches is the dataset's own strings, packed by their loader,
// rather than a copy.
func (ix *Index) SharesText() bool { return ix.events.shared && ix.sourceTitles.shared }

// Len returns the number of events indexed.
func (ix *Index) Len() int { return len(ix.kind) }

// KindOf returns the kind of event i, from the index's own column: the
// explorer reads every event's kind after each edit or filter, and the
// events themselves lie hundreds of bytes apart.
func (ix *Index) KindOf(i int) model.Kind { return ix.kind[i] }

// FirstDay returns the earliest possible day of event i (model.Date.Days),
// from the index's own column.
func (ix *Index) FirstDay(i int) int32 { return ix.first[i] }

// Dataset returns the dataset the index was built from.
func (ix *Index) Dataset() *model.Dataset { return ix.ds }

func buildTable(rows int, each func(i int, add func(string))) table {
	b := newTableBuilder(rows)
	b.reserve(func(add func(string)) {
		for i := 0; i < rows; i++ {
			each(i, add)
		}
	})
	for i := 0; i < rows; i++ {
		each(i, b.add)
		b.endRow()
	}
	return b.table()
}

// newLinks returns links for n events and at most refs references.
func newLinks(n, refs int) links {
	return links{off: append(make([]uint32, 0, n+1), 0), ids: make([]int32, 0, refs)}
}

// add appends index i to the current event's list, once.
func (l *links) add(i int) {
	start := l.off[len(l.off)-1]
	for _, j := range l.ids[start:] {
		if j == int32(i) {
			return
		}
	}
	l.ids = append(l.ids, int32(i))
}

func (l *links) endRow() { l.off = append(l.off, uint32(len(l.ids))) }

// interner gives each distinct string a small index, for outlets and tags.
type interner struct {
	ids  map[string]int32
	rows []string
}

func newInterner() *interner { return &interner{ids: map[string]int32{}} }

func (in *interner) id(s string) int32 {
	if i, ok := in.ids[s]; ok {
		return i
	}
	i := int32(len(in.rows))
	in.ids[s] = i
	in.rows = append(in.rows, s)
	return i
}

func (in *interner) table() table {
	return buildTable(len(in.rows), func(i int, add func(string)) { add(in.rows[i]) })
}
