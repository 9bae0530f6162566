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
		{"event", keysOf(eventTable), wireEventOut{}},
		{"media", keysOf(mediaTable), ownMedia{}},
		{"background", keysOf(backgroundTable), ownBackground{}},
		{"link", keysOf(linkTable), ownLink{}},
		{"introduction", keysOf(introTable), introOut{}},
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
		written := jsonKeys(reflect.TypeOf(tt.shape))
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

// jsonKeys returns the keys encoding/json writes for a struct type, in
// order, those of embedded structs where they are embedded.
func jsonKeys(typ reflect.Type) []string {
	var keys []string
	for i := range typ.NumField() {
		f := typ.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			keys = append(keys, jsonKeys(f.Type)...)
			continue
		}
		if tag := f.Tag.Get("json"); tag != "" && tag != "-" {
			keys = append(keys, strings.Split(tag, ",")[0])
		}
	}
	return keys
}
