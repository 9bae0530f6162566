package data

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestTablesMatchEncoder checks that the decoder reads every key the
// encoder writes, and no other, in the same order: a field added to one
// and not the other, or misspelt, fails here.
func TestTablesMatchEncoder(t *testing.T) {
	for _, tt := range []struct {
		name  string
		keys  []string
		shape any
	}{
		{"file", keysOf(fileTable), wireOut{}},
		{"event", keysOf(eventTable), wireEvent{}},
		{"person in an event", keysOf(personRefTable), wirePerRef{}},
		{"claim", keysOf(claimTable), wireClaim{}},
		{"quote", keysOf(quoteTable), wireQuote{}},
		{"person", keysOf(personTable), wirePerson{}},
		{"role", keysOf(roleTable), wireRole{}},
		{"organisation", keysOf(orgTable), wireOrg{}},
		{"reporting line", keysOf(lineTable), wireLine{}},
		{"source", keysOf(sourceTable), wireSource{}},
		{"era", keysOf(eraTable), wireEra{}},
	} {
		var written []string
		typ := reflect.TypeOf(tt.shape)
		for i := range typ.NumField() {
			if tag := typ.Field(i).Tag.Get("json"); tag != "" && tag != "-" {
				written = append(written, strings.Split(tag, ",")[0])
			}
		}
		if !slices.Equal(tt.keys, written) {
			t.Errorf("%s: the decoder reads %v, the encoder writes %v", tt.name, tt.keys, written)
		}
	}
}

func keysOf[T any](t *table[T]) []string {
	var keys []string
	for _, f := range t.fields {
		keys = append(keys, f.key)
	}
	return keys
}
