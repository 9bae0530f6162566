package data

import (
	"timeline/model"
)

// The two lists that make most of a native file, events and sources, are
// written here field by field, without building their wire values
// (EventJSON, SourceJSON) and walking them by reflection: a save of a
// large file spends most of its time there. The bytes are those the
// jsonIndenter writes for EventJSON and SourceJSON, which encoding/json
// writes too; a test holds them to it on every event of several datasets,
// and another fails when the wire types gain a field these writers do not
// know (eventOutKeys, sourceOutKeys). What they do not handle (a TimelineJS
// slide's fields, text in a language other than English and French) goes
// the general way.

// eventOutKeys are the keys of EventJSON's value, in order, that appendEvent
// writes or, for a slide's, leaves to the general way; sourceOutKeys,
// SourceJSON's.
var (
	eventOutKeys = []string{"id", "date", "approximate", "date_label", "end_date", "kind", "title", "summary", "status",
		"people", "orgs", "claims", "quotes", "sources", "related", "tags",
		"group", "media", "background", "links", "autolink", "untitled"}
	sourceOutKeys = []string{"id", "outlet", "title", "published", "url", "via", "note"}
)

// appendEvent appends e as the jsonIndenter writes EventJSON(e) at depth
// 0, or returns false, having appended nothing, for an event it leaves to
// the general way.
func (j *jsonIndenter) appendEvent(dst []byte, e *model.Event) ([]byte, bool) {
	if e.Slide() != nil || e.Title.HasOther() || e.Summary.HasOther() || e.DateLabel().HasOther() {
		return dst, false
	}
	for _, p := range e.People {
		if p.Role().HasOther() {
			return dst, false
		}
	}
	for _, c := range e.Claims() {
		if c.Text.HasOther() {
			return dst, false
		}
	}
	for _, q := range e.Quotes() {
		if q.Translation.HasOther() {
			return dst, false
		}
	}
	o := object{j: j, dst: dst, d: 0}
	o.str("id", e.ID)
	o.date("date", e.Date)
	if e.Approximate {
		o.key("approximate")
		o.dst = append(o.dst, "true"...)
	}
	o.text("date_label", e.DateLabel(), true)
	if end := e.End(); !end.IsZero() {
		o.date("end_date", end)
	}
	o.str("kind", e.Kind.String())
	o.text("title", e.Title, false)
	o.text("summary", e.Summary, true)
	o.str("status", e.Status.String())
	if len(e.People) > 0 {
		o.key("people")
		o.dst = o.array(len(e.People), func(dst []byte, i, d int) []byte {
			p := object{j: j, dst: dst, d: d}
			p.str("id", e.People[i].ID())
			p.text("role", e.People[i].Role(), true)
			return p.end()
		})
	}
	o.strs("orgs", e.Orgs(), true)
	if cs := e.Claims(); len(cs) > 0 {
		o.key("claims")
		o.dst = o.array(len(cs), func(dst []byte, i, d int) []byte {
			c := object{j: j, dst: dst, d: d}
			c.text("text", cs[i].Text, false)
			c.str("by", cs[i].By)
			c.str("stance", cs[i].Stance)
			if cs[i].Source != "" {
				c.str("source", cs[i].Source)
			}
			return c.end()
		})
	}
	if qs := e.Quotes(); len(qs) > 0 {
		o.key("quotes")
		o.dst = o.array(len(qs), func(dst []byte, i, d int) []byte {
			q := object{j: j, dst: dst, d: d}
			q.str("speaker", qs[i].Speaker)
			q.str("text", qs[i].Text)
			if qs[i].Lang != "" {
				q.str("lang", string(qs[i].Lang))
			}
			q.text("translation", qs[i].Translation, true)
			if qs[i].Source != "" {
				q.str("source", qs[i].Source)
			}
			return q.end()
		})
	}
	o.strs("sources", e.Sources(), false)
	o.strs("related", e.Related(), true)
	o.strs("tags", e.Tags(), true)
	return o.end(), true
}

