package search

import (
	"encoding/binary"
	"errors"
	"io"
	"math"
	"timeline/model"
	"unsafe"
)

// WriteBinary writes the index to w in a compact binary form that
// DecodeIndex reads back: little-endian integers, each list preceded
// by its length, each table's text as it is. The dataset is not part of
// it: a decoded index answers Filter on its own. An index updated after
// edits (see Update) is written as a new index of its dataset would be,
// without the rows its edits left behind.
func (ix *Index) WriteBinary(w io.Writer) error {
	if ix.updated {
		ix = NewIndex(ix.ds, nil)
	}
	bw := binWriter{w: w}
	n := ix.Len()
	bw.uint32(uint32(n))
	for i := 0; i < n; i++ {
		bw.buf = append(bw.buf, byte(ix.kind[i]), ix.status[i])
		bw.flushIfFull()
	}
	bw.int32s(ix.first)
	bw.int32s(ix.last)
	for _, l := range ix.allLinks() {
		bw.uint32s(l.off)
		bw.int32s(l.ids)
	}
	for _, t := range ix.rawTables() {
		bw.uint32s(t.off)
		bw.int32s(t.perm)
		bw.uint32(uint32(t.size()))
		for _, b := range t.blocks {
			bw.string(b)
		}
		for _, f := range t.freq {
			bw.uint32(f)
		}
		bw.uint32s(t.marks)
	}
	for _, t := range ix.tables() {
		bw.uint32s(t.off)
		bw.uint32(uint32(len(t.hay)))
		bw.string(t.hay)
		for _, f := range t.freq {
			bw.uint32(f)
		}
	}
	bw.int32s(ix.sourceOutlet)
	bw.int32s(ix.headlineOf)
	bw.int32s(ix.titleOf)
	bw.flush()
	return bw.err
}

// binWriter gathers small writes into a buffer of about 64 KiB; after the
// first error it writes nothing more.
type binWriter struct {
	w   io.Writer
	buf []byte
	err error
}

func (b *binWriter) flush() {
	if b.err == nil && len(b.buf) > 0 {
		_, b.err = b.w.Write(b.buf)
	}
	b.buf = b.buf[:0]
}

func (b *binWriter) flushIfFull() {
	if len(b.buf) >= 64<<10 {
		b.flush()
	}
}

func (b *binWriter) uint32(v uint32) {
	b.buf = binary.LittleEndian.AppendUint32(b.buf, v)
	b.flushIfFull()
}

func (b *binWriter) uint32s(v []uint32) {
	b.uint32(uint32(len(v)))
	for _, x := range v {
		b.uint32(x)
	}
}

func (b *binWriter) int32s(v []int32) {
	b.uint32(uint32(len(v)))
	for _, x := range v {
		b.uint32(uint32(x))
	}
}

// string writes s as it is, without a length.
func (b *binWriter) string(s string) {
	b.flush()
	if b.err == nil {
		_, b.err = io.WriteString(b.w, s)
	}
}

// tables returns the index's tables of folded text in the order
// WriteBinary writes them.
func (ix *Index) tables() []*table {
	return []*table{&ix.personTab, &ix.orgTab, &ix.outletTab, &ix.tagTab, &ix.saidTab}
}

// rawTables returns the index's tables of text as written, in the order
// WriteBinary writes them.
func (ix *Index) rawTables() []*rawTable { return []*rawTable{&ix.events, &ix.sourceTitles} }

// allLinks returns the index's lists of references in the order
// WriteBinary writes them.
func (ix *Index) allLinks() []*links {
	return []*links{&ix.people, &ix.orgs, &ix.sources, &ix.tags, &ix.said}
}

// errBadIndex is what DecodeIndex returns for bytes it cannot trust.
var errBadIndex = errors.New("search index: malformed data")

