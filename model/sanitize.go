package model

import (
	"strings"
	"unicode/utf8"
)

// MaxFieldBytes is the size at which a text field is clipped.
const MaxFieldBytes = 64 << 10

// sanitizeEllipsis ends a clipped field, so that a reader sees it was cut.
const sanitizeEllipsis = "…"

// sanitizeTabStop is the tab width: tabs are expanded at load because the
// width functions of the UI count a tab as zero columns.
const sanitizeTabStop = 4

// Sanitize returns s made safe to show in a terminal, and whether it had to
// be clipped. It applies the policy of docs/HOSTILE_INPUT.md, in this order:
//
//  1. Invalid UTF-8 becomes U+FFFD, one per run of bad bytes, as
//     strings.ToValidUTF8 does.
//  2. Escape sequences are removed: CSI, OSC, DCS, APC, PM, SOS and the
//     two-byte ESC sequences, in their ESC and their C1 (UTF-8) forms. The
//     visible text of an OSC 8 hyperlink stays; its target goes. A sequence
//     with no valid terminator loses only its introducer (ESC and the byte
//     after it, or the C1 rune), so a stray ESC cannot swallow the text after
//     it. A string sequence (OSC, DCS, APC, PM, SOS) counts as unterminated
//     when a control other than its terminator comes first.
//  3. C0 controls other than newline, DEL, C1 controls, bidi controls and
//     U+FEFF are dropped. A tab becomes spaces up to the next multiple of four
//     runes in its line; CR LF, a lone CR, U+2028 and U+2029 become a newline.
//     Zero-width joiners, variation selectors and combining marks are kept.
//  4. A result longer than MaxFieldBytes is cut at a rune boundary and ends
//     with "…", and clipped is true; the result is then at most MaxFieldBytes.
//
// The result is valid UTF-8 without control characters other than newline,
// and Sanitize is idempotent. It is never longer than the input except by
// tab expansion (at most three bytes per tab) and by step 1 (a lone bad byte
// becomes the three bytes of U+FFFD). Text that needs none of these steps is
// returned as it is, without allocating.
func Sanitize(s string) (clean string, clipped bool) {
	return SanitizeN(s, MaxFieldBytes, false)
}

// SanitizeLine is Sanitize for one-line fields (ids, names, outlets, search
// queries): newlines become spaces. Each newline, with the spaces around it,
// collapses to a single space, and leading and trailing spaces are trimmed;
// other runs of spaces stay as they are.
func SanitizeLine(s string) (clean string, clipped bool) {
	return SanitizeN(s, MaxFieldBytes, true)
}

// SanitizeN is like Sanitize, but clips at max bytes (used for search
// queries pasted into the UI, capped e.g. at 512 bytes), and works like
// SanitizeLine when oneLine is set. When max is smaller than the ellipsis,
// a clipped result has no ellipsis; a negative max counts as zero.
func SanitizeN(s string, max int, oneLine bool) (string, bool) {
	if max < 0 {
		max = 0
	}
	if isSanitized(s, max, oneLine) {
		return s, false
	}
	return sanitizeSlow(s, max, oneLine)
}

// isSanitized reports whether sanitizing s would leave it unchanged, which
// is the case for nearly every real field; checking first keeps loading
// free of allocations.
func isSanitized(s string, max int, oneLine bool) bool {
	if len(s) > max {
		return false
	}
	if oneLine && s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return false
	}
	for i := 0; i < len(s); {
		for i+8 <= len(s) && plainASCII8(s, i) {
			i += 8
		}
		if i == len(s) {
			break
		}
		b := s[i]
		if b < utf8.RuneSelf {
			if b < 0x20 && (b != '\n' || oneLine) || b == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r == 0x2028 || r == 0x2029 || droppedRune(r) {
			return false
		}
		i += n
	}
	return true
}

// plainASCII8 reports whether the eight bytes of s from i are printable
// ASCII or spaces, which sanitizing leaves as they are: a field is nearly
// all such bytes, and looking at eight at a time makes checking it several
// times faster. It may say no for bytes that need nothing (a newline, any
// byte outside ASCII), which are then looked at one by one.
func plainASCII8(s string, i int) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	_ = s[i+7]
	x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
	// With every byte below 0x80, adding one to each carries into no
	// other and sets the high bit of DEL alone, and subtracting 0x20 sets
	// it where a control is (or, by a borrow, above one).
	return (x|(x+ones)|(x-ones*0x20)&^x)&highs == 0
}

// droppedRune reports whether step 3 removes r outright. Tab, newline, CR and
// ESC are handled before this is asked.
func droppedRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f: // C0, DEL, C1
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, // ALM, LRM, RLM
		r >= 0x202a && r <= 0x202e, // LRE, RLE, PDF, LRO, RLO
		r >= 0x2066 && r <= 0x2069: // LRI, RLI, FSI, PDI
		return true
	case r == 0xfeff: // BOM, zero-width no-break space
		return true
	}
	return false
}

// sanitizeSlow does the work of SanitizeN for a string that needs it.
func sanitizeSlow(s string, max int, oneLine bool) (string, bool) {
	s = strings.ToValidUTF8(s, "\uFFFD")
	w := sanitizeWriter{max: max, oneLine: oneLine}
	w.out.Grow(min(len(s), max) + len(sanitizeEllipsis))
	// The output only grows, so once it passes max the clipped result is
	// known: a 10 MB field costs no more than a 64 KiB one past that point.
	for i := 0; i < len(s) && w.out.Len() <= max; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == 0x1b || escapeKind(r) != 0 {
			i += escapeLen(s[i:])
			continue
		}
		w.put(r)
		i += n
	}
	out := w.out.String()
	if len(out) <= max {
		return out, false
	}
	return clipSanitized(out, max, oneLine), true
}

