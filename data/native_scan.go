package data

import (
	"encoding/binary"
	"fmt"
	"io"
)

// scanner reads the tokens of a JSON text from a stream, keeping only a
// window of it in memory (or reading a text that is all in memory without
// copying it), and knows the line and column of where it is, for messages.
//
// A syntax error stops it: fail records the first one with its position,
// and from then on the scanner is at the end of its input, so that every
// reader unwinds without a check of its own. The readers of the native
// format (decoder) are the only callers; they report values of the wrong
// type themselves and skip them (see skip), which needs no recovery here.
type scanner struct {
	r        io.Reader // nil when the whole text is in buf
	buf      []byte
	pos, end int
	eof      bool
	readErr  error  // a read error other than io.EOF
	scratch  []byte // a string that crossed the window's end or held escapes
	key      []byte // the key being read, copied out of buf
	stack    []byte // the closing brackets of the values skip is inside
	depth    int    // the objects and arrays the readers are inside
	base     int64  // how far into the stream buf[0] is

	// Where buf[mark] is: positions are counted forward from there, as far
	// as asked, so that each byte of the file is counted once.
	mark      int
	line, col int

	failed  bool
	failMsg string
	failAt  [2]int // line and column of the syntax error
}

// windowSize is how much of a stream the scanner reads at a time; a longer
// string makes the window grow to hold it.
const windowSize = 256 << 10

// maxDepth bounds the nesting of values, as encoding/json does.
const maxDepth = 10000

// newStreamScanner reads from r.
func newStreamScanner(r io.Reader) scanner {
	s := scanner{r: r, buf: make([]byte, windowSize), line: 1, col: 1}
	s.skipBOM()
	return s
}

// newBytesScanner reads b, which it never writes to (it may be the
// read-only embedded dataset).
func newBytesScanner(b []byte) scanner {
	s := scanner{buf: b, end: len(b), eof: true, line: 1, col: 1}
	s.skipBOM()
	return s
}

// skipBOM skips a UTF-8 byte-order mark at the very start. It does not
// count as a column, as messages counted positions without it.
func (s *scanner) skipBOM() {
	if s.hasPrefix("\xEF\xBB\xBF") {
		s.pos += 3
		s.mark = s.pos
	}
}

// fill reads more of the stream, keeping buf[pos:end], and reports whether
// bytes were added.
func (s *scanner) fill() bool {
	if s.eof {
		return false
	}
	if s.pos > 0 {
		s.advance(s.pos)
		s.base += int64(s.pos)
		s.end = copy(s.buf, s.buf[s.pos:s.end])
		s.mark -= s.pos
		s.pos = 0
	}
	if s.end == len(s.buf) {
		s.buf = append(s.buf, make([]byte, len(s.buf))...)
	}
	n, err := s.r.Read(s.buf[s.end:])
	s.end += n
	if err != nil {
		s.eof = true
		if err != io.EOF {
			s.readErr = err
		}
	}
	return n > 0 || !s.eof
}

// peek skips white space and returns the next byte without consuming it,
// or 0 at the end of the input (see atEnd). It is called before every
// token, and is small enough to be inlined for the common case of a token
// that follows at once; white space is skipped by skipSpace.
func (s *scanner) peek() byte {
	if s.pos < s.end && s.buf[s.pos] > ' ' {
		return s.buf[s.pos]
	}
	return s.skipSpace()
}

// skipSpace is peek past white space. The indentation of a saved file is
// runs of spaces after each newline, skipped eight at a time.
func (s *scanner) skipSpace() byte {
	for {
		for s.pos < s.end {
			switch c := s.buf[s.pos]; c {
			case '\n':
				s.pos++
				for s.end-s.pos >= 8 && binary.LittleEndian.Uint64(s.buf[s.pos:]) == eightSpaces {
					s.pos += 8
				}
			case ' ', '\t', '\r':
				s.pos++
			default:
				return c
			}
		}
		if !s.fill() {
			return 0
		}
	}
}

// eightSpaces is eight spaces read as one word.
const eightSpaces = 0x2020202020202020

// atEnd reports whether the input is used up: after peek returned 0, it
// tells the end from a NUL byte.
func (s *scanner) atEnd() bool { return s.pos >= s.end && !s.fill() }

