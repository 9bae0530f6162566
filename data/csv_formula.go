package data

import "strings"

// A spreadsheet that opens a CSV file runs a cell that starts with "=",
// "+", "-" or "@" as a formula (=HYPERLINK(…) sends data away, @SUM and
// DDE calls do worse), and a tab or carriage return before one is no
// protection. As OWASP recommends for CSV injection, such a cell gets a
// leading "'", which spreadsheets read as "this is text". Leading spaces
// are looked through as well: OWASP names only the first character, but
// some spreadsheets trim spaces on import, and a quote costs nothing. A
// number ("-44", a year before the common era; "-3.5") is left as it is:
// it runs nothing, and must stay a number.

// csvCell is s as a cell of an exported sheet: with a "'" before it when
// a spreadsheet would run it, or when s is quotes before such a text, so
// that csvCellBack can tell the "'" it must remove from one that was
// there.
func csvCell(s string) string {
	if formulaLike(strings.TrimLeft(s, "'")) {
		return "'" + s
	}
	return s
}

// csvCellBack undoes csvCell: it removes the "'" that csvCell added, and
// only that one.
func csvCellBack(s string) string {
	if strings.HasPrefix(s, "'") && formulaLike(strings.TrimLeft(s, "'")) {
		return s[1:]
	}
	return s
}

// formulaLike reports whether a spreadsheet could run s as a formula.
func formulaLike(s string) bool {
	if s == "" || isPlainNumber(s) {
		return false
	}
	if s[0] == '\t' || s[0] == '\r' {
		return true
	}
	s = strings.TrimLeft(s, " \t\r\n")
	return s != "" && strings.IndexByte("=+-@", s[0]) >= 0
}

// isPlainNumber reports whether s is an integer or decimal number in
// ASCII digits, with an optional leading minus.
func isPlainNumber(s string) bool {
	s = strings.TrimPrefix(s, "-")
	whole, frac, dot := strings.Cut(s, ".")
	digits := func(d string) bool {
		return d != "" && strings.Trim(d, "0123456789") == ""
	}
	return digits(whole) && (!dot || digits(frac))
}
