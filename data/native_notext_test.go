package data_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"timeline/data"
)

// TestDecodeNoText holds the decoder to reading the same dataset, with
// the same warnings and errors, whether or not it packs the text for a
// search index: an update, which does not, saves what a load shows.
func TestDecodeNoText(t *testing.T) {
	cases := decoderCases(t)
	bad, _ := filepath.Glob("testdata/bad/*.json")
	for _, p := range bad {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		cases[p] = b
	}
	for name, b := range cases {
		want, _, wantWarn, wantErr := data.DecodeStream(name, bytes.NewReader(b))
		got, text, gotWarn, gotErr := data.DecodeNoText(name, bytes.NewReader(b))
		if text != nil {
			t.Errorf("%s: text packed", name)
		}
		if !reflect.DeepEqual(gotErr, wantErr) || !reflect.DeepEqual(gotWarn, wantWarn) {
			t.Errorf("%s: issues differ:\n got %v %v\nwant %v %v", name, gotWarn, gotErr, wantWarn, wantErr)
		}
		if (got == nil) != (want == nil) || got != nil && !sameData(got, want) {
			t.Errorf("%s: datasets differ", name)
		}
	}
}
