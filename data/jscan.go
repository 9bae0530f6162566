package data

import (
	"errors"
	"io"
	"unicode/utf8"
)

// errSlow tells the fast loader's caller to load the file the careful way:
// the fast path met something it does not handle exactly as encoding/json
// and the converter would (a syntax error, an unknown kind, a field to
// clip, a duplicate key…), and the careful path gives the exact message.
var errSlow = errors.New("not a plain native file")

// maxDepth bounds the nesting of values skipped by the fast path.
const maxDepth = 200

// jscan reads JSON tokens from a stream, keeping only a buffer of the
// file in memory. Strings are returned as byte slices valid until the next
// call, not checked for valid UTF-8 (the caller does, see clean); only the
// few shapes of the native format are understood, and anything unusual is
// errSlow.
type jscan struct {
	r        io.Reader
	buf      []byte
	pos, end int
	eof      bool
	err      error // a read error other than io.EOF
	scratch  []byte
	key      []byte // the key being read, copied out of buf
}

func newJScan(r io.Reader) *jscan {
	return &jscan{r: r, buf: make([]byte, 256<<10)}
}

// fill reads more of the stream, keeping buf[pos:end]. It reports whether
// bytes were added.
func (s *jscan) fill() bool {
	if s.eof {
		return false
	}
	if s.pos > 0 {
		s.end = copy(s.buf, s.buf[s.pos:s.end])
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
			s.err = err
		}
	}
	return n > 0 || !s.eof
}

// peek skips white space and returns the next byte without consuming it,
// or 0 at the end of the stream.
func (s *jscan) peek() byte {
	for {
		for s.pos < s.end {
			switch c := s.buf[s.pos]; c {
			case ' ', '\t', '\r', '\n':
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

// expect consumes the byte c, after white space.
func (s *jscan) expect(c byte) error {
	if s.peek() != c {
		return errSlow
	}
	s.pos++
	return nil
}

// str reads a string. The result is valid until the next call.
func (s *jscan) str() ([]byte, error) {
	if err := s.expect('"'); err != nil {
		return nil, err
	}
	s.scratch = s.scratch[:0]
	copied := false
	for {
		i := s.pos
		for i < s.end {
			c := s.buf[i]
			if c == '"' || c == '\\' || c < 0x20 {
				break
			}
			i++
		}
		if i == s.end {
			s.scratch = append(s.scratch, s.buf[s.pos:i]...)
			s.pos, copied = i, true
			if !s.fill() {
				return nil, errSlow
			}
			continue
		}
		switch c := s.buf[i]; {
		case c == '"':
			var out []byte
			if copied {
				out = append(s.scratch, s.buf[s.pos:i]...)
				s.scratch = out
			} else {
				out = s.buf[s.pos:i]
			}
			s.pos = i + 1
			return out, nil
		case c == '\\':
			s.scratch = append(s.scratch, s.buf[s.pos:i]...)
			s.pos, copied = i, true
			if err := s.escape(); err != nil {
				return nil, err
			}
		default:
			return nil, errSlow // a raw control character: invalid JSON
		}
	}
}

// escape decodes one backslash escape at pos into scratch.
func (s *jscan) escape() error {
	for s.end-s.pos < 6 && s.fill() {
	}
	if s.end-s.pos < 2 {
		return errSlow
	}
	c := s.buf[s.pos+1]
	s.pos += 2
	switch c {
	case '"', '\\', '/':
		s.scratch = append(s.scratch, c)
	case 'b':
		s.scratch = append(s.scratch, '\b')
	case 'f':
		s.scratch = append(s.scratch, '\f')
	case 'n':
		s.scratch = append(s.scratch, '\n')
	case 'r':
		s.scratch = append(s.scratch, '\r')
	case 't':
		s.scratch = append(s.scratch, '\t')
	case 'u':
		if s.end-s.pos < 4 {
			return errSlow
		}
		r := rune(0)
		for _, h := range s.buf[s.pos : s.pos+4] {
			switch {
			case h >= '0' && h <= '9':
				r = r<<4 | rune(h-'0')
			case h >= 'a' && h <= 'f':
				r = r<<4 | rune(h-'a'+10)
			case h >= 'A' && h <= 'F':
				r = r<<4 | rune(h-'A'+10)
			default:
				return errSlow
			}
		}
		s.pos += 4
		if r >= 0xD800 && r < 0xE000 {
			return errSlow // surrogates: leave pairing rules to encoding/json
		}
		s.scratch = utf8.AppendRune(s.scratch, r)
	default:
		return errSlow
	}
	return nil
}

// null consumes a null literal if one comes next, and reports whether it
// did.
func (s *jscan) null() bool {
	if s.peek() != 'n' {
		return false
	}
	return s.literal("null") == nil
}

// literal consumes the word w.
func (s *jscan) literal(w string) error {
	for s.end-s.pos < len(w) && s.fill() {
	}
	if s.end-s.pos < len(w) || string(s.buf[s.pos:s.pos+len(w)]) != w {
		return errSlow
	}
	s.pos += len(w)
	return nil
}

// boolean reads true, false or null (false).
func (s *jscan) boolean() (bool, error) {
	switch s.peek() {
	case 't':
		return true, s.literal("true")
	case 'f':
		return false, s.literal("false")
	case 'n':
		return false, s.literal("null")
	}
	return false, errSlow
}

// object reads an object, calling field for each key with the scanner on
// its value; field must consume the value, and use the key before reading
// anything (the key's bytes are reused by nested objects).
func (s *jscan) object(field func(key []byte) error) error {
	if err := s.expect('{'); err != nil {
		return err
	}
	if s.peek() == '}' {
		s.pos++
		return nil
	}
	for {
		k, err := s.str()
		if err != nil {
			return err
		}
		s.key = append(s.key[:0], k...)
		if err := s.expect(':'); err != nil {
			return err
		}
		if err := field(s.key); err != nil {
			return err
		}
		switch s.peek() {
		case ',':
			s.pos++
		case '}':
			s.pos++
			return nil
		default:
			return errSlow
		}
	}
}

// array reads an array, calling elem with the scanner on each element.
func (s *jscan) array(elem func() error) error {
	if err := s.expect('['); err != nil {
		return err
	}
	if s.peek() == ']' {
		s.pos++
		return nil
	}
	for {
		if err := elem(); err != nil {
			return err
		}
		switch s.peek() {
		case ',':
			s.pos++
		case ']':
			s.pos++
			return nil
		default:
			return errSlow
		}
	}
}
