package data

import (
	"strings"
	"unicode/utf8"
	"unsafe"

	"timeline/model"
)

// The readers of single fields for the fast loader: strings sanitised as
// the converter does them, shared when they repeat, dates, texts and
// lists.

// raw reads a string or null ("").
func (f *fastLoader) raw() ([]byte, bool, error) {
	if f.s.null() {
		return nil, false, nil
	}
	b, err := f.s.str()
	return b, err == nil, err
}

// line reads a one-line string field, sanitised.
func (f *fastLoader) line(dst *string) error {
	b, ok, err := f.raw()
	if !ok {
		return err
	}
	s, err := sanitizeFast(string(b), true)
	*dst = s
	return err
}

// own reads a string field that the dataset keeps for good (an event's id,
// a source's id and address), sanitised, into the loader's arena (see
// keep), or into tmp for packed. Strings that share may later replace go
// through line or ref instead.
func (f *fastLoader) own(dst *string, oneLine bool) error {
	b, ok, err := f.raw()
	if !ok {
		return err
	}
	s, err := sanitizeFast(unsafe.String(unsafe.SliceData(b), len(b)), oneLine)
	if f.toTmp {
		*dst = tmpCopy(&f.tmp, s)
		return err
	}
	*dst = f.keep(s) // s may be b itself, which the scanner reuses
	return err
}

// packed reads an event's title or summary into the loader's scratch
// buffer, tmp: once the event is read, the loader's TextPacker copies it
// into the packed text that the search index scans, and the event keeps
// that copy.
func (f *fastLoader) packed(dst *model.Text, oneLine bool) error {
	f.toTmp = true
	defer func() { f.toTmp = false }()
	return f.text(dst, oneLine, false)
}

// headline reads a source's headline into tmp, as packed does.
func (f *fastLoader) headline(dst *string) error {
	f.toTmp = true
	defer func() { f.toTmp = false }()
	return f.own(dst, true)
}

// tmpCopy returns a copy of s at the end of *buf. When *buf has to grow,
// the strings already made from it keep the old array.
func tmpCopy(buf *[]byte, s string) string {
	if s == "" {
		return ""
	}
	n := len(*buf)
	*buf = append(*buf, s...)
	return unsafe.String(&(*buf)[n], len(s))
}

// ref reads the id of a source or an event that an event refers to,
// sanitised, into the loader's arena of references. share replaces every
// one with the id it names (a file with a reference to nothing goes the
// careful way), so the whole arena is dropped with the loader. Packed in
// blocks, the ~190k references of 100k events are less garbage at the
// end of the load, when the resident size peaks, than as as many 16-byte
// allocations, mixed with the dataset's small lists.
func (f *fastLoader) ref(dst *string) error {
	b, ok, err := f.raw()
	if !ok {
		return err
	}
	s, err := sanitizeFast(unsafe.String(unsafe.SliceData(b), len(b)), true)
	*dst = keepIn(&f.refs, s)
	return err
}

// arenaChunk is the size of the blocks the fast loader copies strings
// into; strings longer than arenaMax get an allocation of their own.
const (
	arenaChunk = 64 << 10
	arenaMax   = 2 << 10
)

// keep returns a copy of s in the loader's arena: a few large blocks
// instead of an allocation per string, which saves the rounding up to a
// size class and the partly used spans that hundreds of thousands of
// small strings leave in the heap. The blocks are only appended to, so
// strings made from them never change; a block lives while any string in
// it does, so only strings the dataset keeps for good go there.
func (f *fastLoader) keep(s string) string { return keepIn(&f.arena, s) }

// keepIn returns a copy of s in the arena whose current block is *block.
func keepIn(block *[]byte, s string) string {
	switch {
	case s == "":
		return ""
	case len(s) > arenaMax:
		return strings.Clone(s)
	case cap(*block)-len(*block) < len(s):
		*block = make([]byte, 0, arenaChunk)
	}
	n := len(*block)
	*block = append(*block, s...)
	return unsafe.String(&(*block)[n], len(s))
}

