package data

import (
	"bufio"
	"bytes"
	"io"
	"reflect"
	"runtime"

	"timeline/model"
)

// WriteNative writes the dataset in the native format to w: the one
// encoder of the format, which saves, copies and the json export
// (ExportJSON) all use. Each item is turned into its wire value by
// EventJSON, SourceJSON and the rest, written by a jsonIndenter, in
// blocks on every core, and streamed, instead of the whole file being
// encoded, then indented, in memory: saving a large file is then many
// times faster and needs no second copy of it in memory. The bytes are
// those encoding/json would write for the same values (SetIndent("", "  "),
// SetEscapeHTML(false)), which a test holds it to.
func WriteNative(w io.Writer, ds *model.Dataset) error { return writeNative(w, ds, nil) }

// writeNative is WriteNative, copying from the file it replaces the
// events and sources that sp says are there as the encoder writes them
// (see save_splice.go); sp may be nil.
func writeNative(w io.Writer, ds *model.Dataset, sp *splice) error {
	n := nativeWriter{w: bufio.NewWriterSize(w, 256<<10), top: newJSONIndenter("  "), item: newJSONIndenter("    ")}
	n.raw("{\n  \"title\": ")
	n.value(n.top, textOut(ds.Title))
	if t := textOut(ds.Description); len(t) > 0 {
		n.raw(",\n  \"description\": ")
		n.value(n.top, t)
	}
	if u := dateOut(ds.Updated); u != "" {
		n.raw(",\n  \"updated\": ")
		n.value(n.top, u)
	}
	n.list("events", len(ds.Events), false, func(ji *jsonIndenter, dst []byte, i int) ([]byte, error) {
		if b, ok := ji.appendEvent(dst, &ds.Events[i]); ok {
			return b, nil
		}
		return ji.appendValue(dst, reflect.ValueOf(EventJSON(&ds.Events[i])), 0)
	}, sp.copier(true))
	n.list("people", len(ds.People), true, values(func(i int) any { return PersonJSON(&ds.People[i]) }), nil)
	n.list("orgs", len(ds.Orgs), true, values(func(i int) any { return OrgJSON(&ds.Orgs[i]) }), nil)
	n.list("reporting_lines", len(ds.ReportingLines), true, values(func(i int) any { return LineJSON(&ds.ReportingLines[i]) }), nil)
	n.list("sources", len(ds.Sources), false, func(ji *jsonIndenter, dst []byte, i int) ([]byte, error) {
		if b, ok := ji.appendSource(dst, &ds.Sources[i]); ok {
			return b, nil
		}
		return ji.appendValue(dst, reflect.ValueOf(SourceJSON(&ds.Sources[i])), 0)
	}, sp.copier(false))
	eras := erasOut(ds.Eras)
	n.list("eras", len(eras), true, values(func(i int) any { return eras[i] }), nil)
	if in := introJSON(ds.Intro); in != nil {
		n.raw(",\n  \"intro\": ")
		n.value(n.top, in)
	}
	n.raw("\n}\n")
	if n.err != nil {
		return n.err
	}
	return n.w.Flush()
}

// nativeWriter writes a native file piece by piece, keeping the first
// error.
type nativeWriter struct {
	w         *bufio.Writer
	top, item *jsonIndenter // for top-level values and for list items
	buf       []byte
	err       error
}

func (n *nativeWriter) raw(s string) {
	if n.err == nil {
		_, n.err = n.w.WriteString(s)
	}
}

// value writes v as encoding/json indents it with ji's prefix, its first
// line already placed by the caller.
func (n *nativeWriter) value(ji *jsonIndenter, v any) {
	if n.err != nil {
		return
	}
	if n.buf, n.err = ji.appendValue(n.buf[:0], reflect.ValueOf(v), 0); n.err != nil {
		return
	}
	if n.err = checkJSONOutput(n.buf); n.err == nil {
		_, n.err = n.w.Write(n.buf)
	}
}

// itemWriter appends item i of a list at depth 0 with ji, whose prefix
// places it.
type itemWriter func(ji *jsonIndenter, dst []byte, i int) ([]byte, error)

// values is the itemWriter of a list whose items are the wire values f
// returns.
func values(f func(i int) any) itemWriter {
	return func(ji *jsonIndenter, dst []byte, i int) ([]byte, error) {
		return ji.appendValue(dst, reflect.ValueOf(f(i)), 0)
	}
}

