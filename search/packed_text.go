package search

import (
	"strings"

	"timeline/model"
)

// The events' own searchable text, packed: the titles and summaries of an
// event (see pieces) in a row of its own, each piece followed by haySep,
// the rows in large blocks; an event whose title an earlier one packed has
// only its summary there (see Packer.Add). The search index scans these blocks instead of
// a folded copy of the text. A loader that packs the events as it reads
// them (see Packer) points their strings into the blocks, so the text
// is held once; otherwise the index packs a copy of its own. Quotes and
// claims, which loaders share between the events that repeat them, are
// searched in a table of their own (see eachSharedText).

// rowPieces are the pieces of text of one row, nil where there are fewer
// than four.
type rowPieces [4]*string

// pieces returns the pieces of text that are the event's alone: its title
// and summary in English and French.
func pieces(e *model.Event) rowPieces {
	return rowPieces{&e.Title.En, &e.Title.Fr, &e.Summary.En, &e.Summary.Fr}
}

// summaryPieces returns the pieces of an event whose title another event's
// row holds (see Packer.Add): its summary in English and French.
func summaryPieces(e *model.Event) rowPieces {
	return rowPieces{2: &e.Summary.En, 3: &e.Summary.Fr}
}

// sourcePieces returns the source's headline, the one piece of its row (its
// outlet, which many sources share, is searched in a table of outlets).
func sourcePieces(s *model.Source) rowPieces { return rowPieces{&s.Title} }

// rowsOf describes the rows of a table of text: n items, pointers to the
// pieces of each that a loader packs, and every piece's text, those first
// and in that order, then any a loader cannot pack (texts in languages
// other than English and French), which extra, unless nil, reports.
type rowsOf struct {
	n      int
	pieces func(i int) rowPieces
	each   func(i int, f func(string))
	extra  func(i int) bool
}

// eventRows returns the rows of the events' own text. An event whose
// title titleOf gives to another event (see Index.titleOf) has only its
// summary in its row.
func eventRows(d *model.Dataset, titleOf []int32) rowsOf {
	shared := func(i int) bool { return titleOf != nil && titleOf[i] >= 0 }
	return rowsOf{n: len(d.Events),
		pieces: func(i int) rowPieces {
			if shared(i) {
				return summaryPieces(&d.Events[i])
			}
			return pieces(&d.Events[i])
		},
		each: func(i int, f func(string)) {
			e := &d.Events[i]
			if !shared(i) {
				e.Title.Each(func(_, s string) { f(s) })
			}
			e.Summary.Each(func(_, s string) { f(s) })
		},
		extra: func(i int) bool {
			e := &d.Events[i]
			return e.Title.HasOther() || e.Summary.HasOther()
		}}
}

// size returns the bytes the pieces take packed.
func (ps *rowPieces) size() int {
	n := 0
	for _, s := range ps {
		if s != nil && *s != "" {
			n += len(*s) + len(haySep)
		}
	}
	return n
}

// packBlock is the size of a block of packed text; a longer row has a
// block of its own.
var packBlock = 64 << 10

// packedText is the packed text of a dataset's events or sources.
type packedText struct {
	blocks []string // whole rows each
	base   []uint32 // where each block starts, counting from the first block's start; one more for the end
	off    []uint32 // where each row starts, counted as base is; one more for the end
	perm   []int32  // the item of each row, when the items were sorted after packing; nil when row i is item i
}

// Packed is the text of a dataset's events and sources as its loader packed
// them while reading (see Packer), handed to NewIndex so that the index
// scans the very strings the dataset holds instead of a copy.
type Packed struct {
	events, sources *packedText
	headlines       []int32 // per source: where its headline is (see Index.headlineOf); nil when every source has its own
	titleOf         []int32 // per event: the event whose row holds its title, or -1; nil when none does
}

// Packer packs the text of events and sources as a loader reads them, and
// points their strings at the packed copies, so that the text is held once.
// Its zero value is ready to use. Nothing is shared unsafely: the blocks
// are strings, and an event's title is a substring of one; the index checks
// that each event still holds its row's text (an edit, say, makes it
// search a copy of that event's text instead).
type Packer struct {
	events, sources packer
	headlines       []int32 // per source: where its headline is (see Index.headlineOf)
	sharedHeadlines bool    // some source's headline is in another row
	titles, heads   titleTable
	titleOf         []int32 // per event: the earlier event whose row holds its title, or -1
	sharedTitles    bool    // some event's title is in another's row
}

