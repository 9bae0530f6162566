package search

import (
	"slices"
	"strings"
)

// Narrows reports whether every event that matches q also matches p, so
// that q can be answered by testing only p's matches: what typing does to
// a query, one key at a time ("lef" then "lefe", or a word added). It
// holds when each of p's terms is implied by one of q's; it may say no
// where a finer reasoning would say yes, never the other way round.
func (q Query) Narrows(p Query) bool {
	for i := range p.terms {
		implied := false
		for j := range q.terms {
			if q.terms[j].implies(&p.terms[i]) {
				implied = true
				break
			}
		}
		if !implied {
			return false
		}
	}
	return true
}

// implies reports whether every event that passes t passes u.
func (t *term) implies(u *term) bool {
	if t.field != u.field || t.neg != u.neg {
		return false
	}
	switch t.field {
	case fieldText:
		// Text contains a longer word only where it contains any part of
		// it; it lacks a shorter word only where it lacks any longer one.
		if t.neg {
			return strings.Contains(u.text, t.text)
		}
		return strings.Contains(t.text, u.text)
	case fieldKind:
		return !t.neg && t.kinds&^u.kinds == 0 || t.neg && u.kinds&^t.kinds == 0
	case fieldStatus:
		return !t.neg && t.status&^u.status == 0 || t.neg && u.status&^t.status == 0
	case fieldFrom:
		return !t.neg && t.day >= u.day || t.neg && t.day <= u.day
	case fieldTo:
		return !t.neg && t.day <= u.day || t.neg && t.day >= u.day
	case fieldStarred:
		return true
	case fieldNote:
		// note:x implies note: (any note), not the other way round; no
		// note at all implies no note x.
		yes, no := u.values, t.values // the alternatives that make it hold, and those that must not fail
		if t.neg {
			yes, no = t.values, u.values
		}
		switch {
		case len(yes) == 0:
			return true
		case len(no) == 0:
			return false
		}
	}
	// person, org, outlet, tag: any of the values is contained in a name.
	if t.neg {
		return valuesNarrow(u.values, t.values)
	}
	return valuesNarrow(t.values, u.values)
}

// valuesNarrow reports whether every text containing one of a contains one
// of b: each of a contains one of b.
func valuesNarrow(a, b []string) bool {
	for _, v := range a {
		if !slices.ContainsFunc(b, func(w string) bool { return strings.Contains(v, w) }) {
			return false
		}
	}
	return true
}
