package data

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonIndenter writes the native format's wire values (EventJSON,
// SourceJSON and the rest) exactly as encoding/json's Encoder does with
// SetEscapeHTML(false) and SetIndent(prefix, "  "), several times faster:
// it walks each struct type once to learn its fields (names and
// omitempty from the same json tags), and writes indented output in one
// pass, where encoding/json writes compact output, then compacts what
// each text's MarshalJSON returns, then indents the whole again. Values
// of kinds it does not know (numbers other than integers, other
// marshalers, embedded pointers) go through encoding/json itself, so a new
// field in a wire type is never dropped, only slower. A test holds its
// output to encoding/json's, byte for byte.
//
// An indenter is not safe for concurrent use: each goroutine has its own.
type jsonIndenter struct {
	prefix string
	plans  map[reflect.Type][]jsonField
	lines  []string // lines[d] is a newline, the prefix and d indents
	slow   bytes.Buffer
	enc    *json.Encoder
}

// jsonField is one field of a struct as encoding/json writes it.
type jsonField struct {
	index     []int  // the field's index path, through embedded structs
	key       string // `"name": `, ready to write
	omitEmpty bool
}

var (
	jTextType     = reflect.TypeFor[jText]()
	marshalerType = reflect.TypeFor[json.Marshaler]()
)

func newJSONIndenter(prefix string) *jsonIndenter {
	j := &jsonIndenter{prefix: prefix, plans: map[reflect.Type][]jsonField{}}
	j.enc = json.NewEncoder(&j.slow)
	j.enc.SetEscapeHTML(false)
	return j
}

// line returns the line break before an item at depth d.
func (j *jsonIndenter) line(d int) string {
	for len(j.lines) <= d {
		j.lines = append(j.lines, "\n"+j.prefix+strings.Repeat("  ", len(j.lines)))
	}
	return j.lines[d]
}

// appendValue appends v, whose first line the caller has placed, at
// depth d.
func (j *jsonIndenter) appendValue(dst []byte, v reflect.Value, d int) ([]byte, error) {
	t := v.Type()
	switch {
	case t == jTextType:
		return j.appendText(dst, v.Interface().(jText), d), nil
	case t.Implements(marshalerType):
		return j.appendSlow(dst, v, d)
	case v.CanAddr() && reflect.PointerTo(t).Implements(marshalerType):
		return j.appendSlow(dst, v.Addr(), d) // as encoding/json does with an addressable value
	}
	switch v.Kind() {
	case reflect.String:
		return appendQuoted(dst, v.String(), false), nil
	case reflect.Bool:
		return strconv.AppendBool(dst, v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(dst, v.Int(), 10), nil
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return append(dst, "null"...), nil
		}
		return j.appendValue(dst, v.Elem(), d)
	case reflect.Slice:
		if v.IsNil() {
			return append(dst, "null"...), nil
		}
		if t.Elem().Kind() == reflect.Uint8 { // base64, as encoding/json does
			return j.appendSlow(dst, v, d)
		}
		if v.Len() == 0 {
			return append(dst, "[]"...), nil
		}
		dst = append(dst, '[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, j.line(d+1)...)
			var err error
			if dst, err = j.appendValue(dst, v.Index(i), d+1); err != nil {
				return dst, err
			}
		}
		return append(append(dst, j.line(d)...), ']'), nil
	case reflect.Struct:
		fields, ok := j.plan(t)
		if !ok {
			return j.appendSlow(dst, v, d)
		}
		n := 0
		for _, f := range fields {
			fv := fieldAt(v, f.index)
			if f.omitEmpty && isEmptyJSON(fv) {
				continue
			}
			if n > 0 {
				dst = append(dst, ',')
			} else {
				dst = append(dst, '{')
			}
			n++
			dst = append(append(dst, j.line(d+1)...), f.key...)
			var err error
			if dst, err = j.appendValue(dst, fv, d+1); err != nil {
				return dst, err
			}
		}
		if n == 0 {
			return append(dst, "{}"...), nil
		}
		return append(append(dst, j.line(d)...), '}'), nil
	}
	return j.appendSlow(dst, v, d)
}

// appendText writes a text as jText.MarshalJSON does: a plain string for
// text in no language, else the languages in order; json.Marshal, which it
// calls, escapes <, > and &.
func (j *jsonIndenter) appendText(dst []byte, t jText, d int) []byte {
	switch {
	case t == nil:
		return append(dst, "null"...)
	case len(t) == 0:
		return append(dst, "{}"...)
	}
	if s, ok := t[""]; ok && len(t) == 1 {
		return appendQuoted(dst, s, true)
	}
	var keys [4]string
	langs := keys[:0]
	for k := range t {
		langs = append(langs, k)
	}
	slices.Sort(langs)
	dst = append(dst, '{')
	for i, k := range langs {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, j.line(d+1)...)
		dst = append(appendQuoted(dst, k, true), ':', ' ')
		dst = appendQuoted(dst, t[k], true)
	}
	return append(append(dst, j.line(d)...), '}')
}

