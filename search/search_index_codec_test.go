package search

import (
	"bytes"
	"slices"
	"testing"
	"timeline/model"
)

// codecQueries are the queries a decoded index must answer as the index it
// was written from does: words, phrases, every field and negations.
var codecQueries = []string{
	"", "lecun", "zoe", `"alex wang"`, "kind:departure", "!kind:hire", "status:disputed",
	"from:2025-07 to:2025-08", "person:wang", "org:meta", "outlet:wired", "tag:x", "nothing-matches-this",
}

func TestSearchIndexRoundTrip(t *testing.T) {
	ds := queryDataset()
	ix := NewIndex(ds, nil)
	got, rest, err := DecodeIndex(append(encodeIndex(t, ix), "tail"...))
	if err != nil {
		t.Fatal(err)
	}
	if string(rest) != "tail" {
		t.Errorf("rest = %q, want the bytes after the index", rest)
	}
	if got.Len() != ix.Len() || got.TextBytes() != ix.TextBytes() || got.Dataset() != nil {
		t.Errorf("decoded index: %d events, %d bytes of text; want %d, %d", got.Len(), got.TextBytes(), ix.Len(), ix.TextBytes())
	}
	for _, s := range codecQueries {
		q, err := ParseQuery(s)
		if err != nil {
			t.Fatal(err)
		}
		if w, g := ix.Filter(q), got.Filter(q); !slices.Equal(w, g) {
			t.Errorf("%q: decoded index finds %v, want %v", s, g, w)
		}
	}
}

// TestDecodeSearchIndexRejectsDamage cuts and flips the bytes of a valid
// index: every cut is an error, and a flipped byte is either an error or an
// index that still answers without panicking.
func TestDecodeSearchIndexRejectsDamage(t *testing.T) {
	b := encodeIndex(t, NewIndex(queryDataset(), nil))
	for n := 0; n < len(b); n++ {
		if _, _, err := DecodeIndex(b[:n]); err == nil {
			t.Fatalf("a cut after %d of %d bytes decoded", n, len(b))
		}
	}
	queries := parsedCodecQueries(t)
	for i := range b {
		for _, x := range []byte{0x01, 0x80, 0xff} {
			c := slices.Clone(b)
			c[i] ^= x
			if ix, _, err := DecodeIndex(c); err == nil {
				for _, q := range queries {
					ix.Filter(q)
				}
			}
		}
	}
}

func parsedCodecQueries(t testing.TB) []Query {
	var qs []Query
	for _, s := range codecQueries {
		q, err := ParseQuery(s)
		if err != nil {
			t.Fatal(err)
		}
		qs = append(qs, q)
	}
	return qs
}

// FuzzDecodeSearchIndex feeds any bytes to the decoder: it must not panic,
// and an index it accepts must answer every query without panicking.
func FuzzDecodeSearchIndex(f *testing.F) {
	b := encodeIndex(f, NewIndex(queryDataset(), nil))
	f.Add(b)
	f.Add(b[:len(b)/2])
	f.Add(encodeIndex(f, NewIndex(&model.Dataset{}, nil)))
	// Packed text, sorted after packing, with shared headlines.
	packed := NewIndex(mixedDataset(3, 12, false))
	if packed.events.perm == nil || packed.headlineOf == nil {
		f.Fatal("the packed seed has no sorted rows or no shared headline")
	}
	f.Add(encodeIndex(f, packed))
	queries := parsedCodecQueries(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		ix, _, err := DecodeIndex(in)
		if err != nil {
			return
		}
		for _, q := range queries {
			ix.Filter(q)
		}
	})
}

// encodeIndex returns what WriteBinary writes for ix.
func encodeIndex(t testing.TB, ix *Index) []byte {
	var b bytes.Buffer
	if err := ix.WriteBinary(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