// appendSource appends s as the jsonIndenter writes SourceJSON(s) at
// depth 0, or returns false for a source it leaves to the general way.
func (j *jsonIndenter) appendSource(dst []byte, s *model.Source) ([]byte, bool) {
	if s.Note().HasOther() {
		return dst, false
	}
	o := object{j: j, dst: dst, d: 0}
	o.str("id", s.ID)
	o.str("outlet", s.Outlet)
	o.str("title", s.Title)
	if !s.Published.IsZero() {
		o.date("published", s.Published)
	}
	if s.URL != "" {
		o.str("url", s.URL)
	}
	if s.Via() != "" {
		o.str("via", s.Via())
	}
	o.text("note", s.Note(), true)
	return o.end(), true
}

// object writes one JSON object at depth d as the jsonIndenter does: each
// key on a line of its own, indented one level deeper than the braces.
type object struct {
	j   *jsonIndenter
	dst []byte
	d   int
	n   int // keys written
}

// key starts the value of key.
func (o *object) key(key string) {
	if o.n > 0 {
		o.dst = append(o.dst, ',')
	} else {
		o.dst = append(o.dst, '{')
	}
	o.n++
	o.dst = append(o.dst, o.j.line(o.d+1)...)
	o.dst = append(append(append(o.dst, '"'), key...), `": `...)
}

// str writes a string value, quoted as encoding/json quotes it without
// escaping HTML.
func (o *object) str(key, s string) {
	o.key(key)
	o.dst = appendQuoted(o.dst, s, false)
}

// date writes a date as str writes its String, without making the string:
// a date's characters (digits, signs, T, colons and a dot) are never
// escaped.
func (o *object) date(key string, d model.Date) {
	o.key(key)
	o.dst = append(d.Append(append(o.dst, '"')), '"')
}

// strs writes a list of strings: null for none unless omitEmpty, which
// leaves an empty list out.
func (o *object) strs(key string, ss []string, omitEmpty bool) {
	if omitEmpty && len(ss) == 0 {
		return
	}
	o.key(key)
	if ss == nil {
		o.dst = append(o.dst, "null"...)
		return
	}
	o.dst = o.array(len(ss), func(dst []byte, i, _ int) []byte { return appendQuoted(dst, ss[i], false) })
}

// text writes a text as jText.MarshalJSON does (see textOut and
// appendText): null when it is empty, unless omitEmpty leaves it out, else
// its languages in order, HTML escaped. The text has no language but
// English and French.
func (o *object) text(key string, t model.Text, omitEmpty bool) {
	if t.En == "" && t.Fr == "" {
		if !omitEmpty {
			o.key(key)
			o.dst = append(o.dst, "null"...)
		}
		return
	}
	o.key(key)
	o.dst = append(o.dst, '{')
	sep := false
	for _, l := range [2][2]string{{"en", t.En}, {"fr", t.Fr}} {
		if l[1] == "" {
			continue
		}
		if sep {
			o.dst = append(o.dst, ',')
		}
		sep = true
		o.dst = append(o.dst, o.j.line(o.d+2)...)
		o.dst = append(append(append(o.dst, '"'), l[0]...), `": `...)
		o.dst = appendQuoted(o.dst, l[1], true)
	}
	o.dst = append(append(o.dst, o.j.line(o.d+1)...), '}')
}

// array writes a list of n values, item writing the i-th at the depth it
// is given.
func (o *object) array(n int, item func(dst []byte, i, d int) []byte) []byte {
	dst := o.dst
	if n == 0 {
		return append(dst, "[]"...)
	}
	dst = append(dst, '[')
	for i := range n {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, o.j.line(o.d+2)...)
		dst = item(dst, i, o.d+2)
	}
	return append(append(dst, o.j.line(o.d+1)...), ']')
}

// end closes the object.
func (o *object) end() []byte {
	if o.n == 0 {
		return append(o.dst, "{}"...)
	}
	return append(append(o.dst, o.j.line(o.d)...), '}')
}
