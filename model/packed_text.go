package model

import (
	"unsafe"
)

// The events' own searchable text, packed: the titles and summaries of an
// event (see pieces) in a row of its own, each piece followed by haySep,
// the rows in large blocks. The search index scans these blocks instead of
// a folded copy of the text. A loader that packs the events as it reads
// them (see TextPacker) points their strings into the blocks, so the text
// is held once; otherwise the index packs a copy of its own. Quotes and
// claims, which loaders share between the events that repeat them, are
// searched in a table of their own (see eachSharedText).

// rowPieces are the pieces of text of one row, nil where there are fewer
// than four.
type rowPieces [4]*string

// pieces returns the pieces of text that are the event's alone: its title
// and summary in English and French.
func pieces(e *Event) rowPieces {
	return rowPieces{&e.Title.En, &e.Title.Fr, &e.Summary.En, &e.Summary.Fr}
}

// sourcePieces returns the source's headline, the one piece of its row (its
// outlet, which many sources share, is searched in a table of outlets).
func sourcePieces(s *Source) rowPieces { return rowPieces{&s.Title} }

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

// eventRows returns the rows of the events' own text.
func eventRows(d *Dataset) rowsOf {
	return rowsOf{n: len(d.Events),
		pieces: func(i int) rowPieces { return pieces(&d.Events[i]) },
		each: func(i int, f func(string)) {
			e := &d.Events[i]
			e.Title.Each(func(_, s string) { f(s) })
			e.Summary.Each(func(_, s string) { f(s) })
		},
		extra: func(i int) bool {
			e := &d.Events[i]
			return !e.Title.otherZero() || !e.Summary.otherZero()
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

// TextPacker packs the text of events and sources as a loader reads them,
// and points their strings at the packed copies, so that the search index
// scans the very strings the dataset holds. Its zero value is ready to use.
type TextPacker struct {
	events, sources packer
	headlines       []int32 // per source: the event whose title is its headline, or -1
	titles          bool    // some source's headline is an event's title
}

// Add packs e's title and summary as the next event row, and points e's
// strings at them: the strings e had are no longer needed. Events must be
// added in the order of the dataset given to Done.
func (p *TextPacker) Add(e *Event) { p.events.add(pieces(e)) }

// AddSource packs s's headline as the next source row and points s at it,
// as Add does; or, when titleOf is not -1, s's headline is the very string
// of the English title of event titleOf (counted as Add added them), and
// the search index finds it through that title.
func (p *TextPacker) AddSource(s *Source, titleOf int) {
	if titleOf >= 0 {
		p.sources.add(rowPieces{})
		p.titles = true
	} else {
		p.sources.add(sourcePieces(s))
	}
	p.headlines = append(p.headlines, int32(titleOf))
}

// Done gives ds the packed text, for the search index. ds.Index must be
// called afterwards, as loaders do: it keeps track of the order it sorts
// the events in.
func (p *TextPacker) Done(ds *Dataset) {
	ds.text, ds.sourceText = p.events.done(), p.sources.done()
	if p.titles {
		ds.headlines = p.headlines
	}
	*p = TextPacker{}
}

// packer packs rows in blocks of packBlock bytes.
type packer struct {
	p    packedText
	buf  []byte // the block being filled
	size uint32 // the bytes packed in the blocks before buf
	full bool   // more than 4 GiB of text: nothing more is packed
}

// add appends the pieces as the next row and points them at their copies.
func (p *packer) add(ps rowPieces) {
	if p.full {
		return
	}
	n := ps.size()
	if uint64(p.size)+uint64(len(p.buf))+uint64(n) >= 1<<32-1 {
		p.full = true
		return
	}
	if cap(p.buf)-len(p.buf) < n {
		p.closeBlock()
		p.buf = make([]byte, 0, max(n, packBlock))
	}
	if len(p.p.off) == 0 {
		p.p.off = append(p.p.off, 0)
	}
	for _, s := range ps {
		if s == nil || *s == "" {
			continue
		}
		at := len(p.buf)
		p.buf = append(append(p.buf, *s...), haySep...)
		*s = unsafe.String(&p.buf[at], len(*s)) // the block is only appended to
	}
	p.p.off = append(p.p.off, p.size+uint32(len(p.buf)))
}

// closeBlock ends the block being filled.
func (p *packer) closeBlock() {
	if len(p.buf) == 0 {
		return
	}
	if len(p.p.base) == 0 {
		p.p.base = append(p.p.base, 0)
	}
	p.p.blocks = append(p.p.blocks, unsafe.String(&p.buf[0], len(p.buf)))
	p.size += uint32(len(p.buf))
	p.p.base = append(p.p.base, p.size)
	p.buf = nil
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
// row holds, in order, the very strings (not copies) of its item's pieces,
// the item has no other text, and every item has its row.
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
			if unsafe.StringData(*s) != unsafe.StringData(block[pos-t.base[b]:]) || block[end-t.base[b]] != haySep[0] {
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
