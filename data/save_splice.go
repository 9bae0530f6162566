package data

import (
	"io"
	"slices"

	"timeline/model"
)

// A save that copies what the edit left alone.
//
// A file that this program saved, and that nobody changed since (see
// savedMark), holds each of its events and sources exactly as the encoder
// writes them. An update of such a file changes a few events; the save
// then copies the others from the file it replaces, a run of them at a
// time, instead of encoding them again. What it writes is byte for byte
// what encoding the whole dataset writes (TestSpliceMatchesEncoding), for
// a fraction of the work: most of the save of a large file is encoding.

// span is where an item is in a file: its first byte, and the one after
// its last.
type span struct{ off, end int64 }

// fileSpans are where a file's events and sources are, in the order of
// the file.
type fileSpans struct{ events, sources []span }

// splice says, for each event and source of the dataset being saved,
// where its bytes are in the old file; a zero span is an item to encode.
type splice struct {
	old     io.ReaderAt
	events  []span
	sources []span
}

// copyRun appends to dst, copied from the old file, item i and as many
// of the items after it, up to end, as follow it there as they follow it
// in the list, with the separators between them; it returns dst and how
// many items it copied, 0 when item i is to be encoded.
type copyRun func(dst []byte, i, end int) ([]byte, int)

// copier returns the copyRun of the events list, or of the sources list,
// or nil when nothing is copied.
func (sp *splice) copier(events bool) copyRun {
	if sp == nil {
		return nil
	}
	spans := sp.sources
	if events {
		spans = sp.events
	}
	return func(dst []byte, i, end int) ([]byte, int) {
		first := spans[i]
		if first.end == 0 {
			return dst, 0
		}
		j := i + 1
		for j < end && spans[j].end != 0 && spans[j].off == spans[j-1].end+int64(len(itemSep)) {
			j++
		}
		n := int(spans[j-1].end - first.off)
		k := len(dst)
		dst = slices.Grow(dst, n)[:k+n]
		if _, err := sp.old.ReadAt(dst[k:], first.off); err != nil {
			// The file is no longer the one read: the item is encoded, and
			// the check before the save replaces the file finds the change.
			return dst[:k], 0
		}
		return dst, j - i
	}
}

// spliceFor returns what a save of ds can copy from old, the trusted file
// it was read from, where its events and sources were at spans in the
// order of the ids oldEvents and oldSources, after the edit e. The items e
// adds, changes or removes are encoded; the others keep their order
// through an edit, so each is found by walking both lists once.
func spliceFor(old io.ReaderAt, spans *fileSpans, oldEvents, oldSources []string, ds *model.Dataset, e model.Edit) *splice {
	return &splice{
		old:     old,
		events:  matchSpans(oldEvents, spans.events, deltaIDs(e.Events), len(ds.Events), func(i int) string { return ds.Events[i].ID }),
		sources: matchSpans(oldSources, spans.sources, deltaIDs(e.Sources), len(ds.Sources), func(i int) string { return ds.Sources[i].ID }),
	}
}

// deltaIDs returns the ids of the items the changes touch.
func deltaIDs[T any](changes []model.Delta[T]) map[string]bool {
	ids := make(map[string]bool, len(changes))
	for _, c := range changes {
		ids[c.ID] = true
	}
	return ids
}

// matchSpans returns the span of each of the n items that id names, found
// among the items read, oldIDs at spans, for those not changed; an item
// not found is encoded.
func matchSpans(oldIDs []string, spans []span, changed map[string]bool, n int, id func(int) string) []span {
	out := make([]span, n)
	k := 0
	for i := range n {
		s := id(i)
		if changed[s] {
			continue
		}
		j := k
		for j < len(oldIDs) && oldIDs[j] != s {
			j++
		}
		if j == len(oldIDs) {
			continue
		}
		out[i], k = spans[j], j+1
	}
	return out
}

// idsOf returns the ids of items, in order.
func idsOf[T any](items []T, id func(*T) string) []string {
	out := make([]string, len(items))
	for i := range items {
		out[i] = id(&items[i])
	}
	return out
}
