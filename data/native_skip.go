package data

import (
	"bytes"
	"encoding/binary"
	"math/bits"
)

// Values the decoder does not read (unknown keys, values of the wrong
// type) are skipped, their syntax checked all the same; and positions are
// counted as the scanner goes.

// skip consumes one value of any kind. It keeps a stack of the brackets it
// is inside rather than recursing, and fails beyond maxDepth, counting the
// levels the readers are inside, as encoding/json counts them.
func (s *scanner) skip() {
	s.stack = s.stack[:0]
	for !s.failed {
		// A value.
		switch c := s.peek(); {
		case c == '"':
			s.str()
		case c == '{' || c == '[':
			if s.depth+len(s.stack) >= maxDepth {
				s.failWith("nested too deep (over 10000 levels)")
				return
			}
			s.pos++
			close := byte('}')
			if c == '[' {
				close = ']'
			}
			s.stack = append(s.stack, close)
			if s.peek() == close {
				s.pos++
				s.stack = s.stack[:len(s.stack)-1]
			} else if close == '}' && !s.objectKey() {
				return
			} else {
				continue
			}
		case c == 't':
			s.literal("true")
		case c == 'f':
			s.literal("false")
		case c == 'n':
			s.literal("null")
		case c == '-' || c >= '0' && c <= '9':
			s.number()
		default:
			s.fail("looking for beginning of value")
			return
		}
		// After a value: the next one in the innermost container, or the
		// container's end.
		for {
			if len(s.stack) == 0 || s.failed {
				return
			}
			close := s.stack[len(s.stack)-1]
			c := s.peek()
			if c == close {
				s.pos++
				s.stack = s.stack[:len(s.stack)-1]
				continue
			}
			if c != ',' {
				if close == '}' {
					s.fail("after object key:value pair")
				} else {
					s.fail("after array element")
				}
				return
			}
			s.pos++
			if close == '}' && !s.objectKey() {
				return
			}
			break
		}
	}
}

// objectKey consumes a key and its colon.
func (s *scanner) objectKey() bool {
	if s.peek() != '"' {
		s.fail("looking for beginning of object key string")
		return false
	}
	s.str()
	return !s.failed && s.expect(':', "after object key")
}

// number consumes a number, checking its form:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *scanner) number() {
	const (
		start = iota
		minus
		zero
		integer
		dot
		fraction
		exp
		expSign
		expDigits
	)
	state := start
	for {
		if s.pos >= s.end && !s.fill() {
			break
		}
		c := s.buf[s.pos]
		digit := c >= '0' && c <= '9'
		next := -1
		switch state {
		case start:
			switch {
			case c == '-':
				next = minus
			case c == '0':
				next = zero
			case digit:
				next = integer
			}
		case minus:
			switch {
			case c == '0':
				next = zero
			case digit:
				next = integer
			}
		case zero, integer:
			switch {
			case digit && state == integer:
				next = integer
			case c == '.':
				next = dot
			case c == 'e' || c == 'E':
				next = exp
			}
		case dot, fraction:
			if digit {
				next = fraction
			} else if state == fraction && (c == 'e' || c == 'E') {
				next = exp
			}
		case exp:
			switch {
			case c == '+' || c == '-':
				next = expSign
			case digit:
				next = expDigits
			}
		case expSign, expDigits:
			if digit {
				next = expDigits
			}
		}
		if next < 0 {
			break
		}
		state = next
		s.pos++
	}
	switch state {
	case zero, integer, fraction, expDigits:
	default:
		s.fail("in numeric literal")
	}
}

// advance counts lines and columns from mark to to, and moves mark there.
// A column counts the bytes that do not continue a UTF-8 sequence, as
// position does.
func (s *scanner) advance(to int) {
	if to <= s.mark {
		return
	}
	b := s.buf[s.mark:to]
	if n := bytes.Count(b, []byte{'\n'}); n > 0 {
		s.line += n
		b = b[bytes.LastIndexByte(b, '\n')+1:]
		s.col = 1
	}
	s.col += len(b) - continuationBytes(b)
	s.mark = to
}

// continuationBytes counts the bytes of b of the form 10xxxxxx, eight at a
// time.
func continuationBytes(b []byte) int {
	const high = 0x8080808080808080
	n := 0
	for len(b) >= 8 {
		x := binary.LittleEndian.Uint64(b)
		n += bits.OnesCount64(x & ^(x << 1) & high)
		b = b[8:]
	}
	for _, c := range b {
		if c&0xC0 == 0x80 {
			n++
		}
	}
	return n
}
