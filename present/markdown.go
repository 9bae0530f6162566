package present

import "strings"

// markdownInline escapes what MarkdownEscape's character escapes leave
// able to open an inline construct of GitHub Flavored Markdown: the
// extended autolinks, which link bare addresses ("www.", "http://",
// "https://", "ftp://", addresses such as a@b.example), and entity
// references, which would show "&lt;" as "<". An escape before the "." of
// "www.", the ":" of "://", the "@" of an address or the "&" stops them
// and reads as nothing, and s stays readable. s must already have its
// backslashes escaped.
func markdownInline(s string) string {
	if !strings.ContainsAny(s, ".:@&") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.' && i >= 3 && strings.EqualFold(s[i-3:i], "www"),
			c == ':' && strings.HasPrefix(s[i:], "://"),
			c == '@' && i > 0 && isEmailLocal(s[i-1]),
			c == '&' && isEntityStart(s[i+1:]):
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// isEmailLocal reports whether c can end the part of an e-mail address
// before the "@", which an autolink needs ("@name" alone is no address).
func isEmailLocal(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(".-_+", c) >= 0
}

// isEntityStart reports whether s, what follows a "&", makes it an HTML
// entity or numeric character reference: letters and digits, or "#" and
// digits (or "x" and hex digits), then ";".
func isEntityStart(s string) bool {
	end := strings.IndexByte(s, ';')
	if end <= 0 || end > 32 {
		return false
	}
	name := strings.TrimPrefix(s[:end], "#")
	return name != "" && strings.Trim(name, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// MarkdownLineStart escapes what would make a line that starts with l,
// already escaped with MarkdownEscape, open a block: a heading, a quote, a
// list item (bullet or numbered, "1." or "1)"), a thematic break or
// setext underline, a table's delimiter row (which may start with ":"),
// or a heading's closing sequence when the line ends with "#"; spaces
// before the text (four make a code block) are left out. Use it on every
// line of text, and on what follows a list item's marker.
func MarkdownLineStart(l string) string {
	l = strings.TrimLeft(l, " \t")
	if l == "" {
		return l
	}
	switch l[0] {
	case '#', '>', '-', '+', '=', '|', ':':
		l = `\` + l
	default:
		if i := strings.IndexFunc(l, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && (l[i] == '.' || l[i] == ')') {
			l = l[:i] + `\` + l[i:]
		}
	}
	if strings.HasSuffix(l, "#") && !strings.HasSuffix(l, `\#`) {
		l = l[:len(l)-1] + `\#`
	}
	return l
}
