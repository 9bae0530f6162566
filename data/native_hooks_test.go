package data

import (
	"bytes"
	"io"
	"testing"

	"timeline/model"
	"timeline/search"
)

// Hooks for the external tests of the decoder (native_decoder_test.go,
// jcount_test.go), which live in package data_test to use the synthetic
// generator.

// DecodeStream decodes a native file, named name in messages, from r as
// Open does, without the count of its lists, and returns the dataset, the
// packed text and the warnings, or the error.
func DecodeStream(name string, r io.Reader) (*model.Dataset, *search.Packed, []Issue, error) {
	d := streamNative(name, r, decodeOptions{})
	return d.ds, d.text, d.warnings, d.err
}

// DecodeNoText is DecodeStream for a caller that builds no search index
// (see decodeOptions.noText): the packed text is nil.
func DecodeNoText(name string, r io.Reader) (*model.Dataset, *search.Packed, []Issue, error) {
	d := streamNative(name, r, decodeOptions{noText: true})
	return d.ds, d.text, d.warnings, d.err
}

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

// DecodeCounted is DecodeStream with the lengths of the lists given, as
// if counted before the decoding starts (-1: not counted).
func DecodeCounted(r io.Reader, events, sources int64) (*model.Dataset, error) {
	d := streamNative("counted", r, decodeOptions{counts: newCounts(events, sources)})
	return d.ds, d.err
}

// DecodeCounting is DecodeStream with the lists counted on the side as
// Open counts them.
func DecodeCounting(r io.Reader, b []byte) (*model.Dataset, error) {
	c := countLists(bytes.NewReader(b), int64(len(b)), false)
	defer c.close()
	d := streamNative("counting", r, decodeOptions{counts: c})
	return d.ds, d.err
}

// Sniff streams b as Open does and reports whether the decoder found it
// to be a TimelineJS file.
func Sniff(b []byte) bool {
	d := streamNative("sniff", bytes.NewReader(b), decodeOptions{sniff: true})
	return d.err == errNotNative
}

// DetectsTimelineJS reports whether detectFormat calls b TimelineJS.
func DetectsTimelineJS(b []byte) bool {
	f := detectFormat(b)
	return f == formatTimelineJS || f == formatLegacyTimelineJS
}

func newCounts(events, sources int64) *listCounts {
	c := &listCounts{done: make(chan struct{})}
	c.events.Store(events)
	c.sources.Store(sources)
	close(c.done)
	return c
}

// DecodeUpdate decodes b as an update reads a file (no search text, the
// lists counted first, here before the decoding starts), with a second
// decoder allowed to read the second half whatever the file's size when
// split is set; it reports whether the second decoder's reading was taken.
func DecodeUpdate(name string, b []byte, split bool) (ds *model.Dataset, warnings []Issue, took bool, err error) {
	c := countLists(bytes.NewReader(b), int64(len(b)), false)
	<-c.done
	o := decodeOptions{counts: c, sniff: true, noText: true}
	if split {
		o.split = &splitSource{r: bytes.NewReader(b), size: int64(len(b))}
	}
	r := streamNative(name, bytes.NewReader(b), o)
	return r.ds, r.warnings, r.split, r.err
}

// Copied reports whether an update's save copied from the file it
// replaced what the edit left alone (save_splice.go).
func Copied(s Saved) bool { return s.copied }

// SetBigUpdate makes updates read a file over n bytes packed, as a large
// one is, and returns the function that puts the size back.
func SetBigUpdate(n int64) (restore func()) {
	old := bigUpdateBytes
	bigUpdateBytes = n
	return func() { bigUpdateBytes = old }
}

// ReadsPacked reports whether an update reads the file at path packed.
func ReadsPacked(t testing.TB, path string) bool {
	l, err := readForUpdate(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	return l.Text != nil
}

// SetSaveLimit makes updates refuse to save a file over n bytes, and
// returns the function that puts the limit back.
func SetSaveLimit(n int64) (restore func()) {
	old := saveLimit
	saveLimit = n
	return func() { saveLimit = old }
}
