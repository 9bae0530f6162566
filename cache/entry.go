package cache

import (
	"bufio"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"maps"
	"slices"
	"strings"
	"timeline/search"
	"unsafe"
)

// Entry is what the cache holds for one dataset file.
type Entry struct {
	Index    *search.Index
	Warnings []string          // as printed, one line each
	Lines    map[string]*Lines // the list line of every event, by language
}

// Lines is one line of text per event, stored as one string.
type Lines struct {
	text string
	off  []uint32
}

// BuildLines gathers the n lines line returns, which must come to less
// than 4 GiB in all.
func BuildLines(n int, line func(i int) string) *Lines {
	var b []byte
	l := &Lines{off: make([]uint32, 1, n+1)}
	for i := 0; i < n; i++ {
		s := line(i)
		if i == 0 {
			// Lines are alike in length, unless the first has a title
			// of many kilobytes: guess from it, within reason.
			b = make([]byte, 0, n*min(len(s)+len(s)/4, 256))
		}
		b = append(b, s...)
		l.off = append(l.off, uint32(len(b)))
	}
	l.text = unsafe.String(unsafe.SliceData(b), len(b)) // b is not written to again
	return l
}

// Line returns line i.
func (l *Lines) Line(i int) string { return l.text[l.off[i]:l.off[i+1]] }

// magic starts every entry file; the digit is the format's version.
const magic = "timeline-cache-2\n"

// errBad is what decode returns for bytes it cannot trust.
var errBad = errors.New("cache: malformed entry")

// encode writes e for key id to w: the magic, the id, the index, the
// warnings, the lines by language, and a CRC-32 of all that (IEEE: the
// processor computes it at gigabytes a second).
func encode(w io.Writer, id string, e *Entry) error {
	sum := crc32.NewIEEE()
	bw := bufio.NewWriterSize(io.MultiWriter(w, sum), 64<<10)
	var b []byte
	b = append(b, magic...)
	b = appendString(b, id)
	bw.Write(b)
	if err := e.Index.WriteBinary(bw); err != nil {
		return err
	}
	b = binary.LittleEndian.AppendUint32(b[:0], uint32(len(e.Warnings)))
	for _, w := range e.Warnings {
		b = appendString(b, w)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(e.Lines)))
	bw.Write(b)
	for _, lang := range slices.Sorted(maps.Keys(e.Lines)) {
		l := e.Lines[lang]
		b = appendString(b[:0], lang)
		b = binary.LittleEndian.AppendUint32(b, uint32(len(l.off)))
		for _, o := range l.off {
			b = binary.LittleEndian.AppendUint32(b, o)
		}
		b = binary.LittleEndian.AppendUint32(b, uint32(len(l.text)))
		bw.Write(b)
		bw.WriteString(l.text)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	_, err := w.Write(binary.LittleEndian.AppendUint32(nil, sum.Sum32()))
	return err
}

// decode reads an entry written by encode for key id. The texts of the
// entry's index and lines point into b, which must not change afterwards;
// the warnings and language names are copies, so that printing a warning
// or looking up a language never reads b. Anything unexpected (a wrong
// checksum, magic or id, a length past the end, lines that do not match
// the index) is an error.
func decode(id string, b []byte) (*Entry, error) {
	if len(b) < len(magic)+4 || string(b[:len(magic)]) != magic {
		return nil, errBad
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, errBad
	}
	r := reader{b: body[len(magic):]}
	if r.string() != id || r.bad {
		return nil, errBad
	}
	ix, rest, err := search.DecodeIndex(r.b)
	if err != nil {
		return nil, errBad
	}
	r.b = rest
	e := &Entry{Index: ix, Lines: map[string]*Lines{}}
	for n := r.count(); n > 0 && !r.bad; n-- {
		e.Warnings = append(e.Warnings, strings.Clone(r.string()))
	}
	for n := r.count(); n > 0 && !r.bad; n-- {
		lang := strings.Clone(r.string())
		l := &Lines{off: make([]uint32, r.count())}
		for i := range l.off {
			l.off[i] = r.uint32()
		}
		l.text = r.string()
		if r.bad || !linesFit(l, ix.Len()) {
			return nil, errBad
		}
		e.Lines[lang] = l
	}
	if r.bad || len(r.b) != 0 {
		return nil, errBad
	}
	return e, nil
}

// linesFit reports whether l holds one line per event, its offsets in
// order and within its text.
func linesFit(l *Lines, events int) bool {
	if len(l.off) != events+1 || l.off[0] != 0 || int(l.off[events]) != len(l.text) {
		return false
	}
	for i := 1; i < len(l.off); i++ {
		if l.off[i] < l.off[i-1] {
			return false
		}
	}
	return true
}

func appendString(b []byte, s string) []byte {
	return append(binary.LittleEndian.AppendUint32(b, uint32(len(s))), s...)
}

// reader reads what encode wrote; after a short read, bad is set and every
// read returns zero values.
type reader struct {
	b   []byte
	bad bool
}

func (r *reader) take(n int) []byte {
	if r.bad || n < 0 || n > len(r.b) {
		r.bad, r.b = true, nil
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) uint32() uint32 {
	if v := r.take(4); v != nil {
		return binary.LittleEndian.Uint32(v)
	}
	return 0
}

// count reads a number of items that each take at least four bytes, so
// that a damaged count cannot ask for more room than the entry has.
func (r *reader) count() int {
	n := int(r.uint32())
	if n > len(r.b)/4 {
		r.bad, r.b = true, nil
		return 0
	}
	return n
}

// string reads a length and as many bytes, viewed as a string without a
// copy.
func (r *reader) string() string {
	v := r.take(int(r.uint32()))
	return unsafe.String(unsafe.SliceData(v), len(v))
}