// sanitizeFast sanitises s as the converter does. Invalid UTF-8, which
// encoding/json and Sanitize replace differently, and clipping, which
// the converter reports, are errSlow. Sanitize returns clean text as it
// is, so only text that changed needs its UTF-8 checked.
func sanitizeFast(s string, oneLine bool) (string, error) {
	out, clipped := model.SanitizeN(s, model.MaxFieldBytes, oneLine)
	if clipped || out != s && !utf8.ValidString(s) {
		return "", errSlow
	}
	return out, nil
}

// shared reads a one-line string that is likely to repeat, and shares one
// copy of it between all its uses.
func (f *fastLoader) shared(dst *string) error { return f.intern(dst, f.strs, true) }

// sharedLong is shared for multi-line text: claims and quotes, which
// repeat from event to event.
func (f *fastLoader) sharedLong(dst *string) error { return f.intern(dst, f.longs, false) }

// intern reads a string, sanitised, and shares one copy of it through
// table between all its uses.
func (f *fastLoader) intern(dst *string, table map[string]string, oneLine bool) error {
	b, ok, err := f.raw()
	if !ok {
		return err
	}
	if s, ok := table[string(b)]; ok {
		*dst = s
		return nil
	}
	view := unsafe.String(unsafe.SliceData(b), len(b)) // valid until the next read
	s, err := sanitizeFast(view, oneLine)
	if err != nil {
		return err
	}
	var key string
	if s == view { // nearly always: one copy, for the key and the value
		key = f.keep(s)
		s = key
	} else {
		key, s = string(b), strings.Clone(s)
	}
	if len(table) < maxInterned {
		table[key] = s
	}
	*dst = s
	return nil
}

// word reads a kind or a status as written.
func (f *fastLoader) word(dst *string) error {
	b, ok, err := f.raw()
	if !ok {
		return err
	}
	if s, ok := f.words[string(b)]; ok {
		*dst = s
		return nil
	}
	s := string(b)
	if len(f.words) < maxInterned {
		f.words[s] = s
	}
	*dst = s
	return nil
}

// date reads a date field; an empty one is the zero date.
func (f *fastLoader) date(dst *model.Date) error {
	b, ok, err := f.raw()
	if !ok {
		return err
	}
	if d, ok := f.dates[string(b)]; ok {
		*dst = d
		return nil
	}
	key := string(b)
	var d model.Date
	if key != "" {
		if d, err = model.ParseDate(strings.TrimSpace(key)); err != nil {
			return errSlow
		}
	}
	if len(f.dates) < maxInterned {
		f.dates[key] = d
	}
	*dst = d
	return nil
}

// text reads a text field: a string, null, or an object of "en" and "fr"
// strings (other languages go the careful way). oneLine is true for titles
// and labels; shared for texts that repeat, such as roles and claims.
func (f *fastLoader) text(dst *model.Text, oneLine, shared bool) error {
	read := func(s *string) error {
		switch {
		case shared && oneLine:
			return f.shared(s)
		case shared:
			return f.sharedLong(s)
		}
		return f.own(s, oneLine)
	}
	switch f.s.peek() {
	case 'n':
		return f.s.literal("null")
	case '"':
		return read(&dst.En)
	case '{':
	default:
		return errSlow
	}
	var seen uint32
	return f.s.object(func(k []byte) error {
		if f.s.peek() != '"' {
			return errSlow
		}
		switch strings.ToLower(string(k)) {
		case "", "en":
			return f.once(&seen, 0, func() error { return read(&dst.En) })
		case "fr":
			return f.once(&seen, 1, func() error { return read(&dst.Fr) })
		}
		return errSlow
	})
}

// strList reads an array of one-line strings, shared when they repeat or
// references (see ref); an empty array is nil, as the converter makes it.
func (f *fastLoader) strList(dst *[]string, refs bool) error {
	if f.s.null() {
		return nil
	}
	out := f.strScratch[:0]
	err := f.s.array(func() error {
		var s string
		var err error
		if refs {
			err = f.ref(&s)
		} else {
			err = f.shared(&s)
		}
		out = append(out, s)
		return err
	})
	f.strScratch = out
	if len(out) > 0 {
		*dst = exact(out)
	}
	return err
}

// exact returns a copy of s of exactly its length: lists read with append
// would keep up to half their room unused for the life of the dataset.
func exact[T any](s []T) []T {
	out := make([]T, len(s))
	copy(out, s)
	return out
}
