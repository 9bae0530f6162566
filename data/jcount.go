package data

import (
	"bytes"
	"hash/crc32"
	"io"
	"reflect"
	"sort"
	"sync"
	"sync/atomic"

	"timeline/model"
)

// listCounts are the lengths of a native file's top-level "events" and
// "sources" arrays, counted on a goroutine of its own while the decoder
// reads the file, so that the decoder can allocate each list once at its
// length instead of gathering it in chunks and copying them into one
// slice, which keeps both alive at once when memory peaks. The count
// looks only at the file's structure and runs well ahead of the decoder,
// on the other core when there is one. It is only a hint: the decoder
// reads what the file holds whatever it says.
type listCounts struct {
	events, sources atomic.Int64 // the array's length once counted, else -1
	stop            atomic.Bool
	done            chan struct{}

	// Where every startEvery-th element of the first events list starts
	// in the file, as far as counted: where a second decoder may take
	// over the rest of the file (see native_split.go).
	mu     sync.Mutex
	starts []eventStart

	// The CRC-32C of the whole file, when asked for (see countLists);
	// read it with checksum.
	sum    uint32
	summed bool
}

// eventStart is where an element of the events list starts: its offset
// in the file, and how many objects the list has before it.
type eventStart struct {
	off int64
	n   int64
}

// startEvery is how often the count notes where an event starts. A
// hundred-thousand-event file gets a few hundred of them.
const startEvery = 256

// countBuf is the size of the reads of the count.
const countBuf = 256 << 10

// countLists starts counting the lists of r, a file of size bytes. A
// count is kept only if the list would take no more memory than the file
// has bytes, so that a file of millions of tiny elements, which the
// decoder then refuses, cannot make it allocate for them first. With sum
// set, the count reads on to the end of the file for its checksum (see
// savedMark). Call close before closing r.
func countLists(r io.ReaderAt, size int64, sum bool) *listCounts {
	c := &listCounts{done: make(chan struct{})}
	c.events.Store(-1)
	c.sources.Store(-1)
	go func() {
		defer close(c.done)
		sc := countScan{counts: c, size: size}
		buf := make([]byte, countBuf)
		var crc uint32
		for off := int64(0); !c.stop.Load(); {
			n, err := r.ReadAt(buf, off)
			sc.base = off
			off += int64(n)
			sc.feed(buf[:n])
			if sum {
				crc = crc32.Update(crc, castagnoli, buf[:n])
			}
			if err == io.EOF && sum {
				c.sum, c.summed = crc, true
			}
			if err != nil || !sum && c.events.Load() >= 0 && c.sources.Load() >= 0 {
				return
			}
		}
	}()
	return c
}

// castagnoli is the table of CRC-32C, which processors compute in
// hardware.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// checksum waits for the count to end and returns the CRC-32C of the
// file, and false when it was not asked for or the count stopped short.
func (c *listCounts) checksum() (uint32, bool) {
	if c == nil {
		return 0, false
	}
	<-c.done
	return c.sum, c.summed
}

// close stops the count, if still running, and waits for it to end.
func (c *listCounts) close() {
	if c == nil {
		return
	}
	c.stop.Store(true)
	<-c.done
}

