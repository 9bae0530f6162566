package data

import (
	"bufio"
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf16"
)

// sheetText returns a sheet's bytes as UTF-8 without a byte-order mark:
// spreadsheets save CSV in UTF-8, with or without a mark, or in UTF-16
// with one (Excel's "Unicode text"). Text that is none of these is
// refused with a message that says so, rather than read as garbage.
func sheetText(b []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return fromUTF16(b[2:], b[0] == 0xFE)
	case bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")):
		b = b[3:]
	}
	if looksUTF16(b) {
		return nil, fmt.Errorf("the sheet looks like UTF-16 without a byte-order mark; save it as CSV in UTF-8")
	}
	return b, nil
}

// fromUTF16 decodes UTF-16 text, little- or big-endian.
func fromUTF16(b []byte, bigEndian bool) ([]byte, error) {
	if len(b)%2 != 0 {
		return nil, fmt.Errorf("the sheet is UTF-16 (it starts with its byte-order mark) but has an odd number of bytes: it is cut short")
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return []byte(string(utf16.Decode(u))), nil
}

// looksUTF16 reports whether text is full of zero bytes, as UTF-16 of
// Latin text is.
func looksUTF16(b []byte) bool {
	n := min(len(b), 512)
	return n >= 4 && bytes.Count(b[:n], []byte{0}) >= n/4
}

// sheetDelimiter returns the delimiter of a sheet's cells, told from its
// first line: a comma, or the semicolon of spreadsheets in languages that
// write decimals with a comma, or the tab of "tab-separated values",
// whichever separates the most cells outside quotes.
func sheetDelimiter(b []byte) rune {
	line, _, _ := bufio.NewReader(bytes.NewReader(b)).ReadLine()
	counts := map[rune]int{}
	quoted := false
	for _, r := range string(line) {
		switch {
		case r == '"':
			quoted = !quoted
		case !quoted && (r == ',' || r == ';' || r == '\t'):
			counts[r]++
		}
	}
	best := ','
	for _, r := range []rune{';', '\t'} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best
}

// markdownLink is a Markdown link to a web address: [words](https://…).
var markdownLink = regexp.MustCompile(`\[([^\[\]\n]+)\]\((https?://[^\s()<>"]+)\)`)

// markdownLinks turns the Markdown links of a cell into HTML links, which
// the importer then keeps as text and a link, as it does any link.
func markdownLinks(cell string) string {
	if !strings.Contains(cell, "](") {
		return cell
	}
	return markdownLink.ReplaceAllStringFunc(cell, func(m string) string {
		p := markdownLink.FindStringSubmatch(m)
		return `<a href="` + hrefValue(p[2]) + `">` + p[1] + `</a>`
	})
}
