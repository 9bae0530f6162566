package data

import (
	"strings"
	"unsafe"

	"timeline/locale"
	"timeline/model"
)

// The readers of single values: strings, sanitised once and kept where
// they will live, texts, dates, booleans, kinds and statuses, and lists of
// strings. Each reports a value of the wrong type and skips it; null reads
// as the empty value, as encoding/json had it.

// keep says where the decoder keeps a string it reads.
type keep uint8

const (
	// kept strings stay for the life of the dataset (an event's id, a
	// source's address): they are copied into the decoder's arena.
	kept keep = iota
	// shared strings repeat (people's and organisations' ids, roles,
	// outlets, tags, claims and quotes): one copy serves every use.
	shared
	// refs are an event's references to sources and events, which the
	// decoder replaces with the ids they name once the file is read (see
	// sharedIDs): they go into an arena of their own, dropped with the
	// decoder.
	refs
	// packed strings (an event's title and summary, a source's headline)
	// wait in tmp until the search packer copies them (see search.Packer).
	packed
)

// maxInterned bounds each intern table, so that a file of unique values
// does not grow it without end; later values are simply not shared.
const maxInterned = 1 << 18

// raw reads a string and returns its bytes, valid until the next read;
// null gives nil. ok is false for a value of another type, which is
// reported (want says what was wanted) and skipped.
func (d *decoder) raw(want string) (b []byte, ok bool) {
	switch d.s.peek() {
	case '"':
		d.s.pos++
		b = d.s.strBody()
		return b, !d.s.failed
	case 'n':
		return nil, d.s.literal("null")
	}
	d.wrongType(want)
	return nil, false
}

// str reads a string field, sanitised (one line, or several), kept as
// how says.
func (d *decoder) str(how keep, oneLine bool) string {
	b, ok := d.raw("a string")
	if !ok {
		return ""
	}
	return d.keep(b, how, oneLine)
}

// keep returns b as a sanitised string kept as how says. The bytes are
// copied first and the copy sanitised: nearly every string is clean, and
// the sanitiser returns a clean string as it is.
func (d *decoder) keep(b []byte, how keep, oneLine bool) string {
	switch how {
	case shared:
		table := d.strs
		if !oneLine {
			table = d.longs
		}
		if s, ok := table[string(b)]; ok {
			return s
		}
		key := d.arena.add(b)
		s, clipped := d.clean(key, oneLine)
		if !clipped && len(table) < maxInterned {
			table[key] = s
		}
		return s
	case refs:
		s, _ := d.clean(d.refs.add(b), oneLine)
		return s
	case packed:
		if d.noText {
			break // kept, as nothing is packed
		}
		if d.packedBytes += len(b); d.packedBytes <= maxPacked {
			s, _ := d.clean(tmpString(&d.tmp, b), oneLine)
			return s
		}
		d.broken = true // past what the packer takes: kept instead, not packed
	}
	s, _ := d.clean(d.arena.add(b), oneLine)
	return s
}

// clean sanitises s, and warns when it had to be clipped.
func (d *decoder) clean(s string, oneLine bool) (string, bool) {
	out, clipped := model.SanitizeN(s, model.MaxFieldBytes, oneLine)
	if clipped {
		d.warn("clipped to %d KiB", model.MaxFieldBytes>>10)
	}
	return out, clipped
}

// maxPacked bounds the text read into tmp for the packer, well within
// the most it packs (search.Packer stops at 4 GiB, and then leaves the
// strings where they are): beyond it, strings are kept in the arena, and
// the search index packs its own copy.
const maxPacked = 1 << 31

// tmpString returns a copy of b at the end of *buf, as a string.
//
// This is the one use of unsafe in the decoder: an event's title and
// summary (most of a file's text) are read into a scratch buffer that
// every event reuses, and the search packer copies them out of it into
// the packed text the dataset keeps. Made with strings.Builder instead,
// each event's text would be allocated once more only to be dropped, and
// the load would collect that garbage (BENCHMARKS.md, "one native
// decoder"). The strings are read only until the packer has copied them,
// before the buffer is reused; a string the packer does not take (a
// language other than English and French) is kept elsewhere (see text).
func tmpString(buf *[]byte, b []byte) string {
	if len(b) == 0 {
		return ""
	}
	n := len(*buf)
	*buf = append(*buf, b...) // when it grows, the strings made so far keep the old array
	return unsafe.String(&(*buf)[n], len(b))
}

// text reads a text field: a string, null, or an object of language to
// string (or null). English and French have fields of their own; other
// languages are kept as written, never packed.
func (d *decoder) text(dst *model.Text, how keep, oneLine bool) {
	*dst = model.Text{}
	s := &d.s
	switch s.peek() {
	case '"':
		dst.En = d.str(how, oneLine)
		return
	case 'n':
		s.literal("null")
		return
	case '{':
	default:
		d.wrongType("a string or an object of language to string")
		return
	}
	var seen [2]bool
	s.object(func(key []byte) {
		lang, slot := langOf(key)
		switch {
		case slot == 2:
			d.push(clipKey(lang))
		case lang != "":
			d.push(lang)
		}
		d.language(dst, lang, slot, &seen, how, oneLine)
		if lang != "" {
			d.pop()
		}
	})
}