// Add packs e's title and summary as the next event row, and points e's
// strings at them: the strings e had are no longer needed. Events must be
// added in the order of the dataset's events before Dataset.Index sorts
// them (see Packed.Sorted).
//
// An event whose title, in English and in French, an earlier event has
// already packed gets that event's strings and only its summary in its
// row: the search index finds the title through the earlier row (see
// Index.titleOf). Generated files repeat titles, and so do the wires
// that many newsrooms' timelines follow.
func (p *Packer) Add(e *model.Event) {
	row := len(p.titleOf)
	if !sharable(e) || p.events.full {
		p.events.add(pieces(e))
		p.titleOf = append(p.titleOf, -1)
		return
	}
	if h := p.titles.find(p.events.title, e.Title.En, e.Title.Fr); h >= 0 {
		e.Title.En, e.Title.Fr = p.events.title(h)
		p.events.add(summaryPieces(e))
		p.titleOf = append(p.titleOf, int32(h))
		p.sharedTitles = true
		return
	}
	p.events.add(pieces(e))
	p.titleOf = append(p.titleOf, -1)
	if !p.events.full {
		p.titles.insert(p.events.title, row)
	}
}

// sharable reports whether e's title can be found through another event's
// row: it is in English and French and in no other language, so that a
// row's first two pieces are all of it.
func sharable(e *model.Event) bool {
	return e.Title.En != "" && e.Title.Fr != "" && !e.Title.HasOther()
}

// AddSource packs s's headline as the next source row and points s at it,
// as Add does; or, when titleOf is not -1, s's headline is the very string
// of the English title of event titleOf (counted as Add added them), and
// the search index finds it through that title. A headline that an
// earlier source's row holds is found there, as titles are (see Add):
// generated files give thousands of sources one of a few headlines.
func (p *Packer) AddSource(s *model.Source, titleOf int) {
	row := len(p.headlines)
	switch {
	case titleOf >= 0:
		if titleOf < len(p.titleOf) && p.titleOf[titleOf] >= 0 {
			titleOf = int(p.titleOf[titleOf]) // the event whose row holds the title
		}
		p.sources.add(rowPieces{})
		p.headlines = append(p.headlines, int32(titleOf))
		p.sharedHeadlines = true
		return
	case s.Title == "" || p.sources.full:
	default:
		if k := p.heads.find(p.sources.headline, s.Title, ""); k >= 0 {
			s.Title, _ = p.sources.headline(k)
			p.sources.add(rowPieces{})
			p.headlines = append(p.headlines, viaSource(k))
			p.sharedHeadlines = true
			return
		}
	}
	p.sources.add(sourcePieces(s))
	p.headlines = append(p.headlines, -1)
	if s.Title != "" && !p.sources.full {
		p.heads.insert(p.sources.headline, row)
	}
}

// Done returns the packed text, and leaves p empty.
func (p *Packer) Done() *Packed {
	t := &Packed{events: p.events.done(), sources: p.sources.done()}
	if p.sharedHeadlines {
		t.headlines = p.headlines
	}
	if p.sharedTitles && t.events != nil {
		t.titleOf = p.titleOf
	}
	*p = Packer{}
	return t
}

// Sorted records that Dataset.Index moved the events: event j was at
// from[j] (nil when nothing moved).
func (t *Packed) Sorted(from []int32) {
	if t == nil || from == nil {
		return
	}
	at := movedTo(from)
	if t.events != nil {
		t.events.sorted(at)
	}
	for j, i := range t.headlines {
		if i >= 0 && int(i) < len(at) {
			t.headlines[j] = at[i]
		}
	}
	if t.titleOf != nil {
		if len(t.titleOf) != len(at) {
			t.titleOf = nil // not the same events: the index will not use them
			return
		}
		moved := make([]int32, len(at))
		for i, h := range t.titleOf {
			if h >= 0 {
				h = at[h]
			}
			moved[at[i]] = h
		}
		t.titleOf = moved
	}
}

// packer packs rows in blocks of packBlock bytes. Each block is a
// strings.Builder grown once to its size, so the strings it gives stay
// where they are while the block fills.
type packer struct {
	p    packedText
	b    strings.Builder // the block being filled
	size uint32          // the bytes packed in the blocks before b
	full bool            // more than 4 GiB of text: nothing more is packed
}

