package cli

import (
	"bytes"
	"testing"
)

// TestWriteJSONListAsWriteJSON holds the streamed JSON of "list --format
// json" to the bytes writeJSON gives for the whole slice: none, one and
// several values, nested, empty and with characters HTML would escape.
func TestWriteJSONListAsWriteJSON(t *testing.T) {
	for _, vals := range [][]any{{}, {map[string]any{"a": 1, "b": []int{1, 2}, "c": "<&>"}},
		{1, "x", map[string]any{"k": map[string]int{"z": 1}}, []string{}}} {
		var want, got bytes.Buffer
		if err := writeJSON(&want, vals); err != nil {
			t.Fatal(err)
		}
		if err := writeJSONList(&got, len(vals), func(i int) any { return vals[i] }); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("streamed:\n%s\nwant:\n%s", got.String(), want.String())
		}
	}
}