// item1 writes item i of a list.
func (n *nativeWriter) item1(item itemWriter, i int) {
	if n.err != nil {
		return
	}
	if n.buf, n.err = item(n.item, n.buf[:0], i); n.err != nil {
		return
	}
	if n.err = checkJSONOutput(n.buf); n.err == nil {
		_, n.err = n.w.Write(n.buf)
	}
}

// list writes the top-level key name and its array of count items; an
// empty list is left out when omitEmpty, as omitempty would.
// Long lists are encoded in blocks on every core (see encodeBlocks) and
// written in order.
//
// copied, when not nil, copies runs of items from the file the save
// replaces instead of encoding them (see splice.copier).
func (n *nativeWriter) list(name string, count int, omitEmpty bool, item itemWriter, copied copyRun) {
	if count == 0 {
		if !omitEmpty {
			n.raw(",\n  \"" + name + "\": []")
		}
		return
	}
	n.raw(",\n  \"" + name + "\": [\n    ")
	if count < 2*blockItems {
		for i := 0; i < count && n.err == nil; i++ {
			if i > 0 {
				n.raw(",\n    ")
			}
			n.item1(item, i)
		}
	} else if n.err == nil {
		n.err = encodeBlocks(n.w, count, item, copied)
	}
	n.raw("\n  ]")
}

// itemSep is what separates the items of a top-level list.
const itemSep = ",\n    "

// blockItems is how many items of a list one goroutine encodes at a time:
// enough to make handing blocks over cheap, few enough that the blocks in
// flight stay small.
const blockItems = 256

// encodeBlocks writes items 0 to count-1 of a list, separated as list
// separates them, encoding blocks of them on every core at once: encoding
// is most of a save's time, and each item's encoding is independent.
func encodeBlocks(w io.Writer, count int, item itemWriter, copied copyRun) error {
	workers := min(runtime.GOMAXPROCS(0), 4)
	blocks := (count + blockItems - 1) / blockItems
	type result struct {
		b   []byte
		err error
	}
	// Each block has its own channel, read in order; at most 2×workers
	// blocks are encoded ahead of the writer.
	out := make([]chan result, blocks)
	for i := range out {
		out[i] = make(chan result, 1)
	}
	next := make(chan int)
	stop := make(chan struct{})
	defer close(stop)
	ahead := make(chan struct{}, 2*workers)
	// Written blocks' buffers are used again: a save's garbage costs
	// collections, each of which scans the whole dataset.
	free := make(chan []byte, 2*workers+1)
	go func() {
		defer close(next)
		for k := 0; k < blocks; k++ {
			select {
			case ahead <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case next <- k:
			case <-stop:
				return
			}
		}
	}()
	for range workers {
		go func() {
			ji := newJSONIndenter("    ")
			for k := range next {
				var b []byte
				select {
				case b = <-free:
				default:
				}
				b = b[:0]
				var err error
				for i, end := k*blockItems, min(count, (k+1)*blockItems); i < end && err == nil; {
					if i > 0 {
						b = append(b, itemSep...)
					}
					if copied != nil {
						if c, n := copied(b, i, end); n > 0 {
							b, i = c, i+n
							continue
						}
					}
					b, err = item(ji, b, i)
					i++
				}
				if err == nil {
					err = checkJSONOutput(b)
				}
				out[k] <- result{b, err}
			}
		}()
	}
	for k := 0; k < blocks; k++ {
		r := <-out[k]
		<-ahead
		if r.err != nil {
			return r.err
		}
		if _, err := w.Write(r.b); err != nil {
			return err
		}
		select {
		case free <- r.b:
		default:
		}
	}
	return nil
}

// checkJSONOutput is checkOutput for encoding/json's output, which escapes
// every C0 control and invalid UTF-8 itself: only DEL and the C1 controls
// (U+0080–U+009F, "\xC2\x80"–"\xC2\x9F") could get through, and looking for
// their bytes is many times faster than decoding every rune. What it
// finds, checkOutput reports.
func checkJSONOutput(b []byte) error {
	if bytes.IndexByte(b, 0x7f) >= 0 {
		_, err := checkOutput("json", b, false)
		return err
	}
	for i := bytes.IndexByte(b, 0xC2); i >= 0 && i+1 < len(b); {
		if c := b[i+1]; c >= 0x80 && c <= 0x9f {
			_, err := checkOutput("json", b, false)
			return err
		}
		j := bytes.IndexByte(b[i+1:], 0xC2)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return nil
}