// add appends the pieces as the next row and points them at their copies.
func (p *packer) add(ps rowPieces) {
	if p.full {
		return
	}
	n := ps.size()
	if uint64(p.size)+uint64(p.b.Len())+uint64(n) >= 1<<32-1 {
		p.full = true
		return
	}
	if p.b.Cap()-p.b.Len() < n {
		p.closeBlock()
		p.b.Grow(max(n, packBlock))
	}
	if len(p.p.off) == 0 {
		p.p.off = append(p.p.off, 0)
	}
	for _, s := range ps {
		if s == nil || *s == "" {
			continue
		}
		at := p.b.Len()
		p.b.WriteString(*s)
		p.b.WriteString(haySep)
		*s = p.b.String()[at : at+len(*s)]
	}
	p.p.off = append(p.p.off, p.size+uint32(p.b.Len()))
}

// closeBlock ends the block being filled.
func (p *packer) closeBlock() {
	if p.b.Len() == 0 {
		return
	}
	if len(p.p.base) == 0 {
		p.p.base = append(p.p.base, 0)
	}
	p.p.blocks = append(p.p.blocks, p.b.String())
	p.size += uint32(p.b.Len())
	p.p.base = append(p.p.base, p.size)
	p.b = strings.Builder{}
}

// row returns the text of row r, packed already.
func (p *packer) row(r int) string {
	start, end := p.p.off[r], p.p.off[r+1]
	if start >= p.size {
		return p.b.String()[start-p.size : end-p.size]
	}
	b := p.p.blockOf(start)
	return p.p.blocks[b][start-p.p.base[b] : end-p.p.base[b]]
}

// title returns the English and French title that begin row r, of an
// event added whole with both (see sharable).
func (p *packer) title(r int) (en, fr string) {
	row := p.row(r)
	i := strings.IndexByte(row, haySep[0])
	en, row = row[:i], row[i+1:]
	return en, row[:strings.IndexByte(row, haySep[0])]
}

// headline returns the headline that row r, a source's row of its own,
// holds, as a titleKey.
func (p *packer) headline(r int) (string, string) {
	row := p.row(r)
	return row[:len(row)-len(haySep)], ""
}

// done returns the packed rows, or nil when there are none or the packer
// ran out of room.
func (p *packer) done() *packedText {
	p.closeBlock()
	if p.full || len(p.p.off) == 0 {
		return nil
	}
	if len(p.p.base) == 0 {
		p.p.base = []uint32{0}
	}
	t := p.p
	return &t
}

// movedTo returns, for a sort that put at j the item that was at idx[j],
// where each item went.
func movedTo(idx []int32) []int32 {
	at := make([]int32, len(idx))
	for j, i := range idx {
		at[i] = int32(j)
	}
	return at
}

// sorted records that the events were moved, each former position i to
// at[i].
func (t *packedText) sorted(at []int32) {
	rows := len(t.off) - 1
	if len(at) != rows {
		return // not the same events: the index will not use the text
	}
	if t.perm == nil {
		t.perm = at
		return
	}
	for r, e := range t.perm {
		t.perm[r] = at[e]
	}
}

// usableFor reports whether t is exactly the packed text of the rows: each
// row holds, in order, its item's pieces, the item has no other text, and
// every item has its row. The strings are compared, which costs nothing
// when they are the packed copies themselves (equal pointers compare
// equal at once) and tells an item changed since it was packed.
func (t *packedText) usableFor(rs rowsOf) bool {
	rows := len(t.off) - 1
	if rows != rs.n || len(t.base) != len(t.blocks)+1 || t.perm != nil && len(t.perm) != rows {
		return false
	}
	seen := newBitset(rows)
	b := 0
	for r := 0; r < rows; r++ {
		for b < len(t.blocks) && t.base[b+1] <= t.off[r] {
			b++
		}
		if b == len(t.blocks) && t.off[r+1] > t.off[r] {
			return false
		}
		e := r
		if t.perm != nil {
			e = int(t.perm[r])
		}
		if e < 0 || e >= rows || seen.has(int32(e)) {
			return false
		}
		seen.set(e)
		if rs.extra != nil && rs.extra(e) {
			return false // text in other languages
		}
		pos := t.off[r]
		for _, s := range rs.pieces(e) {
			if s == nil || *s == "" {
				continue
			}
			end := pos + uint32(len(*s))
			if b == len(t.blocks) || end >= t.base[b+1] {
				return false
			}
			block := t.blocks[b]
			if *s != block[pos-t.base[b]:end-t.base[b]] || block[end-t.base[b]] != haySep[0] {
				return false
			}
			pos = end + 1
		}
		if pos != t.off[r+1] {
			return false
		}
	}
	return true
}
