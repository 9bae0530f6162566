package search

import (
	"slices"
	"strings"
)

// Marks are a reporter's own annotations as a query sees them: which
// events are starred and the private note on each, by position in the
// dataset. They live outside the dataset (package notebook keeps them
// apart from the shared file) and so outside the index: the caller that
// has them binds them to a query (Query.WithMarks), and both Query.Filter
// and Index.Filter answer starred: and note: from them, the same way. A
// query without marks finds no event starred and none with a note, which
// is what a file without annotations has.
//
// Marks are positions, so they hold for one version of the dataset: make
// them again after an edit moves events.
type Marks struct {
	starred bitset
	notes   map[int32]string // folded
	n       int
}

// NewMarks returns the marks of a dataset of n events: the positions of
// the starred events, and the notes by position.
func NewMarks(n int, starred []int32, notes map[int32]string) *Marks {
	m := &Marks{starred: newBitset(n), notes: make(map[int32]string, len(notes)), n: n}
	for _, i := range starred {
		if i >= 0 && int(i) < n {
			m.starred.set(int(i))
		}
	}
	for i, s := range notes {
		if i >= 0 && int(i) < n && strings.TrimSpace(s) != "" {
			m.notes[i] = Fold(s)
		}
	}
	return m
}

// Starred reports whether the event at position i is starred.
func (m *Marks) Starred(i int32) bool {
	return m != nil && i >= 0 && int(i) < m.n && m.starred.has(i)
}

// noted reports whether the event at position i has a note holding any
// of values, or any note at all when values is empty.
func (m *Marks) noted(i int32, values []string) bool {
	if m == nil {
		return false
	}
	note, ok := m.notes[i]
	if !ok {
		return false
	}
	return len(values) == 0 || slices.ContainsFunc(values, func(v string) bool { return strings.Contains(note, v) })
}

// WithMarks returns the query with its starred: and note: terms answered
// from m (nil for none).
func (q Query) WithMarks(m *Marks) Query {
	q.marks = m
	return q
}

// UsesMarks reports whether the query has a starred: or note: term, so
// that a caller knows to run it again when the marks change.
func (q Query) UsesMarks() bool {
	return slices.ContainsFunc(q.terms, func(t term) bool { return t.field == fieldStarred || t.field == fieldNote })
}

// markTerm answers a starred: or note: term for the event at position i.
func markTerm(m *Marks, t *term, i int32) bool {
	if t.field == fieldStarred {
		return m.Starred(i)
	}
	return m.noted(i, t.values)
}