// DecodeIndex reads an index written by WriteBinary from the start
// of b and returns it with the bytes that follow it. The index's texts
// point into b, which must not change afterwards. Every length, offset and
// reference is checked, so that damaged bytes give an error, never an index
// that panics or reads out of bounds; Dataset returns nil on the result.
func DecodeIndex(b []byte) (*Index, []byte, error) {
	d := decoder{b: b}
	n := int(d.uint32())
	if d.err != nil || n > len(d.b)/2 {
		return nil, nil, errBadIndex
	}
	ix := &Index{kind: make([]model.Kind, n), status: make([]uint8, n)}
	ks := d.bytes(2 * n)
	for i := 0; i < n && d.err == nil; i++ {
		ix.kind[i], ix.status[i] = model.Kind(ks[2*i]), ks[2*i+1]
	}
	ix.first, ix.last = d.int32s(), d.int32s()
	if len(ix.first) != n || len(ix.last) != n {
		d.fail()
	}
	for _, l := range ix.allLinks() {
		l.off, l.ids = d.uint32s(), d.int32s()
		if !offsetsFit(l.off, n, len(l.ids)) {
			d.fail()
		}
	}
	decodeRaw(&d, &ix.events, n)
	decodeRaw(&d, &ix.sourceTitles, -1)
	for _, t := range ix.tables() {
		t.off = d.uint32s()
		hay := d.bytes(int(d.uint32()))
		t.hay = unsafe.String(unsafe.SliceData(hay), len(hay))
		t.freq = new([256]uint32)
		for k := range t.freq {
			t.freq[k] = d.uint32()
		}
		if !offsetsFit(t.off, len(t.off)-1, len(t.hay)) {
			d.fail()
		}
	}
	ix.sourceOutlet, ix.headlineOf = d.int32s(), d.int32s()
	if len(ix.headlineOf) == 0 {
		ix.headlineOf = nil
	}
	if d.err != nil || len(ix.sourceOutlet) != ix.sourceTitles.rows() ||
		ix.headlineOf != nil && len(ix.headlineOf) != len(ix.sourceOutlet) {
		return nil, nil, errBadIndex
	}
	for _, e := range ix.headlineOf {
		k, other := sourceOf(e)
		if int(e) >= n || other && (k >= len(ix.headlineOf) || ix.headlineOf[k] != -1) {
			return nil, nil, errBadIndex
		}
	}
	if ix.titleOf = d.int32s(); len(ix.titleOf) == 0 {
		ix.titleOf = nil
	}
	if d.err != nil || ix.titleOf != nil && len(ix.titleOf) != n {
		return nil, nil, errBadIndex
	}
	for _, h := range ix.titleOf {
		// A title is in the row of an event whose own title is there.
		if h < -1 || int(h) >= n || h >= 0 && ix.titleOf[h] != -1 {
			return nil, nil, errBadIndex
		}
	}
	refs := []struct {
		ids  []int32
		rows int
	}{{ix.people.ids, ix.personTab.rows()}, {ix.orgs.ids, ix.orgTab.rows()},
		{ix.sources.ids, ix.sourceTitles.rows()}, {ix.tags.ids, ix.tagTab.rows()},
		{ix.sourceOutlet, ix.outletTab.rows()}, {ix.said.ids, ix.saidTab.rows()}}
	for _, r := range refs {
		for _, id := range r.ids {
			if id < 0 || int(id) >= r.rows {
				return nil, nil, errBadIndex
			}
		}
	}
	return ix, d.b, nil
}

// decodeRaw reads a table of text as written, of n rows (any number when
// n is -1), as WriteBinary wrote it.
func decodeRaw(d *decoder, t *rawTable, n int) {
	t.off, t.perm = d.uint32s(), d.int32s()
	if n < 0 {
		n = len(t.off) - 1
	}
	text := d.bytes(int(d.uint32()))
	t.base = []uint32{0}
	if len(text) > 0 {
		t.blocks = []string{unsafe.String(unsafe.SliceData(text), len(text))}
		t.base = append(t.base, uint32(len(text)))
	}
	t.freq = new([256]uint32)
	for k := range t.freq {
		t.freq[k] = d.uint32()
	}
	t.marks = d.uint32s()
	if !offsetsFit(t.off, n, len(text)) || len(t.marks) != n {
		d.fail()
		return
	}
	if len(t.perm) == 0 {
		t.perm = nil
	} else if len(t.perm) != n {
		d.fail()
		return
	}
	seen := newBitset(n)
	for _, e := range t.perm {
		if e < 0 || int(e) >= n || seen.has(e) {
			d.fail()
			return
		}
		seen.set(int(e))
	}
	t.countMarks()
}

// offsetsFit reports whether off is a list of rows+1 offsets that starts
// at 0, never goes down and ends at size.
func offsetsFit(off []uint32, rows, size int) bool {
	if rows < 0 || len(off) != rows+1 || off[0] != 0 || int(off[rows]) != size {
		return false
	}
	for i := 1; i < len(off); i++ {
		if off[i] < off[i-1] {
			return false
		}
	}
	return true
}

// decoder reads what WriteBinary wrote. After the first short read every
// read returns zero values and err stays set.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() { d.err, d.b = errBadIndex, nil }

func (d *decoder) bytes(n int) []byte {
	if d.err != nil || n < 0 || n > len(d.b) {
		d.fail()
		return nil
	}
	v := d.b[:n:n]
	d.b = d.b[n:]
	return v
}

func (d *decoder) uint32() uint32 {
	v := d.bytes(4)
	if v == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(v)
}

func (d *decoder) uint32s() []uint32 {
	n := int(d.uint32())
	v := d.bytes(4 * n)
	if v == nil || n > math.MaxInt32 {
		return nil
	}
	out := make([]uint32, n)
	if littleEndian && n > 0 {
		// The bytes are already the numbers: one copy, at memory speed.
		copy(unsafe.Slice((*byte)(unsafe.Pointer(&out[0])), 4*n), v)
		return out
	}
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(v[4*i:])
	}
	return out
}

// littleEndian reports whether this machine stores integers as the index's
// binary form does.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

func (d *decoder) int32s() []int32 {
	u := d.uint32s()
	out := make([]int32, len(u))
	for i, x := range u {
		out[i] = int32(x)
	}
	return out
}
