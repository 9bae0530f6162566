package data

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf16"
	"unicode/utf8"

	"timeline/model"
)

// Strings as the scanner reads them: escapes decoded as encoding/json
// decodes them, the bytes handed out without a copy when they can be.

// str reads a string. The result is valid until the next call; it is not
// checked for valid UTF-8, which the sanitiser repairs.
func (s *scanner) str() []byte {
	if !s.expect('"', "looking for beginning of value") {
		return nil
	}
	return s.strBody()
}

// maxString is the most of one string the scanner keeps: every field is
// clipped to model.MaxFieldBytes, and a string that long is clipped anyway,
// so a file that is one huge string costs no more than this.
const maxString = 16 * model.MaxFieldBytes

// strBody reads the rest of a string whose opening quote was consumed.
// Past maxString bytes, it reads on to the string's end but keeps no more.
func (s *scanner) strBody() []byte {
	s.scratch = s.scratch[:0]
	copied := false
	for {
		i := s.pos + plainRun(s.buf[s.pos:s.end])
		if i == s.end {
			s.keep(s.buf[s.pos:i])
			s.pos, copied = i, true
			if !s.fill() {
				s.fail("in string literal")
				return nil
			}
			continue
		}
		switch c := s.buf[i]; {
		case c == '"':
			out := s.buf[s.pos:i]
			if copied {
				s.keep(out)
				out = s.scratch
			} else if len(out) > maxString {
				out = out[:maxString]
			}
			s.pos = i + 1
			return out
		case c == '\\':
			s.keep(s.buf[s.pos:i])
			s.pos, copied = i, true
			if !s.escape() {
				return nil
			}
			if len(s.scratch) > maxString {
				s.scratch = s.scratch[:maxString]
			}
		default:
			s.pos = i
			s.fail("in string literal")
			return nil
		}
	}
}

// keep adds b to the string being read, up to maxString bytes.
func (s *scanner) keep(b []byte) {
	if room := maxString - len(s.scratch); len(b) > room {
		b = b[:max(room, 0)]
	}
	s.scratch = append(s.scratch, b...)
}

// escape decodes the backslash escape at pos into scratch. A lone UTF-16
// surrogate becomes U+FFFD, as encoding/json makes it.
func (s *scanner) escape() bool {
	for s.end-s.pos < 12 && s.fill() {
	}
	s.pos++ // the backslash
	if s.pos >= s.end {
		s.fail("in string escape code")
		return false
	}
	c := s.buf[s.pos]
	s.pos++
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
		r, ok := s.hex4(s.pos)
		if !ok {
			return false
		}
		s.pos += 4
		if utf16.IsSurrogate(r) {
			r2, ok2 := rune(0), false
			if s.end-s.pos >= 6 && s.buf[s.pos] == '\\' && s.buf[s.pos+1] == 'u' {
				r2, ok2 = s.quietHex4(s.pos + 2)
			}
			if d := utf16.DecodeRune(r, r2); ok2 && d != utf8.RuneError {
				r = d
				s.pos += 6
			} else {
				r = utf8.RuneError
			}
		}
		s.scratch = utf8.AppendRune(s.scratch, r)
	default:
		s.pos--
		s.fail("in string escape code")
		return false
	}
	return true
}

// hex4 reads the four hexadecimal digits of a \u escape at i, or fails.
func (s *scanner) hex4(i int) (rune, bool) {
	for k := range 4 {
		if i+k >= s.end || hexValue(s.buf[i+k]) < 0 {
			s.pos = i + k
			s.fail(`in \u hexadecimal character escape`)
			return 0, false
		}
	}
	r, _ := s.quietHex4(i)
	return r, true
}

// quietHex4 is hex4 without failing.
func (s *scanner) quietHex4(i int) (rune, bool) {
	r := rune(0)
	for k := range 4 {
		if i+k >= s.end {
			return 0, false
		}
		v := hexValue(s.buf[i+k])
		if v < 0 {
			return 0, false
		}
		r = r<<4 | rune(v)
	}
	return r, true
}

func hexValue(h byte) int {
	switch {
	case h >= '0' && h <= '9':
		return int(h - '0')
	case h >= 'a' && h <= 'f':
		return int(h-'a') + 10
	case h >= 'A' && h <= 'F':
		return int(h-'A') + 10
	}
	return -1
}

// plainRun returns how many bytes of b come before the first that ends a
// run of plain string bytes: a quote, a backslash or a control character.
// It looks at eight bytes at a time, which matters: most of a file is
// the text of its strings.
func plainRun(b []byte) int {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		quote, backslash := x^(ones*'"'), x^(ones*'\\')
		// The high bit of a byte's lane is set where the byte is zero, or
		// less than 0x20 (the tests of "Bit Twiddling Hacks"): a borrow
		// can set it in the lanes above too, but never below, so the
		// lowest set is the first such byte.
		if m := ((quote-ones)&^quote | (backslash-ones)&^backslash | (x-ones*0x20)&^x) & highs; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c == '"' || c == '\\' || c < 0x20 {
			return i
		}
	}
	return len(b)
}
