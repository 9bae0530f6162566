package search

import (
	"context"
	"fmt"
	"strings"
	"unsafe"

	"timeline/model"
)

// MaxQueryBytes caps a search query: a longer paste is clipped after
// sanitising.
const MaxQueryBytes = 1024

// Query is a parsed search: words and phrases that must all occur in an
// event's text, field terms (kind:, person:, org:, outlet:, status:, tag:,
// from:, to:) and exclusions. The zero Query matches every event. A Query is
// immutable and safe to share between goroutines.
type Query struct {
	terms []term
	marks *Marks // what starred: and note: read (see WithMarks); nil for none
}

// field says what a term tests.
type field uint8

// The fields a term can test; fieldText is a plain word or phrase.
const (
	fieldText field = iota
	fieldKind
	fieldPerson
	fieldOrg
	fieldOutlet
	fieldStatus
	fieldTag
	fieldFrom
	fieldTo
	fieldStarred // starred: takes no value
	fieldNote    // note: alone, or note:WORD
)

// fieldNames are the names written before the colon, indexed by field.
var fieldNames = [...]string{"", "kind", "person", "org", "outlet", "status", "tag", "from", "to", "starred", "note"}

// term is one condition of a query.
type term struct {
	field  field
	neg    bool
	phrase bool     // a quoted phrase (fieldText), or a quoted value
	text   string   // fieldText: the folded word or phrase
	values []string // person, org, outlet, tag: folded alternatives (any may match)
	kinds  uint16   // fieldKind: a bit per kind
	status uint8    // fieldStatus: a bit per status
	day    int32    // fieldFrom: first day; fieldTo: last day (days since 1970-01-01)
	raw    string   // the value as written, for String
}

// QueryError is a malformed query term. Pos is the byte offset of the term
// in the sanitised query and Col its 1-based column in runes, for an
// interface to point at it.
type QueryError struct {
	Term string
	Pos  int
	Col  int
	Msg  string
	// Incomplete is set when the query may become valid as the user keeps
	// typing (an unterminated quote, "kind:" with no value yet): an
	// interface shows a hint rather than an error.
	Incomplete bool
}

// Error returns "TERM: MESSAGE (column N)".
func (e *QueryError) Error() string {
	return fmt.Sprintf("%s: %s (column %d)", e.Term, e.Msg, e.Col)
}

// Empty reports whether the query has no terms and so matches everything.
func (q Query) Empty() bool { return len(q.terms) == 0 }

// Terms returns the folded words and phrases that an event must contain,
// for highlighting with Highlights. Excluded words are not included.
func (q Query) Terms() []string {
	var out []string
	for _, t := range q.terms {
		if t.field == fieldText && !t.neg {
			out = append(out, t.text)
		}
	}
	return out
}

// String returns the query in a canonical form that ParseQuery reads back
// to the same query: terms separated by single spaces, exclusions written
// with "!", phrases and values with spaces quoted, words folded.
func (q Query) String() string {
	parts := make([]string, len(q.terms))
	for i, t := range q.terms {
		var b strings.Builder
		if t.neg {
			b.WriteByte('!')
		}
		if t.field == fieldText {
			// A folded word can look like a field ("Ũ:" folds to "u:") or an
			// exclusion: quote it so that it reads back as the same word.
			looksSpecial := fieldNameLen(t.text) > 0 || (len(t.text) > 1 && (t.text[0] == '!' || t.text[0] == '-'))
			writeMaybeQuoted(&b, t.text, t.phrase || looksSpecial)
		} else {
			b.WriteString(fieldNames[t.field])
			b.WriteByte(':')
			writeMaybeQuoted(&b, t.raw, strings.ContainsRune(t.raw, ' '))
		}
		parts[i] = b.String()
	}
	return strings.Join(parts, " ")
}

func writeMaybeQuoted(b *strings.Builder, s string, quote bool) {
	if quote {
		b.WriteByte('"')
	}
	b.WriteString(s)
	if quote {
		b.WriteByte('"')
	}
}

// Match reports whether event i of ds matches the query. It needs no index
// and is meant for one event at a time; to filter many events, build a
// Index once and use its Filter.
func (q Query) Match(ds *model.Dataset, i int) bool {
	var buf []byte
	return q.match(ds, i, &buf)
}

// match is Match with a buffer for the event's folded text, reused by
// Filter from one event to the next.
func (q Query) match(ds *model.Dataset, i int, buf *[]byte) bool {
	if i < 0 || i >= len(ds.Events) {
		return false
	}
	e := &ds.Events[i]
	folded := false
	for _, t := range q.terms {
		var ok bool
		switch t.field {
		case fieldText:
			if !folded {
				*buf = (*buf)[:0]
				eachSearchText(ds, e, func(s string) {
					*buf = append(foldAppend(*buf, s), haySep...)
				})
				folded = true
			}
			ok = strings.Contains(unsafeString(*buf), t.text)
		case fieldKind:
			ok = t.kinds&(1<<e.Kind) != 0
		case fieldStatus:
			ok = t.status&statusBits(e) != 0
		case fieldFrom:
			ok = eventLastDay(e) >= t.day
		case fieldTo:
			ok = e.Date.Days() <= t.day
		case fieldPerson:
			ok = anyContains(eventPersonTexts(ds, e), t.values)
		case fieldOrg:
			ok = anyContains(eventOrgTexts(ds, e), t.values)
		case fieldOutlet:
			ok = anyContains(eventOutletTexts(ds, e), t.values)
		case fieldTag:
			ok = anyContains(foldAll(e.Tags()), t.values)
		case fieldStarred, fieldNote:
			ok = markTerm(q.marks, &t, int32(i))
		}
		if ok == t.neg {
			return false
		}
	}
	return true
}

// unsafeString views b as a string without copying, for a search in a
// buffer that does not change during the search.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// Filter returns the indices of the events of ds that match, in order. It
// makes one pass without an index, which suits a command line that asks
// once; an interface that asks on every key builds a Index.
func (q Query) Filter(ds *model.Dataset) []int32 {
	out, _ := q.FilterCtx(context.Background(), ds)
	return out
}

// FilterCtx is Filter for a scan run in the background, as an interface
// does while its index is still being built: it looks at ctx every few
// thousand events and, once ctx is done, returns ctx.Err() and no result.
func (q Query) FilterCtx(ctx context.Context, ds *model.Dataset) ([]int32, error) {
	out := []int32{}
	var buf []byte
	for i := range ds.Events {
		if i%cancelEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if q.match(ds, i, &buf) {
			out = append(out, int32(i))
		}
	}
	return out, nil
}

// anyContains reports whether any of hays contains any of needles.
func anyContains(hays, needles []string) bool {
	for _, h := range hays {
		for _, n := range needles {
			if strings.Contains(h, n) {
				return true
			}
		}
	}
	return false
}

// statusBits returns a bit for the event's status, plus the disputed bit
// when any claim contests it.
func statusBits(e *model.Event) uint8 {
	b := uint8(1) << e.Status
	if e.Disputed() {
		b |= 1 << model.Disputed
	}
	return b
}

// eventLastDay returns the last possible day of an event: the end of its
// end date, or of its date.
func eventLastDay(e *model.Event) int32 {
	last := e.Date.LastDays()
	if !e.End().IsZero() && e.End().LastDays() > last {
		last = e.End().LastDays()
	}
	return last
}
