package data

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestAppendQuotedIsEncodingJSON compares the quoting of strings full of
// what JSON escapes with encoding/json's, with and without HTML escaping.
func TestAppendQuotedIsEncodingJSON(t *testing.T) {
	pieces := []string{"a", "é", "<b>", "&", "\"", "\\", "\x00", "\x08", "\x0c", "\n", "\r", "\t", "\x1b", "\x1f", "\x7f",
		"\u0085", "\u2028", "\u2029", "\xff", "\xe2\x80", "😀", "\u202e", " ", "/", "the quick brown fox", "\u2026",
		"décision été rapportée", "€", "\xe2\x82\xac"}
	r := rand.New(rand.NewPCG(3, 4))
	for round := 0; round < 20000; round++ {
		s := ""
		for n := r.IntN(40); n >= 0; n-- {
			s += pieces[r.IntN(len(pieces))]
		}
		for _, html := range []bool{false, true} {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(html)
			enc.Encode(s)
			want := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
			if got := appendQuoted(nil, s, html); !bytes.Equal(got, want) {
				t.Fatalf("appendQuoted(%q, %v) = %s, want %s", s, html, got, want)
			}
		}
	}
}

// TestJSONIndenterIsEncodingJSON compares the indenter with encoding/json
// on values of shapes the wire types have and some they do not, which go
// the slow way.
func TestJSONIndenterIsEncodingJSON(t *testing.T) {
	type inner struct {
		A string `json:"a,omitempty"`
		B int    `json:"b"`
	}
	type embedded struct{ inner }
	type shadowed struct {
		inner
		A string `json:"a"` // hides inner's a, as encoding/json decides
	}
	type pointed struct{ *inner }
	type odd struct {
		F       float64           `json:"f"`
		M       map[string]int    `json:"m,omitempty"`
		U       uint8             `json:"u,omitempty"`
		Bytes   []byte            `json:"bytes"`
		Str     int               `json:"str,string"`
		Skip    string            `json:"-"`
		NoTag   string            ``
		Ptr     *inner            `json:"ptr"`
		Any     any               `json:"any"`
		Texts   []jText           `json:"texts"`
		Nested  [][]string        `json:"nested"`
		Inners  []inner           `json:"inners,omitempty"`
		Raw     json.RawMessage   `json:"raw"`
		Plain   map[string]string `json:"plain"`
		private string
	}
	values := []any{
		wireEvent{ID: "x", Title: jText{"en": "<&>", "fr": "é"}, People: []wirePerRef{{ID: "p", Role: jText{"": "r"}}},
			Claims: []wireClaim{{Text: jText{}, By: "b"}}, Sources: []string{}},
		wireEvent{},
		inner{}, embedded{inner{A: "x"}}, shadowed{inner{A: "in", B: 1}, "out"}, pointed{&inner{B: 3}}, pointed{},
		wireEventOut{wireEvent: wireEvent{ID: "e", Sources: []string{"s"}}, slideOut: slideOut{Group: "g", Untitled: true,
			Links: []ownLink{{}}}},
		introOut{ID: "i", slideOut: slideOut{Group: "g"}, NoSlide: true},
		odd{F: 1.5, M: map[string]int{"z": 1, "a": 2}, U: 3, Bytes: []byte("hi"), Str: 7, Skip: "no", NoTag: "yes",
			Ptr: &inner{B: 2}, Any: map[string]any{"k": []any{1, "two", nil}}, Texts: []jText{nil, {}, {"": "p"}},
			Nested: [][]string{{}, {"a"}, nil}, Raw: json.RawMessage(`{"a" : [1, 2]}`), Plain: map[string]string{}},
		odd{}, []any{}, nil, "s", true, 12,
	}
	for _, prefix := range []string{"", "    "} {
		ji := newJSONIndenter(prefix)
		for _, v := range values {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent(prefix, "  ")
			if err := enc.Encode(v); err != nil {
				t.Fatal(err)
			}
			want := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
			got, err := ji.appendValue(nil, reflect.ValueOf(&v).Elem(), 0)
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("%T with prefix %q:\ngot  %s (%v)\nwant %s", v, prefix, got, err, want)
			}
		}
	}
}
