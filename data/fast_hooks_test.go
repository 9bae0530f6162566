package data

import (
	"io"

	"timeline/model"
)

// Hooks for the external tests of the fast loader (fastnative_test.go),
// which live in package data_test to use the synthetic generator.
var (
	DecodeFast         = decodeFastDataset
	ParseNativeCareful = parseNativeCareful
	ErrSlow            = errSlow
)

// CountLists counts the lists of b, a file of size bytes, as the loader
// does, fed piece bytes at a time, and returns their lengths, -1 for a
// list not counted.
func CountLists(b []byte, size int64, piece int) (events, sources int64) {
	c := newCounts(-1, -1)
	s := countScan{counts: c, size: size}
	for len(b) > 0 {
		k := min(piece, len(b))
		s.feed(b[:k])
		b = b[k:]
	}
	return c.events.Load(), c.sources.Load()
}

// DecodeFastCounted is DecodeFast with the lengths of the lists given, as
// if counted before the decoding starts (-1: not counted).
func DecodeFastCounted(r io.Reader, events, sources int64) (*model.Dataset, error) {
	ds, _, err := decodeFast(r, newCounts(events, sources), nil)
	return ds, err
}

// DecodeFastCounting is DecodeFast with the lists counted on the side as
// Load counts them.
func DecodeFastCounting(r io.Reader, b io.ReaderAt, size int64) (*model.Dataset, error) {
	c := countLists(b, size)
	defer c.close()
	ds, _, err := decodeFast(r, c, nil)
	return ds, err
}

func newCounts(events, sources int64) *listCounts {
	c := &listCounts{done: make(chan struct{})}
	c.events.Store(events)
	c.sources.Store(sources)
	close(c.done)
	return c
}

// decodeFastDataset is decodeFast without the packed text.
func decodeFastDataset(r io.Reader, counts *listCounts, onEvents func(int)) (*model.Dataset, error) {
	ds, _, err := decodeFast(r, counts, onEvents)
	return ds, err
}