// appendSlow writes v with encoding/json, indented at depth d.
func (j *jsonIndenter) appendSlow(dst []byte, v reflect.Value, d int) ([]byte, error) {
	j.slow.Reset()
	if err := j.enc.Encode(v.Interface()); err != nil {
		return dst, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, bytes.TrimSuffix(j.slow.Bytes(), []byte("\n")), j.line(d)[1:], "  "); err != nil {
		return dst, err
	}
	return append(dst, out.Bytes()...), nil
}

// plan returns the fields of struct type t as encoding/json writes them,
// the fields of an embedded struct in its place (the wire types embed
// wireEvent and slideOut), or false for a struct it would treat in ways
// this writer does not: two fields of one name at any depth (which
// encoding/json settles by depth and tags), an embedded pointer or
// non-struct, the ",string" option.
func (j *jsonIndenter) plan(t reflect.Type) ([]jsonField, bool) {
	if p, ok := j.plans[t]; ok {
		return p, p != nil
	}
	fields := []jsonField{}
	ok := j.flatten(t, nil, &fields)
	if ok {
		seen := make(map[string]bool, len(fields))
		for _, f := range fields {
			if seen[f.key] {
				ok = false
				break
			}
			seen[f.key] = true
		}
	}
	if !ok {
		fields = nil
	}
	j.plans[t] = fields
	return fields, ok
}

// flatten appends the fields of struct type t, found at the index path
// at, to fields; false when a field is one plan leaves to encoding/json.
func (j *jsonIndenter) flatten(t reflect.Type, at []int, fields *[]jsonField) bool {
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		path := append(slices.Clip(at), i)
		if sf.Anonymous && name == "" {
			if sf.Type.Kind() != reflect.Struct {
				return false
			}
			if !j.flatten(sf.Type, path, fields) {
				return false
			}
			continue
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		if strings.Contains(","+opts+",", ",string,") || !validKey(name) {
			return false
		}
		*fields = append(*fields, jsonField{index: path, key: string(appendQuoted(nil, name, false)) + ": ",
			omitEmpty: strings.Contains(","+opts+",", ",omitempty,")})
	}
	return true
}

// fieldAt returns the field of struct v at the index path at: what
// reflect.Value.FieldByIndex does, without its checks for pointers, which
// plan leaves out.
func fieldAt(v reflect.Value, at []int) reflect.Value {
	if len(at) == 1 {
		return v.Field(at[0])
	}
	for _, i := range at {
		v = v.Field(i)
	}
	return v
}

// validKey reports whether encoding/json would use a tag's name as it is.
func validKey(name string) bool {
	for _, c := range name {
		if !strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c) && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return name != ""
}

// isEmptyJSON is encoding/json's test for omitempty.
func isEmptyJSON(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// appendQuoted appends s quoted as encoding/json quotes it: ", \ and the
// C0 controls escaped (\b \f \n \r \t by name, the rest as \u00XX),
// invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped, and with html set
// <, > and & too, as json.Marshal (which jText.MarshalJSON calls) does.
// Valid text is skipped eight bytes at a time up to the next byte that
// may need escaping.
func appendQuoted(dst []byte, s string, html bool) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	valid := utf8.ValidString(s)
	start := 0
	for i := 0; i < len(s); {
		if valid {
			for i+8 <= len(s) && !mayEscape(load8(s, i), html) {
				i += 8
			}
			if i >= len(s) {
				break
			}
		}
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && !(html && (b == '<' || b == '>' || b == '&')) {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		if valid && b&0xC0 == 0x80 { // inside a rune the fast loop stopped in
			i++
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(append(dst, s[start:i]...), `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			dst = append(append(dst, s[start:i]...), '\\', 'u', '2', '0', '2', hex[c&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(append(dst, s[start:]...), '"')
}

// load8 reads eight bytes of s from i, the first in the low byte.
func load8(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// mayEscape reports whether any of the eight bytes of valid UTF-8 in x
// may need escaping: a control, ", \, the first byte of U+2028 and U+2029
// (0xE2, which starts other runes too), and with html <, > and &. It may
// say yes for a word that needs nothing, never no for one that does.
func mayEscape(x uint64, html bool) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	has := func(b byte) uint64 { y := x ^ (ones * uint64(b)); return (y - ones) &^ y & highs }
	m := (x-ones*0x20)&^x&highs | has('"') | has('\\') | has(0xE2)
	if html {
		m |= has('<') | has('>') | has('&')
	}
	return m != 0
}
