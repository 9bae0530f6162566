package ui

import (
	"errors"
	"slices"
	"strings"

	"timeline/i18n"
	"timeline/model"
	"timeline/search"
)

// What the search and filter prompts offer while a term is typed: the
// field names, then each field's values (the kinds, the statuses, people's
// and organisations' ids, outlets, tags, the forms of a date), which tab
// completes; and a malformed term said in words of the interface's
// language rather than the parser's.

// queryFields returns the fields of the query language, as typed.
func queryFields() []string {
	return []string{"kind:", "person:", "org:", "outlet:", "status:", "tag:", "from:", "to:"}
}

// maxShownCompletions is how many candidates the hint names.
const maxShownCompletions = 12

// completion is what the prompt offers for the term being typed.
type completion struct {
	head       string   // the value before the part that completes (the term's field, earlier values)
	candidates []string // what may follow head, in order
	hint       string   // a word on the field when there is no candidate list (the forms of a date)
}

// completer offers completions from a dataset; it is shared by the
// explorer's copies, and gathers the tags on first need.
type completer struct {
	ds   *model.Dataset
	tags []string
}

// complete returns the completion of the last term of value, with nothing
// to offer once the term is one of its candidates.
func (c *completer) complete(value string) completion {
	out := c.candidates(value)
	if len(out.candidates) == 1 && out.head+out.candidates[0] == value {
		out.candidates = nil
	}
	return out
}

// candidates returns what the last term of value may become.
func (c *completer) candidates(value string) completion {
	if strings.Count(value, `"`)%2 == 1 {
		return completion{} // inside a quoted phrase: nothing to offer
	}
	start := strings.LastIndexByte(value, ' ') + 1
	head, term := value[:start], value[start:]
	if strings.HasPrefix(term, "!") || strings.HasPrefix(term, "-") {
		head, term = head+term[:1], term[1:]
	}
	name, partial, hasField := strings.Cut(term, ":")
	if !hasField {
		var out []string
		fields := queryFields()
		for _, f := range fields {
			if strings.HasPrefix(f, strings.ToLower(term)) {
				out = append(out, f)
			}
		}
		if term != "" && len(out) == len(fields) {
			out = nil
		}
		return completion{head: head, candidates: out}
	}
	// Several values are separated by commas: complete the last one.
	if i := strings.LastIndexByte(partial, ','); i >= 0 {
		head, partial = head+name+":"+partial[:i+1], partial[i+1:]
	} else {
		head += name + ":"
	}
	p := search.Fold(strings.Trim(partial, `"`))
	switch strings.ToLower(name) {
	case "kind":
		return completion{head: head, candidates: prefixed(append(model.KindNames(), model.NoKind.String()), p)}
	case "status":
		return completion{head: head, candidates: prefixed(append(model.StatusNames(), model.NoStatus.String()), p)}
	case "person":
		return completion{head: head, candidates: c.ids(p, len(c.ds.People), func(i int) (string, string) {
			return c.ds.People[i].ID, c.ds.People[i].Name
		})}
	case "org":
		return completion{head: head, candidates: c.ids(p, len(c.ds.Orgs), func(i int) (string, string) {
			return c.ds.Orgs[i].ID, c.ds.Orgs[i].Name
		})}
	case "outlet":
		return completion{head: head, candidates: c.outlets(p)}
	case "tag":
		return completion{head: head, candidates: prefixed(c.allTags(), p)}
	case "from", "to":
		return completion{head: head, hint: "2025-08-19, 2025-08, 2025"}
	}
	return completion{}
}

// prefixed returns the words that start with p, folded.
func prefixed(words []string, p string) []string {
	var out []string
	for _, w := range words {
		if strings.HasPrefix(search.Fold(w), p) {
			out = append(out, w)
		}
	}
	return out
}

// ids returns the ids of the n entities whose id starts with p or whose
// name contains it, ids first.
func (c *completer) ids(p string, n int, at func(i int) (id, name string)) []string {
	var byID, byName []string
	for i := range n {
		id, name := at(i)
		switch {
		case strings.HasPrefix(search.Fold(id), p):
			byID = append(byID, id)
		case p != "" && strings.Contains(search.Fold(name), p):
			byName = append(byName, id)
		}
	}
	return append(byID, byName...)
}

// outlets returns the outlets whose name contains p, quoted when they
// hold a space, each once.
func (c *completer) outlets(p string) []string {
	var out []string
	for i := range c.ds.Sources {
		o := c.ds.Sources[i].Outlet
		if o == "" || !strings.Contains(search.Fold(o), p) {
			continue
		}
		if strings.ContainsAny(o, ` ,`) {
			o = `"` + strings.ReplaceAll(o, `"`, "") + `"`
		}
		if !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// allTags returns the dataset's tags, sorted, gathering them once.
func (c *completer) allTags() []string {
	if c.tags == nil {
		seen := map[string]bool{}
		for i := range c.ds.Events {
			for _, t := range c.ds.Events[i].Tags() {
				seen[t] = true
			}
		}
		c.tags = make([]string, 0, len(seen))
		for t := range seen {
			c.tags = append(c.tags, t)
		}
		slices.Sort(c.tags)
	}
	return c.tags
}

// commonPrefix returns the longest prefix every candidate shares.
func commonPrefix(cands []string) string {
	if len(cands) == 0 {
		return ""
	}
	p := cands[0]
	for _, s := range cands[1:] {
		for !strings.HasPrefix(s, p) {
			p = p[:len(p)-1]
		}
	}
	return p
}

// text writes the completion as the prompt's hint: the candidates (some of
// them, and how many more), or a word on the field.
func (c completion) text(cat i18n.Catalog) string {
	switch {
	case len(c.candidates) == 0:
		return c.hint
	case len(c.candidates) == 1:
		return cat.T("complete.one", c.candidates[0])
	}
	shown := c.candidates[:min(len(c.candidates), maxShownCompletions)]
	s := strings.Join(shown, " ")
	if more := len(c.candidates) - len(shown); more > 0 {
		s += " " + cat.T("complete.more", more)
	}
	return cat.T("complete.many", s)
}

// queryHint says what is wrong with a query in cat's language, or ""
// when it is only incomplete (the completions then say what may follow).
func queryHint(err error, cat i18n.Catalog) string {
	var qe *search.QueryError
	if !errors.As(err, &qe) {
		return err.Error()
	}
	term := strings.TrimLeft(qe.Term, "!-")
	name, _, hasField := strings.Cut(term, ":")
	field := strings.ToLower(name) + ":"
	switch {
	case strings.Count(qe.Term, `"`)%2 == 1:
		return cat.T("hint.quote")
	case qe.Incomplete:
		return ""
	case hasField && !slices.Contains(queryFields(), field):
		return cat.T("hint.field", name, strings.Join(queryFields(), " "))
	case field == "kind:":
		return cat.T("hint.kind", strings.Join(append(model.KindNames(), model.NoKind.String()), " "))
	case field == "status:":
		return cat.T("hint.status", strings.Join(append(model.StatusNames(), model.NoStatus.String()), " "))
	case field == "from:" || field == "to:":
		return cat.T("hint.date", name)
	}
	return qe.Error()
}
