package data

// Skipping values the fast loader does not read, optionally keeping their
// bytes for encoding/json (the small top-level sections).

// skip consumes a value of any kind, appending its bytes to keep when keep
// is not nil, and returns keep.
func (s *jscan) skip(keep []byte, depth int) ([]byte, error) {
	if depth > maxDepth {
		return nil, errSlow
	}
	switch c := s.peek(); {
	case c == '"':
		b, err := s.str()
		if err != nil {
			return nil, err
		}
		if keep != nil {
			keep = appendJSONString(keep, b)
		}
		return keep, nil
	case c == '{':
		if keep != nil {
			keep = append(keep, '{')
		}
		n := 0
		err := s.object(func(k []byte) error {
			if keep != nil {
				if n > 0 {
					keep = append(keep, ',')
				}
				keep = append(appendJSONString(keep, k), ':')
			}
			n++
			var err error
			keep, err = s.skip(keep, depth+1)
			return err
		})
		if keep != nil {
			keep = append(keep, '}')
		}
		return keep, err
	case c == '[':
		if keep != nil {
			keep = append(keep, '[')
		}
		n := 0
		err := s.array(func() error {
			if keep != nil && n > 0 {
				keep = append(keep, ',')
			}
			n++
			var err error
			keep, err = s.skip(keep, depth+1)
			return err
		})
		if keep != nil {
			keep = append(keep, ']')
		}
		return keep, err
	case c == 't' || c == 'f' || c == 'n':
		w := "null"
		if c == 't' {
			w = "true"
		} else if c == 'f' {
			w = "false"
		}
		if err := s.literal(w); err != nil {
			return nil, err
		}
		if keep != nil {
			keep = append(keep, w...)
		}
		return keep, nil
	case c == '-' || c >= '0' && c <= '9':
		var num []byte
		for {
			for s.pos < s.end && isNumberByte(s.buf[s.pos]) {
				num = append(num, s.buf[s.pos])
				s.pos++
			}
			if s.pos < s.end || !s.fill() {
				break
			}
		}
		if !validNumber(num) {
			return nil, errSlow
		}
		if keep != nil {
			keep = append(keep, num...)
		}
		return keep, nil
	}
	return nil, errSlow
}

func isNumberByte(c byte) bool {
	return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}

// validNumber reports whether b is a JSON number:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func validNumber(b []byte) bool {
	i := 0
	digits := func() int {
		n := 0
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case digits() == 0:
		return false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(b)
}

// appendJSONString appends b, already decoded, as a JSON string.
func appendJSONString(dst, b []byte) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for _, c := range b {
		switch {
		case c == '"' || c == '\\':
			dst = append(dst, '\\', c)
		case c < 0x20:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, '"')
}