// hasPrefix reports whether the input at pos starts with w, without
// consuming it.
func (s *scanner) hasPrefix(w string) bool {
	for s.end-s.pos < len(w) && s.fill() {
	}
	return s.end-s.pos >= len(w) && string(s.buf[s.pos:s.pos+len(w)]) == w
}

// offset returns how far into the stream pos is.
func (s *scanner) offset() int64 { return s.base + int64(s.pos) }

// here returns the line and column of pos.
func (s *scanner) here() (line, col int) {
	s.advance(s.pos)
	return s.line, s.col
}

// fail records a syntax error at pos, unless one is recorded already, and
// puts the scanner at the end of its input. what says where the unexpected
// byte came, as encoding/json words it ("after object key").
func (s *scanner) fail(what string) {
	if s.failed {
		return
	}
	msg := "the file ends too early (truncated?)"
	if !s.atEnd() {
		msg = fmt.Sprintf("invalid character %s %s", quoteByte(s.buf[s.pos]), what)
	}
	s.failWith(msg)
}

// failWith records the syntax error msg at pos, as fail does.
func (s *scanner) failWith(msg string) {
	if s.failed {
		return
	}
	s.failed, s.failMsg = true, "invalid JSON: "+msg
	s.failAt[0], s.failAt[1] = s.here()
	s.pos, s.end, s.eof = 0, 0, true
	s.mark = 0
}

// quoteByte quotes a byte for a message in plain ASCII: 'x', or '\x1b'
// for a control or a byte outside ASCII.
func quoteByte(c byte) string {
	switch {
	case c == '\'':
		return `'\''`
	case c < 0x20 || c >= 0x7f:
		return fmt.Sprintf(`'\x%02x'`, c)
	}
	return "'" + string(rune(c)) + "'"
}

// expect consumes c, after white space, or fails.
func (s *scanner) expect(c byte, what string) bool {
	if s.peek() != c {
		s.fail(what)
		return false
	}
	s.pos++
	return true
}

// literal consumes the word w (true, false or null), or fails.
func (s *scanner) literal(w string) bool {
	for s.end-s.pos < len(w) && s.fill() {
	}
	for i := range len(w) {
		if s.pos+i >= s.end || s.buf[s.pos+i] != w[i] {
			s.pos += i
			s.fail(fmt.Sprintf("in literal %s (expecting %s)", w, quoteByte(w[i])))
			return false
		}
	}
	s.pos += len(w)
	return true
}

// object reads an object, calling field for each key with the scanner on
// its value; field must consume the value, and use the key before reading
// anything else (nested objects reuse its bytes).
func (s *scanner) object(field func(key []byte)) {
	if s.enter('{') {
		s.members(field)
		s.depth--
	}
}

// members reads the members of an object, after its brace.
func (s *scanner) members(field func(key []byte)) {
	if s.peek() == '}' {
		s.pos++
		return
	}
	for {
		if s.peek() != '"' {
			s.fail("looking for beginning of object key string")
			return
		}
		s.pos++
		k := s.strBody()
		if s.failed {
			return
		}
		s.key = append(s.key[:0], k...)
		if s.peek() != ':' {
			s.fail("after object key")
			return
		}
		s.pos++
		field(s.key)
		switch s.peek() {
		case ',':
			s.pos++
		case '}':
			s.pos++
			return
		default:
			s.fail("after object key:value pair")
			return
		}
	}
}

// array reads an array, calling elem with the scanner on each element,
// which elem must consume.
func (s *scanner) array(elem func()) {
	if s.enter('[') {
		s.elements(elem)
		s.depth--
	}
}

// elements reads the elements of an array, after its bracket.
func (s *scanner) elements(elem func()) {
	if s.peek() == ']' {
		s.pos++
		return
	}
	for {
		elem()
		switch s.peek() {
		case ',':
			s.pos++
		case ']':
			s.pos++
			return
		default:
			s.fail("after array element")
			return
		}
	}
}

// enter consumes c, which opens an object or an array, one level deeper
// than maxDepth allows at most.
func (s *scanner) enter(c byte) bool {
	switch {
	case s.peek() != c:
		s.fail("looking for beginning of value")
		return false
	case s.depth >= maxDepth:
		s.failWith("nested too deep (over 10000 levels)")
		return false
	}
	s.pos++
	s.depth++
	return true
}
