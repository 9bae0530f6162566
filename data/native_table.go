package data

import (
	"strings"
	"unicode/utf8"
)

// The native format's objects are read through tables: for each type of
// object, its keys and how each value is read into it (native_event.go,
// native_file.go). A new field is one line in its object's table, and one
// in the encoder (encode.go).
//
// Keys are matched exactly; a key that differs from a known one only by
// case (which encoding/json used to accept) is read as that key, with a
// warning. A key given twice keeps its last value, as encoding/json did,
// with a warning. Other keys are skipped: a file may carry fields of its
// own, and a newer one fields this version does not know.

// field is one key of an object of type T and how its value is read.
type field[T any] struct {
	key  string
	read func(d *decoder, v *T)
	// missing, when not nil, is called when the object lacks the key, for
	// a field that must be there (the field is on the path, as if read).
	missing func(d *decoder, v *T)
}

// table is the keys of one type of object.
type table[T any] struct {
	fields []field[T]
	// other reads the value of a key that is not in fields; nil skips it.
	other func(d *decoder, v *T, key []byte)
	needs uint64 // the fields with a missing function
	// sniffs tells the decoder to look at this object's keys for the
	// shape of a TimelineJS file (see formatSniff).
	sniffs bool
}

// newTable makes a table of at most 64 fields.
func newTable[T any](fields ...field[T]) *table[T] {
	if len(fields) > 64 {
		panic("a table of more than 64 fields")
	}
	t := &table[T]{fields: fields}
	for i, f := range fields {
		if f.missing != nil {
			t.needs |= 1 << i
		}
	}
	return t
}

// find returns the field of key, and whether the key is written exactly
// so. Keys mostly come in the order of the table, which is the order the
// encoder writes them in, so the search starts at next.
func (t *table[T]) find(key []byte, next int) (int, bool) {
	fs := t.fields
	if next < len(fs) && fs[next].key == string(key) {
		return next, true
	}
	for i := range fs {
		if fs[i].key == string(key) {
			return i, true
		}
	}
	for i := range fs {
		if equalFold(key, fs[i].key) {
			return i, false
		}
	}
	return -1, false
}

// equalFold reports whether key is want but for case, as strings.EqualFold
// has it, without allocating for an ASCII key.
func equalFold(key []byte, want string) bool {
	for _, c := range key {
		if c >= utf8.RuneSelf {
			return strings.EqualFold(string(key), want)
		}
	}
	if len(key) != len(want) {
		return false
	}
	for i, c := range key {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		w := want[i]
		if 'A' <= w && w <= 'Z' {
			w += 'a' - 'A'
		}
		if c != w {
			return false
		}
	}
	return true
}

// object reads an object of the table into v and reports whether it read
// one. null reads as an empty object, as encoding/json had it (the
// fields that must be there are then reported missing); another type is
// reported and skipped.
func (t *table[T]) object(d *decoder, v *T) bool {
	s := &d.s
	switch s.peek() {
	case '{':
	case 'n':
		if !s.literal("null") {
			return false
		}
		t.absent(d, v, 0)
		return true
	default:
		d.wrongType("an object")
		return false
	}
	var m members
	s.object(func(key []byte) { t.member(d, v, key, &m) })
	t.absent(d, v, m.seen)
	return !s.failed
}

// members is what table.member keeps from one key of an object to the
// next: the fields seen, and where the next key is looked for first.
type members struct {
	seen uint64
	next int
}

// member reads the value of key, a key of an object of the table, into v.
func (t *table[T]) member(d *decoder, v *T, key []byte, m *members) {
	if t.sniffs && d.sniff != nil {
		d.sniffKey(key)
	}
	i, exact := t.find(key, m.next)
	if i < 0 {
		if t.other != nil {
			t.other(d, v, key)
		} else {
			d.s.skip()
		}
		return
	}
	m.next = i + 1
	f := &t.fields[i]
	d.push(f.key)
	if !exact {
		d.warn("key %s read as %q", quoteClip(string(key)), f.key)
	}
	if m.seen&(1<<i) != 0 {
		d.warn("duplicate key %q: the last value is kept", f.key)
	}
	m.seen |= 1 << i
	f.read(d, v)
	d.pop()
}

// absent calls the missing functions of the fields not seen.
func (t *table[T]) absent(d *decoder, v *T, seen uint64) {
	if t.needs&^seen == 0 || d.s.failed {
		return
	}
	for i := range t.fields {
		if f := &t.fields[i]; f.missing != nil && seen&(1<<i) == 0 {
			d.push(f.key)
			f.missing(d, v)
			d.pop()
		}
	}
}

// listStart reports whether an array comes next, to be read element by
// element. null is an empty list; another type is reported (want names
// what the list holds) and skipped.
func (d *decoder) listStart(want string) bool {
	switch d.s.peek() {
	case '[':
		return true
	case 'n':
		d.s.literal("null")
		return false
	}
	d.wrongType(want)
	return false
}

// readList reads an array of objects of table t, appending each object
// read to list. Each is read in place, where it ends up: an object read
// into a variable of its own would be allocated on the heap, since the
// table's functions are called through pointers.
func readList[T any](d *decoder, t *table[T], list []T) []T {
	if !d.listStart("an array") {
		return list
	}
	i := 0
	d.s.array(func() {
		d.pushIndex(i)
		i++
		var zero T
		list = append(list, zero)
		if !t.object(d, &list[len(list)-1]) {
			list = list[:len(list)-1]
		}
		d.pop()
	})
	return list
}

// readExact reads an array of objects of table t into a list of exactly
// their number (nil for none), gathering them in *buf, which is reused
// from list to list.
func readExact[T any](d *decoder, t *table[T], buf *[]T) []T {
	list := readList(d, t, (*buf)[:0])
	*buf = list
	if len(list) == 0 {
		return nil
	}
	return exact(list)
}

// exact returns a copy of s of exactly its length: lists read with append
// would keep up to half their room unused for the life of the dataset.
func exact[T any](s []T) []T {
	out := make([]T, len(s))
	copy(out, s)
	return out
}
