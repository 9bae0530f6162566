package data_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"timeline/data"
	"timeline/data/synth"
	"timeline/model"
)

// TestSplitReadsAsOnePass checks the decoding on two cores against the
// decoding in one pass, on files whose second half is clean and on files
// with a problem on either side of the split: the same dataset, the same
// warnings, the same errors at the same lines and columns, and the second
// decoder's reading taken exactly when it found nothing to say.
func TestSplitReadsAsOnePass(t *testing.T) {
	indented, flat, ds := savedAndCompact(t, 3000, 11)
	line := strings.ReplaceAll(flat, "\n,", ",") // the whole file on one line
	late := ds.Events[len(ds.Events)-10].ID
	end := strings.LastIndex(indented, "\n}")

	cases := []struct {
		name string
		file string
		took bool // the second decoder's reading is taken
	}{
		{"saved", indented, true},
		{"compact", flat, true},
		{"bad date, early", replaceNth(t, indented, `"date": "`, 1, `"date": "2025-13-45`), true},
		{"bad date, late", replaceNth(t, indented, `"date": "`, -1, `"date": "2025-13-45`), false},
		{"unknown source, late", unknownSource(t, indented, late, `"id": "`, `"sources": [`), true},
		{"unknown source, late, compact", unknownSource(t, flat, late, `"id":"`, `"sources":[`), true},
		{"unknown source, late, one line", unknownSource(t, line, late, `"id":"`, `"sources":[`), true},
		{"moved and unknown source", replaceNth(t, unknownSource(t, indented, late, `"id": "`, `"sources": [`),
			`"date": "`, -10, `"date": "2001-01-01`), true},
		{"unknown top-level key after", indented[:end] + `,
  "zz": [1, {"a": null}]` + indented[end:], true},
		{"title again", indented[:end] + `,
  "title": "again"` + indented[end:], false},
		{"events again", indented[:end] + `,
  "events": []` + indented[end:], false},
		{"data after", indented + "x", false},
		{"truncated", indented[:len(indented)-300], false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := []byte(c.file)
			want, wantWarn, _, wantErr := data.DecodeUpdate(c.name, b, false)
			got, gotWarn, took, gotErr := data.DecodeUpdate(c.name, b, true)
			if took != c.took {
				t.Errorf("second decoder's reading taken: %v, want %v", took, c.took)
			}
			if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
				t.Fatalf("error:\n%v\nin one pass:\n%v", gotErr, wantErr)
			}
			if !reflect.DeepEqual(gotWarn, wantWarn) {
				t.Errorf("warnings:\n%v\nin one pass:\n%v", gotWarn, wantWarn)
			}
			if wantErr != nil {
				return
			}
			var g, w bytes.Buffer
			if err := data.WriteNative(&g, got); err != nil {
				t.Fatal(err)
			}
			if err := data.WriteNative(&w, want); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(g.Bytes(), w.Bytes()) || len(got.Events) != len(ds.Events) {
				t.Errorf("the dataset read on two cores differs from the one read in one pass")
			}
		})
	}
	// The errors compared above are located where the problems are: the
	// comparison would pass on any positions were they all zero.
	_, _, _, err := data.DecodeUpdate("late", []byte(unknownSource(t, indented, late, `"id": "`, `"sources": [`)), true)
	if line := strings.Count(indented[:strings.Index(indented, `"id": "`+late)], "\n"); !strings.Contains(fmt.Sprint(err), fmt.Sprintf(":%d:", line)) {
		t.Errorf("the unknown source of event %s, which starts on line %d, is reported as %v", late, line, err)
	}
}

// savedAndCompact returns a synthetic file of n events as the generator
// writes it, compact, and as a save writes it, indented, with its dataset.
func savedAndCompact(t *testing.T, n int, seed int64) (saved, compact string, ds *model.Dataset) {
	t.Helper()
	var c bytes.Buffer
	if err := synth.Write(&c, n, seed); err != nil {
		t.Fatal(err)
	}
	ds, _, err := data.ParseNative("synthetic", c.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var s bytes.Buffer
	if err := data.WriteNative(&s, ds); err != nil {
		t.Fatal(err)
	}
	return s.String(), c.String(), ds
}

// replaceNth replaces the nth occurrence of old in s (the last ones when n
// is negative), and what follows it up to the next quote, with new: the
// value of a key given with its opening quote.
func replaceNth(t *testing.T, s, old string, n int, new string) string {
	t.Helper()
	var at []int
	for i := 0; ; {
		j := strings.Index(s[i:], old)
		if j < 0 {
			break
		}
		at = append(at, i+j)
		i += j + len(old)
	}
	if n < 0 {
		n = len(at) + 1 + n
	}
	if n < 1 || n > len(at) {
		t.Fatalf("no occurrence %d of %q", n, old)
	}
	i := at[n-1] + len(old)
	i += strings.IndexByte(s[i:], '"')
	return s[:at[n-1]] + new + s[i:]
}

// unknownSource makes the first source that event id cites a source the
// file does not have; idKey and sourcesKey are how the file writes the
// keys before their values.
func unknownSource(t *testing.T, s, id, idKey, sourcesKey string) string {
	t.Helper()
	i := strings.Index(s, idKey+id+`"`)
	if i < 0 {
		t.Fatalf("no event %s", id)
	}
	j := strings.Index(s[i:], sourcesKey)
	if j < 0 {
		t.Fatalf("event %s cites nothing", id)
	}
	q := i + j + len(sourcesKey)
	open := q + strings.Index(s[q:], `"`)
	return s[:open+1] + "nope-nope-" + s[open+1:]
}

// TestSplitAgreesOnDamagedFiles checks the decoding on two cores against
// the decoding in one pass on files damaged by one byte, anywhere in the
// second half: whatever the damage, the same dataset, the same warnings,
// the same errors at the same places.
func TestSplitAgreesOnDamagedFiles(t *testing.T) {
	saved, compact, _ := savedAndCompact(t, 2000, 3)
	r := rand.New(rand.NewPCG(1, 2))
	const bytesTried = "\"\\,:{}[]x1 \n\x01é"
	took := 0
	for i := range 40 {
		b := []byte(saved)
		if i%2 == 1 {
			b = []byte(compact)
		}
		at := len(b)/2 + r.IntN(len(b)/2)
		b[at] = bytesTried[r.IntN(len(bytesTried))]
		want, wantWarn, _, wantErr := data.DecodeUpdate("damaged", b, false)
		got, gotWarn, split, gotErr := data.DecodeUpdate("damaged", b, true)
		if split {
			took++
		}
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) || !reflect.DeepEqual(gotWarn, wantWarn) {
			t.Fatalf("byte %d set to %q: on two cores\n%v %v\nin one pass\n%v %v", at, b[at], gotErr, gotWarn, wantErr, wantWarn)
		}
		if wantErr == nil {
			var g, w bytes.Buffer
			data.WriteNative(&g, got)
			data.WriteNative(&w, want)
			if !bytes.Equal(g.Bytes(), w.Bytes()) {
				t.Fatalf("byte %d set to %q: the datasets differ", at, b[at])
			}
		}
	}
	if took == 0 {
		t.Error("the second decoder's reading was never taken: the damage never missed")
	}
}