// clipSanitized cuts s, longer than max, to at most max bytes ending with
// the ellipsis. A one-line result does not end in a space before it.
func clipSanitized(s string, max int, oneLine bool) string {
	keep, tail := max-len(sanitizeEllipsis), sanitizeEllipsis
	if keep < 0 {
		keep, tail = max, ""
	}
	for keep > 0 && !utf8.RuneStart(s[keep]) {
		keep--
	}
	head := s[:keep]
	if oneLine {
		head = strings.TrimRight(head, " ")
	}
	return head + tail
}

// sanitizeWriter assembles the output of step 3 rune by rune.
type sanitizeWriter struct {
	out     strings.Builder
	max     int
	oneLine bool
	col     int  // runes since the last newline, for tab stops
	afterCR bool // a CR was just written as a newline, so an LF adds nothing
	// In one-line mode spaces and newlines wait here until text follows, so
	// that they can be collapsed, and dropped at either end.
	pendSpaces  int
	pendNewline bool
}

// put writes the rune r, which is not part of an escape sequence.
func (w *sanitizeWriter) put(r rune) {
	switch {
	case r == '\r':
		w.newline()
		w.afterCR = true
		return
	case r == '\n':
		if !w.afterCR {
			w.newline()
		}
	case r == 0x2028 || r == 0x2029: // line and paragraph separators
		w.newline()
	case r == '\t':
		for n := sanitizeTabStop - w.col%sanitizeTabStop; n > 0; n-- {
			w.space()
		}
	case r == ' ':
		w.space()
	case droppedRune(r):
		return // invisible: a CR before it still pairs with an LF after it
	default:
		w.text(r)
	}
	w.afterCR = false
}

// newline ends a line, or marks one to become a space in one-line mode.
func (w *sanitizeWriter) newline() {
	w.col = 0
	if w.oneLine {
		w.pendNewline = true
		return
	}
	w.out.WriteByte('\n')
}

// space writes a space, or holds it back in one-line mode.
func (w *sanitizeWriter) space() {
	w.col++
	if w.oneLine {
		w.pendSpaces++
		return
	}
	w.out.WriteByte(' ')
}

// text writes a visible rune, after any spaces held back before it.
func (w *sanitizeWriter) text(r rune) {
	if w.oneLine && w.out.Len() > 0 {
		n := w.pendSpaces
		if w.pendNewline {
			n = 1
		}
		// Past max the rest is clipped anyway; a run of a million tabs
		// should not become four million spaces first.
		if room := w.max - w.out.Len(); n > room {
			n = room + 1
		}
		for ; n > 0; n-- {
			w.out.WriteByte(' ')
		}
	}
	w.pendSpaces, w.pendNewline = 0, false
	w.col++
	w.out.WriteRune(r)
}

// escapeKind returns the ESC-form final byte of the sequence that the C1
// rune r introduces ('[' for CSI, ']' for OSC, 'P' for DCS, '_' for APC,
// '^' for PM, 'X' for SOS), or 0 when r introduces none.
func escapeKind(r rune) byte {
	switch r {
	case 0x9b:
		return '['
	case 0x9d:
		return ']'
	case 0x90:
		return 'P'
	case 0x9f:
		return '_'
	case 0x9e:
		return '^'
	case 0x98:
		return 'X'
	}
	return 0
}

// escapeLen returns how many bytes to drop from the start of s, which begins
// with ESC or with a C1 introducer: the whole sequence when it is complete,
// otherwise only the introducer. The scan stops at the first byte that
// cannot continue the sequence, so stray introducers cost linear time.
func escapeLen(s string) int {
	var kind byte
	intro := 2
	if s[0] == 0x1b {
		if len(s) == 1 {
			return 1
		}
		switch b := s[1]; {
		case b == '[', b == ']', b == 'P', b == '_', b == '^', b == 'X':
			kind = b
		case b >= 0x20 && b <= 0x2f: // intermediates, then a final byte
			j := 2
			for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
				j++
			}
			if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
				return j + 1
			}
			return 2
		case b >= 0x30 && b <= 0x7e: // ESC c, ESC 7, ESC =, ESC \ ...
			return 2
		default: // a control or a non-ASCII rune: only the ESC goes
			return 1
		}
	} else {
		r, n := utf8.DecodeRuneInString(s)
		kind, intro = escapeKind(r), n
	}
	var n int
	if kind == '[' {
		n = csiLen(s[intro:])
	} else {
		n = stringSeqLen(s[intro:], kind == ']')
	}
	return intro + n
}

// csiLen returns the length of the parameter bytes, intermediate bytes and
// final byte of a control sequence at the start of s, or 0 when they are
// malformed or cut off.
func csiLen(s string) int {
	j := 0
	for j < len(s) && s[j] >= 0x30 && s[j] <= 0x3f {
		j++
	}
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
		j++
	}
	if j < len(s) && s[j] >= 0x40 && s[j] <= 0x7e {
		return j + 1
	}
	return 0
}

// stringSeqLen returns the length of the body and terminator of a control
// string (OSC, DCS, APC, PM, SOS) at the start of s, or 0 when a control
// comes before the terminator or there is none. The terminator is ST (ESC \
// or U+009C), or BEL when bel is set, as terminals accept for OSC.
func stringSeqLen(s string, bel bool) int {
	for j := 0; j < len(s); {
		b := s[j]
		switch {
		case b == 0x07 && bel:
			return j + 1
		case b == 0x1b:
			if j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
			return 0
		case b < 0x20:
			return 0
		case b < utf8.RuneSelf:
			j++
		default:
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == 0x9c {
				return j + n
			}
			if r >= 0x80 && r <= 0x9f {
				return 0
			}
			j += n
		}
	}
	return 0
}