// startAfter returns the first noted start of an event at offset from or
// after, and the number of objects before it in the list.
func (c *listCounts) startAfter(from int64) (eventStart, bool) {
	if c == nil {
		return eventStart{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	i := sort.Search(len(c.starts), func(i int) bool { return c.starts[i].off >= from })
	if i == len(c.starts) {
		return eventStart{}, false
	}
	return c.starts[i], true
}

// eventsCount returns the events counter, nil when there is no count.
func (c *listCounts) eventsCount() *atomic.Int64 {
	if c == nil {
		return nil
	}
	return &c.events
}

// sourcesCount returns the sources counter, nil when there is no count.
func (c *listCounts) sourcesCount() *atomic.Int64 {
	if c == nil {
		return nil
	}
	return &c.sources
}

// countScan follows the structure of a JSON text fed to it in pieces:
// strings (whose bytes it skips with IndexByte), the depth of objects and
// arrays, the last string at depth 1 (a key of the top-level object, when
// an array follows it) and the objects in the array it names. Anything
// that is not valid JSON only gives wrong counts, which the decoder
// survives.
type countScan struct {
	counts *listCounts
	size   int64
	depth  int
	inStr  bool
	esc    bool          // the last byte fed was an unescaped backslash in a string
	key    [8]byte       // the start of the last string at depth 1
	keyLen int           // its length, more than len(key) when longer
	keying bool          // reading a string at depth 1
	list   *atomic.Int64 // the counter of the array being counted, or nil
	n      int64         // the objects counted in it so far
	base   int64         // the offset in the file of the piece being fed
	noting bool          // noting where the events start (the first events list)
	noted  bool          // the first events list has been seen
}

func (s *countScan) feed(b []byte) {
	i := 0
	for i < len(b) {
		if s.inStr {
			if s.esc {
				s.esc = false
				s.keyByte(b[i])
				i++
				continue
			}
			j := bytes.IndexByte(b[i:], '"')
			if j < 0 { // the string goes on in the next piece
				s.keyBytes(b[i:])
				s.esc = oddBackslashes(b[i:])
				return
			}
			s.keyBytes(b[i : i+j])
			if oddBackslashes(b[i : i+j]) { // an escaped quote
				s.keyByte('"')
			} else {
				s.inStr = false
			}
			i += j + 1
			continue
		}
		// Outside a string only quotes, braces and brackets matter: the
		// white space, punctuation, numbers and words between them (much of
		// an indented file) are skipped in a loop of their own.
		for i < len(b) && !countStops[b[i]] {
			i++
		}
		if i == len(b) {
			return
		}
		c := b[i]
		i++
		switch c {
		case '"':
			s.inStr = true
			s.keying = s.depth == 1
			if s.keying {
				s.keyLen = 0
			}
		case '{', '[':
			switch {
			case s.depth == 2 && s.list != nil && c == '{':
				if s.noting && s.n%startEvery == 0 {
					s.note(s.base + int64(i-1))
				}
				s.n++
			case s.depth == 1 && c == '[':
				s.list, s.n = nil, 0
				switch string(s.key[:min(s.keyLen, len(s.key))]) {
				case "events":
					if s.keyLen == len("events") {
						s.list = &s.counts.events
						s.noting, s.noted = !s.noted, true
					}
				case "sources":
					if s.keyLen == len("sources") {
						s.list = &s.counts.sources
					}
				}
			}
			s.depth++
		case '}', ']':
			s.depth--
			if s.depth == 1 && s.list != nil {
				s.publish()
				s.noting = false
			}
		}
	}
}

// countStops are the bytes that countScan looks at outside a string.
var countStops = [256]bool{'"': true, '{': true, '}': true, '[': true, ']': true}

// publish stores the count of the array just closed, unless it would take
// more memory than the file has bytes.
func (s *countScan) publish() {
	elem := int64(reflect.TypeFor[model.Source]().Size())
	if s.list == &s.counts.events {
		elem = int64(reflect.TypeFor[model.Event]().Size())
	}
	if s.n*elem <= s.size {
		s.list.Store(s.n)
	}
	s.list = nil
}

// note records that an event starts at off.
func (s *countScan) note(off int64) {
	s.counts.mu.Lock()
	s.counts.starts = append(s.counts.starts, eventStart{off: off, n: s.n})
	s.counts.mu.Unlock()
}

// keyBytes adds b to the string being read, when it is at depth 1.
func (s *countScan) keyBytes(b []byte) {
	if s.keying {
		if s.keyLen < len(s.key) {
			copy(s.key[s.keyLen:], b)
		}
		s.keyLen += len(b)
	}
}

func (s *countScan) keyByte(c byte) { s.keyBytes([]byte{c}) }

// oddBackslashes reports whether b ends in an odd number of backslashes,
// the last of which then escapes what follows.
func oddBackslashes(b []byte) bool {
	n := 0
	for n < len(b) && b[len(b)-1-n] == '\\' {
		n++
	}
	return n%2 == 1
}
