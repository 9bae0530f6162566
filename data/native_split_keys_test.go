package data

import "testing"

// TestTopCopyKnowsEveryKey checks that the second decoder's reading of
// every top-level key but the events can be taken (see topCopy): a key
// added to the format and not there would make every large file be read
// twice over its second half.
func TestTopCopyKnowsEveryKey(t *testing.T) {
	for _, f := range fileTable.fields {
		if f.key != "events" && topCopy(f.key) == nil {
			t.Errorf("topCopy does not know the top-level key %q", f.key)
		}
	}
}
