package search

import (
	"context"
	"runtime"
	"strings"
)

// A refined search reads the text of each row of its scope that the
// candidates' people and organisations do not already answer for: at a
// million events, tens of thousands of rows scattered in memory, each read
// from its first byte, which was half of a key's time. But a word typed
// one key after another extends the word before it, and a row holds the
// longer word only where it holds the shorter one, from that one's
// leftmost match on. So once a result is on the screen, its scope notes
// where each of its rows first holds the result's word (Index.Prepare),
// and a key that extends the word looks there first: one read of a row,
// where the match usually still is, and the rest of the row only when it
// is not. A row that does not hold the word is not read at all.

// wordRowsMax is the most candidates whose rows Prepare reads for their
// word. It reads each row once, as a key would, while the user reads the
// result; for a larger result that reading would still be going on, two
// processors busy, when the next key comes.
const wordRowsMax = 1 << 17

// occurrences are the rows of a table that hold a word, and where each
// first does.
type occurrences struct {
	needle string  // the folded word
	k      int     // the byte of needle whose places are looked at (see foldedIndexAt)
	rows   []int32 // the rows that hold needle, in order
	at     []int32 // per row: the place of its leftmost match
}

// wordRows are the occurrences of a word in the rows of a scope: its
// events' text and its sources' headlines.
type wordRows struct{ events, sources occurrences }

// wordRowsOf returns where the rows of sc hold needle, which is not empty.
func (ix *Index) wordRowsOf(sc *scope, needle string) *wordRows {
	events := sc.rows
	if ix.events.perm == nil { // row r is event r
		events = sc.events.list(ix.Len())
	}
	var sources []int32
	if t := &ix.sourceTitles; t.perm == nil {
		sources = sc.sourceSet.list(t.rows())
	} else {
		sources = t.rowsOf(sc.sourceSet)
	}
	return &wordRows{events: ix.events.occurrencesOf(events, needle), sources: ix.sourceTitles.occurrencesOf(sources, needle)}
}

// occurrencesOf returns where rows of t hold needle.
func (t *rawTable) occurrencesOf(rows []int32, needle string) occurrences {
	occ := occurrences{needle: needle, k: t.anchor(needle)}
	at := make([]int32, len(rows))
	_ = splitScan(context.Background(), len(rows), scatteredChunk, runtime.GOMAXPROCS(0), func(from, to int) {
		for i := from; i < to; i++ {
			at[i] = int32(foldedIndexAt(t.row(int(rows[i])), needle, occ.k, 0))
		}
	})
	for i, p := range at {
		if p >= 0 {
			occ.rows = append(occ.rows, rows[i])
			occ.at = append(occ.at, p)
		}
	}
	return occ
}

// extendedBy reports whether a search for needle may start from w: only a
// row that holds w's word can hold a word that begins with it.
func (w *wordRows) extendedBy(needle string) bool {
	return w != nil && strings.HasPrefix(needle, w.events.needle)
}

// matchOccurrences is matchWithin for a needle that extends occ's word
// (see extendedBy): only the rows that hold that word are read, from its
// leftmost match on. A row's leftmost match of needle is there or after
// it, since needle holds the word at each of its own matches; so hits
// notes the same text before it as a scan of the whole row would.
func (t *rawTable) matchOccurrences(ctx context.Context, needle string, occ *occurrences, within, b bitset, hits *titleHits) error {
	return splitScan(ctx, len(occ.rows), scatteredChunk, runtime.GOMAXPROCS(0), func(from, to int) {
		for i := from; i < to; i++ {
			r := int(occ.rows[i])
			if e := t.item(r); e < 0 || !within.has(int32(e)) {
				continue
			}
			row := t.row(r)
			if p := foldedIndexAt(row, needle, occ.k, int(occ.at[i])); p >= 0 {
				t.set(b, r)
				hits.note(t, r, row[:p])
			}
		}
	})
}

// firstWord returns the first word or phrase q looks for in the text, or
// "" when it looks for none.
func (q Query) firstWord() string {
	for _, t := range q.terms {
		if t.field == fieldText && !t.neg && t.text != "" {
			return t.text
		}
	}
	return ""
}