// language reads the value of one language of a text.
func (d *decoder) language(dst *model.Text, lang string, slot int, seen *[2]bool, how keep, oneLine bool) {
	_, again := dst.Other[lang]
	if slot < 2 {
		again, seen[slot] = seen[slot], true
	}
	if again {
		d.warn("duplicate key %s: the last value is kept", quoteClip(lang))
	}
	if c := d.s.peek(); c != '"' && c != 'n' {
		d.wrongType("a string")
		return
	}
	switch slot {
	case 0:
		dst.En = d.str(how, oneLine)
	case 1:
		dst.Fr = d.str(how, oneLine)
	default:
		if how == packed {
			how = kept
		}
		v := d.str(how, oneLine)
		switch {
		case v == "": // no text in that language, as Text.Each has it
			delete(dst.Other, lang)
		case dst.Other == nil:
			dst.Other = map[string]string{lang: v}
		default:
			dst.Other[lang] = v
		}
	}
}

// langOf returns the language of a key of a text object and its slot: 0
// for English (also written "" or in any case), 1 for French, 2 for any
// other, kept as written but sanitised. A key that sanitises to nothing is
// English, so that the text writes out and reads back the same.
func langOf(key []byte) (lang string, slot int) {
	switch {
	case len(key) == 0:
		return "", 0
	case string(key) == "en":
		return string(locale.English), 0
	case string(key) == "fr":
		return string(locale.French), 1
	case equalFold(key, "en"):
		return string(locale.English), 0
	case equalFold(key, "fr"):
		return string(locale.French), 1
	}
	lang, _ = model.SanitizeLine(string(key))
	switch {
	case lang == "":
		return "", 0
	case strings.EqualFold(lang, "en"):
		return string(locale.English), 0
	case strings.EqualFold(lang, "fr"):
		return string(locale.French), 1
	}
	return lang, 2
}

// clipKey cuts a key read from a file to a length fit for a message.
func clipKey(k string) string {
	if q := quoteClip(k); len(q) < len(k)+2 || len(k) > 200 {
		return q
	}
	return k
}

// date reads a date; an empty one is the zero date, reported missing when
// required. Dates repeat, so each is parsed once.
func (d *decoder) date(dst *model.Date, required bool) {
	*dst = model.Date{}
	b, ok := d.raw("a string")
	if !ok {
		return
	}
	if len(b) == 0 {
		if required {
			d.bad("missing date")
		}
		return
	}
	if v, ok := d.dates[string(b)]; ok {
		*dst = v
		return
	}
	key := string(b)
	v, err := model.ParseDate(strings.TrimSpace(key))
	if err != nil {
		msg, _ := model.SanitizeLine(err.Error())
		d.bad("%s", msg)
		return
	}
	if len(d.dates) < maxInterned {
		d.dates[key] = v
	}
	*dst = v
}

// boolean reads true, false or null (false).
func (d *decoder) boolean() bool {
	switch d.s.peek() {
	case 't':
		return d.s.literal("true")
	case 'f':
		d.s.literal("false")
		return false
	case 'n':
		d.s.literal("null")
		return false
	}
	d.wrongType("true or false")
	return false
}

// word reads a kind or a status as written, unsanitised: it is compared
// with the known words, and sanitised only for a message.
func (d *decoder) word() (string, bool) {
	b, ok := d.raw("a string")
	if !ok {
		return "", false
	}
	if s, ok := d.words[string(b)]; ok {
		return s, true
	}
	s := string(b)
	if len(d.words) < maxInterned {
		d.words[s] = s
	}
	return s, true
}

// strList reads an array of one-line strings kept as how says; an empty
// array is nil.
func (d *decoder) strList(dst *[]string, how keep) {
	*dst = nil
	out := d.appendStrs(d.strScratch[:0], how)
	d.strScratch = out
	if len(out) > 0 {
		*dst = exact(out)
	}
}

// appendStrs appends to out the strings of an array of one-line strings, kept
// as how says (none for null or a value of another type), and returns it.
func (d *decoder) appendStrs(out []string, how keep) []string {
	if !d.listStart("an array") {
		return out
	}
	i := 0
	d.s.array(func() {
		d.pushIndex(i)
		i++
		if b, ok := d.raw("a string"); ok {
			out = append(out, d.keep(b, how, true))
		}
		d.pop()
	})
	return out
}

// arena keeps strings in large blocks instead of an allocation each, which
// saves the rounding up to a size class and the partly used spans that
// hundreds of thousands of small strings leave in the heap. Each block is
// a strings.Builder grown once to its size, so the strings taken from it
// stay where they are while it fills (as search.Packer does); a block
// lives while any string in it does, so only strings that live as long as
// each other go in one arena.
type arena struct {
	b strings.Builder
}

// The size of an arena's blocks, and of the longest string that goes into
// one rather than an allocation of its own.
const (
	arenaBlock = 64 << 10
	arenaMax   = 2 << 10
)

// add returns a copy of b.
func (a *arena) add(b []byte) string {
	switch {
	case len(b) == 0:
		return ""
	case len(b) > arenaMax:
		return string(b)
	case a.b.Cap()-a.b.Len() < len(b):
		a.b = strings.Builder{}
		a.b.Grow(arenaBlock)
	}
	at := a.b.Len()
	a.b.Write(b)
	return a.b.String()[at:]
}
