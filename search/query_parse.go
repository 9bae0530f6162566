package search

import (
	"strings"
	"timeline/model"
	"unicode"
	"unicode/utf8"
)

// knownFields is the hint given after an unknown field name.
const knownFields = "known fields: kind, person, org, outlet, status, tag, from, to, starred, note; quote a colon to search for it"

// ParseQuery reads a query as typed into the filter or given to
// "timeline list". The string is sanitised and capped at MaxQueryBytes
// first. Terms are separated by spaces and all must hold:
//
//	word            the word occurs in the event's text (case and accents ignored)
//	"a phrase"      the phrase occurs as written, spaces included
//	kind:K[,K...]   the event is of one of the kinds (a unique prefix will do)
//	status:S[,S...] confirmed, reported or disputed (disputed includes contested claims)
//	person:P        a person's id, name or alias contains P; org:, outlet:, tag: likewise
//	from:D, to:D    the event's span reaches D or later / starts on D or earlier;
//	                D is YYYY-MM-DD, YYYY-MM or YYYY (a month runs from its first day to its last)
//	starred:        the reporter starred the event (see Marks)
//	note:, note:W   the reporter's private note on the event exists / holds W
//	!term, -term    the term must not hold
//
// Regular-expression characters are plain text. Field values may be quoted
// (person:"alex wang") and take several alternatives separated by commas.
//
// A malformed term is reported as a *QueryError for the first bad term; the
// returned Query still holds every well-formed term (an unterminated quote
// runs to the end), so that an interface can keep showing results with a
// hint while a command line refuses the query.
func ParseQuery(s string) (Query, error) {
	s, _ = model.SanitizeN(s, MaxQueryBytes, true)
	var q Query
	var first *QueryError
	p := queryParser{s: s}
	for {
		tok, ok := p.next()
		if !ok {
			break
		}
		t, err := parseTerm(s, tok)
		if err != nil && first == nil {
			first = err
		}
		if t != nil {
			q.terms = append(q.terms, *t)
		}
	}
	if first != nil {
		return q, first
	}
	return q, nil
}

// token is one space-separated piece of a query.
type token struct {
	pos      int    // byte offset of the token in the query
	neg      bool   // written with a leading ! or -
	name     string // the field name, lower-cased, or "" for a word
	value    string // the word, phrase or field value, without quotes
	quoted   bool   // the value was quoted
	unclosed bool   // the quote was not closed
	text     string // the token as written
}

// queryParser splits a query into tokens.
type queryParser struct {
	s string
	i int
}

func (p *queryParser) next() (token, bool) {
	s := p.s
	for p.i < len(s) {
		r, size := utf8.DecodeRuneInString(s[p.i:])
		if !unicode.IsSpace(r) {
			break
		}
		p.i += size
	}
	if p.i >= len(s) {
		return token{}, false
	}
	t := token{pos: p.i}
	start := p.i
	if c := s[p.i]; (c == '!' || c == '-') && p.i+1 < len(s) && !isSpaceAt(s, p.i+1) {
		t.neg = true
		p.i++
	}
	if n := fieldNameLen(s[p.i:]); n > 0 {
		t.name = strings.ToLower(s[p.i : p.i+n])
		p.i += n + 1
	}
	if p.i < len(s) && s[p.i] == '"' {
		t.quoted = true
		end := strings.IndexByte(s[p.i+1:], '"')
		if end < 0 {
			t.unclosed = true
			t.value = s[p.i+1:]
			p.i = len(s)
		} else {
			t.value = s[p.i+1 : p.i+1+end]
			p.i += end + 2
		}
	} else {
		end := p.i
		for end < len(s) && !isSpaceAt(s, end) {
			_, size := utf8.DecodeRuneInString(s[end:])
			end += size
		}
		t.value = s[p.i:end]
		p.i = end
	}
	t.text = s[start:p.i]
	return t, true
}

func isSpaceAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

// fieldNameLen returns the length of an ASCII-letter field name followed by
// a colon at the start of s, or 0.
func fieldNameLen(s string) int {
	for i := 0; i < len(s) && i < 16; i++ {
		c := s[i]
		switch {
		case c == ':':
			return i
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		default:
			return 0
		}
	}
	return 0
}

