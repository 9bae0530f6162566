package search

import (
	"context"
	"encoding/binary"
	"math"
	"math/bits"
	"strings"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// rawTable is text as it was written, one row an event or a source (see
// packedText), with what a search needs to find a folded word in it
// without a folded copy: byte counts, to look for the word's rarest byte,
// and each row's mark classes (see rowMarks), to know where that byte may
// also come from a rune such as é or œ.
type rawTable struct {
	packedText
	freq   *[256]uint32         // how often each byte occurs in the text
	marks  []uint32             // per row: the mark classes of its non-ASCII runes
	marked *[markClasses]uint32 // how many rows have each mark class
	shared bool                 // the text is the dataset's own strings, not a copy
	owned  bool                 // perm, off, base and blocks are the table's own, for Update to change
}

// newRawTable returns the text of the rows: packed, the text a loader
// packed (Packer) when it is still exactly the items', else a packed
// copy.
func newRawTable(packed *packedText, rs rowsOf) rawTable {
	var t rawTable
	if packed != nil && packed.usableFor(rs) {
		t.packedText, t.shared = *packed, true
	} else if rs.n == 0 {
		t.packedText, t.shared = packedText{off: []uint32{0}, base: []uint32{0}}, true
	} else {
		t.packedText = packCopy(rs)
	}
	t.freq = new([256]uint32)
	for _, b := range t.blocks {
		f := byteFreq(unsafe.Slice(unsafe.StringData(b), len(b)))
		for k := range f {
			t.freq[k] += f[k]
		}
	}
	t.marks = make([]uint32, t.rows())
	t.eachRow(func(r int, s string) { t.marks[r] = rowMarks(s) })
	t.countMarks()
	return t
}

// countMarks counts the rows that have each mark class.
func (t *rawTable) countMarks() {
	t.marked = new([markClasses]uint32)
	for _, m := range t.marks {
		for ; m != 0; m &= m - 1 {
			if c := bits.TrailingZeros32(m); c < markClasses {
				t.marked[c]++
			}
		}
	}
}

// packCopy packs a copy of the rows' text in one block, leaving their
// strings as they are. Past 4 GiB, later items get empty rows: events are
// then found by their fields and names only.
func packCopy(rs rowsOf) packedText {
	size := 0
	count := func(s string) {
		if s != "" {
			size += len(s) + len(haySep)
		}
	}
	for i := range rs.n {
		rs.each(i, count)
	}
	buf := make([]byte, 0, min(size, math.MaxUint32-1))
	add := func(s string) {
		if s != "" && len(buf)+len(s)+len(haySep) <= cap(buf) {
			buf = append(append(buf, s...), haySep...)
		}
	}
	off := append(make([]uint32, 0, rs.n+1), 0)
	for i := range rs.n {
		rs.each(i, add)
		off = append(off, uint32(len(buf)))
	}
	t := packedText{off: off, base: []uint32{0}}
	if len(buf) > 0 {
		t.blocks = []string{unsafe.String(&buf[0], len(buf))}
		t.base = append(t.base, uint32(len(buf)))
	}
	return t
}

// rows returns the number of rows.
func (t *rawTable) rows() int { return len(t.off) - 1 }

// size returns the bytes of text.
func (t *rawTable) size() int { return int(t.base[len(t.base)-1]) }

// eachRow calls f with every row's text, in the order of the rows.
func (t *rawTable) eachRow(f func(r int, s string)) {
	b := 0
	for r := 0; r < t.rows(); r++ {
		for b < len(t.blocks) && t.base[b+1] <= t.off[r] {
			b++
		}
		if t.off[r+1] == t.off[r] {
			f(r, "")
			continue
		}
		f(r, t.blocks[b][t.off[r]-t.base[b]:t.off[r+1]-t.base[b]])
	}
}

// item returns the event or source of row r, or -1 when the row is no
// longer any item's (see Index.Update).
func (t *rawTable) item(r int) int {
	if t.perm != nil {
		return int(t.perm[r])
	}
	return r
}

// set marks in b the item of row r. Rows that were sorted may put the
// items of two workers' rows in one word of b, hence the atomic update.
func (t *rawTable) set(b bitset, r int) {
	e := t.item(r)
	if e < 0 {
		return
	}
	atomic.OrUint64(&b[e>>6], 1<<(e&63))
}

// match sets in b the items whose row contains any of needles (see
// table.match), and in hits, unless it is nil, those whose title does.
func (t *rawTable) match(ctx context.Context, needles []string, b bitset, hits *titleHits) error {
	return matchParallel(ctx, t.rows(), func(from, to int) {
		for _, needle := range needles {
			t.matchRange(needle, from, to, b, hits)
		}
	})
}

// titleHits are the items whose row holds a word in its first piece (en:
// an event's English title, through which sources' headlines are found)
// or in its first two (both: the title in English and French of an event
// whose row other events share it from, see Index.titleOf). Either may be
// nil.
type titleHits struct{ en, both bitset }

// note records a match in row r after the row's text before: the first
// hit in a row is its leftmost match (see scanRows), so a title holds the
// word exactly when that hit lies in it.
func (h *titleHits) note(t *rawTable, r int, before string) {
	if h == nil {
		return
	}
	i := strings.IndexByte(before, haySep[0])
	if i < 0 && h.en != nil {
		t.set(h.en, r)
	}
	if h.both != nil && (i < 0 || strings.IndexByte(before[i+1:], haySep[0]) < 0) {
		t.set(h.both, r)
	}
}

// has reports whether the item of row r is in b, which workers may be
// setting (see set).
func (t *rawTable) has(b bitset, r int) bool {
	e := t.item(r)
	if e < 0 {
		return false
	}
	return atomic.LoadUint64(&b[e>>6])&(1<<(e&63)) != 0
}

// matching returns the items whose row contains any of needles, or nil
// when none does (see table.matching).
func (t *rawTable) matching(needles []string) bitset {
	b := borrowBitset(t.rows())
	if t.match(context.Background(), needles, b, nil) == nil {
		for _, w := range b {
			if w != 0 {
				return b
			}
		}
	}
	giveBack(b)
	return nil
}

// matchRange sets in b the items of the rows in [from, to) that contain
// needle once folded, and in hits, unless it is nil, those whose title
// does.
//
// It picks the needle's byte that is cheapest to look for (anchor). In the
// runs of rows whose non-ASCII runes cannot fold to that byte, it looks for
// the byte and its upper-case form with strings.IndexByte, which runs at
// memory speed, and folds only the bytes around each hit to check the
// needle there. In a row where a rune could fold to it (an é for an e),
// foldedIndexAt also checks at each such rune. After a match it skips to
// the next row.
func (t *rawTable) matchRange(needle string, from, to int, b bitset, hits *titleHits) {
	if needle == "" {
		return
	}
	t.matchAnchored(needle, t.anchorOf(needle), from, to, b, hits)
}

// anchored is a needle's anchor (see matchRange), worked out once for many
// runs of rows.
type anchored struct {
	k   int    // the anchor's position in the needle
	bit uint32 // the mark class of the rows where a rune may fold to it
}

// anchorOf returns the anchor of a needle that is not empty.
func (t *rawTable) anchorOf(needle string) anchored {
	k := t.anchor(needle)
	return anchored{k: k, bit: uint32(1) << markClass(needle[k])}
}

// matchAnchored is matchRange with the needle's anchor given.
func (t *rawTable) matchAnchored(needle string, a anchored, from, to int, b bitset, hits *titleHits) {
	if from >= to {
		return
	}
	k, bit := a.k, a.bit
	c := needle[k]
	for r := from; r < to; {
		end := r
		for end < to && t.marks[end]&bit == 0 {
			end++
		}
		if c < utf8.RuneSelf && end > r {
			t.scanRows(needle, k, r, end, b, hits)
		}
		if end == to {
			break
		}
		// A marked row: a rune in it may fold to the anchor.
		row := t.row(end)
		if p := foldedIndexAt(row, needle, k, 0); p >= 0 {
			t.set(b, end)
			hits.note(t, end, row[:p])
		}
		r = end + 1
	}
}

// row returns the text of row r.
func (t *rawTable) row(r int) string {
	if t.off[r+1] == t.off[r] {
		return ""
	}
	b := t.blockOf(t.off[r])
	return t.blocks[b][t.off[r]-t.base[b] : t.off[r+1]-t.base[b]]
}

// blockOf returns the block that holds the byte at pos.
func (t *packedText) blockOf(pos uint32) int {
	lo, hi := 0, len(t.blocks)
	for lo < hi {
		m := (lo + hi) / 2
		if t.base[m+1] <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// scanRows looks for needle, whose ASCII byte at k is the anchor, in rows
// [from, to) by the anchor's raw occurrences (see matchRange), sets in b
// the items of the rows where it is found, and in hits (unless nil) those
// where that is in the row's title, and reports whether it found
// any. The first hit checked in a row is its leftmost match, unless a rune
// folds to the anchor.
// It follows the anchor and its upper-case form together, each from one
// strings.IndexByte to the next: two scans at memory speed. (Scanning for
// one and then for the other in the rows still unmatched was slower: the
// second scan is cut into many short ones.)
func (t *rawTable) scanRows(needle string, k, from, to int, b bitset, hits *titleHits) bool {
	start, stop := t.off[from], t.off[to]
	if start == stop {
		return false
	}
	c := needle[k]
	upper := c
	if 'a' <= c && c <= 'z' && t.freq[c-'a'+'A'] > 0 {
		upper = c - 'a' + 'A'
	}
	before, after := needle[:k], needle[k+1:]
	found := false
	row := from
	for bi := t.blockOf(start); bi < len(t.blocks) && t.base[bi] < stop; bi++ {
		blk, base := t.blocks[bi], t.base[bi]
		pos, hi := int(max(start, base)-base), int(min(stop, t.base[bi+1])-base)
		nextC, nextU := -1, -1
		if upper == c {
			nextU = hi
		}
		for pos < hi {
			if nextC < pos {
				nextC = indexByteFrom(blk, pos, hi, c)
			}
			if nextU < pos {
				nextU = indexByteFrom(blk, pos, hi, upper)
			}
			p := min(nextC, nextU)
			if p >= hi {
				break
			}
			if !nextFits(blk, p, after) || !prevFits(blk, p, before) ||
				!foldedHasSuffix(blk[:p], before) || !foldedHasPrefix(blk[p+1:], after) {
				pos = p + 1
				continue
			}
			g := base + uint32(p)
			for t.off[row+1] <= g {
				row++
			}
			t.set(b, row)
			if hits != nil {
				hits.note(t, row, blk[t.off[row]-base:p])
			}
			found = true
			pos = int(t.off[row+1] - base)
		}
	}
	return found
}

// indexByteFrom returns the position of the first c in s[from:to], or to.
func indexByteFrom(s string, from, to int, c byte) int {
	if j := strings.IndexByte(s[from:to], c); j >= 0 {
		return from + j
	}
	return to
}

// nextFits reports whether the byte after s[p] may begin after, by a look
// at it alone: an ASCII byte must be after's first once lower-cased. Most
// hits of a common anchor fail here, before any call.
func nextFits(s string, p int, after string) bool {
	if after == "" {
		return true
	}
	if p+1 >= len(s) {
		return false
	}
	x := s[p+1]
	return x >= utf8.RuneSelf || asciiLower[x] == after[0]
}

// prevFits is nextFits for the byte before s[p] and the end of before.
func prevFits(s string, p int, before string) bool {
	if before == "" {
		return true
	}
	if p == 0 {
		return false
	}
	x := s[p-1]
	return x >= utf8.RuneSelf || asciiLower[x] == before[len(before)-1]
}

// anchor returns the position in needle of the byte that is cheapest to
// look for: an ASCII byte costs its raw occurrences, in both cases, and
// every byte the rows where a rune could fold to it, which are folded
// whole.
func (t *rawTable) anchor(needle string) int {
	rowLen := uint64(t.size()/max(t.rows(), 1)) + 1
	best, bestCost := 0, uint64(math.MaxUint64)
	for i := 0; i < len(needle); i++ {
		c := needle[i]
		cost := 4 * rowLen * uint64(t.marked[markClass(c)])
		if c < utf8.RuneSelf {
			cost += uint64(t.freq[c])
			if 'a' <= c && c <= 'z' {
				cost += uint64(t.freq[c-'a'+'A'])
			}
		}
		if cost < bestCost {
			best, bestCost = i, cost
		}
	}
	return best
}

// loadUint64 returns the first eight bytes of s, little-endian.
func loadUint64(s string) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s), 8))
}