// parseTerm turns a token into a term. It may return both a term and an
// error when the term is usable but incomplete.
func parseTerm(q string, tok token) (*term, *QueryError) {
	fail := func(msg string, incomplete bool) *QueryError {
		return &QueryError{Term: tok.text, Pos: tok.pos, Col: utf8.RuneCountInString(q[:tok.pos]) + 1,
			Msg: msg, Incomplete: incomplete}
	}
	var qerr *QueryError
	if tok.unclosed {
		qerr = fail("unterminated quote: close it with \"", true)
	}
	t := &term{neg: tok.neg, phrase: tok.quoted}
	if tok.name == "" {
		t.text = Fold(tok.value)
		if !tok.quoted {
			t.text = strings.TrimSpace(t.text)
		}
		if strings.TrimSpace(t.text) == "" {
			return nil, qerr
		}
		return t, qerr
	}
	f := fieldOf(tok.name)
	if f == fieldText {
		return nil, fail("unknown field \""+tok.name+"\" ("+knownFields+")", false)
	}
	t.field = f
	t.raw = strings.TrimSpace(tok.value)
	switch {
	case f == fieldStarred && t.raw != "":
		return nil, fail("starred: takes no value", false)
	case f == fieldStarred:
		return t, qerr
	case f == fieldNote && t.raw == "" && !tok.quoted:
		return t, qerr // any note
	}
	if t.raw == "" {
		return nil, fail("want a value after "+tok.name+":", true)
	}
	switch f {
	case fieldKind:
		for _, v := range strings.Split(t.raw, ",") {
			k, ok := kindPrefix(strings.ToLower(strings.TrimSpace(v)))
			if !ok {
				return nil, fail("want one of "+strings.Join(kindWords(), ", "), false)
			}
			t.kinds |= 1 << k
		}
	case fieldStatus:
		for _, v := range strings.Split(t.raw, ",") {
			st, ok := statusPrefix(strings.ToLower(strings.TrimSpace(v)))
			if !ok {
				return nil, fail("want confirmed, reported, disputed or none", false)
			}
			t.status |= 1 << st
		}
	case fieldFrom, fieldTo:
		d, err := model.ParseDate(t.raw)
		if err != nil {
			return nil, fail("want a date like 2025-08-01, 2025-08 or 2025", false)
		}
		t.day = d.Days()
		if f == fieldTo {
			t.day = d.LastDays()
		}
	default:
		for _, v := range strings.Split(t.raw, ",") {
			if v = strings.TrimSpace(Fold(v)); v != "" {
				t.values = append(t.values, v)
			}
		}
		if len(t.values) == 0 {
			return nil, fail("want a value after "+tok.name+":", true)
		}
	}
	return t, qerr
}

func fieldOf(name string) field {
	for i, n := range fieldNames {
		if i > 0 && n == name {
			return field(i)
		}
	}
	return fieldText
}

// kindWords are the words kind: reads: the kinds' names, then "none" for
// events whose file gives no kind.
func kindWords() []string { return append(model.KindNames(), model.NoKind.String()) }

// kindPrefix reads a kind's name, "none", or a prefix that names only one.
func kindPrefix(s string) (model.Kind, bool) {
	return uniquePrefix(s, kindWords(), func(i int) model.Kind {
		if i == len(model.KindNames()) {
			return model.NoKind
		}
		return model.Kind(i)
	})
}

// statusPrefix reads a status's name, "none", or a prefix that names only
// one.
func statusPrefix(s string) (model.Status, bool) {
	words := append(model.StatusNames(), model.NoStatus.String())
	return uniquePrefix(s, words, func(i int) model.Status {
		if i == len(model.StatusNames()) {
			return model.NoStatus
		}
		return model.Status(i)
	})
}

func uniquePrefix[T any](s string, names []string, of func(int) T) (T, bool) {
	var zero T
	found := -1
	for i, n := range names {
		if n == s {
			return of(i), true
		}
		if s != "" && strings.HasPrefix(n, s) {
			if found >= 0 {
				return zero, false
			}
			found = i
		}
	}
	if found < 0 {
		return zero, false
	}
	return of(found), true
}
