package data

import (
	"timeline/locale"
	"timeline/model"
)

// eventTable is the keys of an event and how each is read, in the order
// the encoder writes them, then what its TimelineJS slide held
// (native_slide.go). Each string's reader says where it is kept (see
// keep): ids for good, repeated words shared, references until they are
// shared (sharedIDs), the title and summary packed for the search index.
var eventTable = sniffing(newTable(append([]field[model.Event]{
	field[model.Event]{key: "id", read: func(d *decoder, e *model.Event) { e.ID = d.str(kept, true) }},
	field[model.Event]{key: "date", read: func(d *decoder, e *model.Event) { d.date(&e.Date, false) }},
	field[model.Event]{key: "approximate", read: func(d *decoder, e *model.Event) { e.Approximate = d.boolean() }},
	field[model.Event]{key: "date_label", read: func(d *decoder, e *model.Event) { var t model.Text; d.text(&t, shared, true); e.SetDateLabel(t) }},
	field[model.Event]{key: "end_date", read: func(d *decoder, e *model.Event) { var end model.Date; d.date(&end, false); e.SetEnd(end) }},
	field[model.Event]{key: "kind", read: readKind, missing: func(d *decoder, e *model.Event) { d.badKind("") }},
	field[model.Event]{key: "title", read: func(d *decoder, e *model.Event) { d.text(&e.Title, packed, true) }},
	field[model.Event]{key: "summary", read: func(d *decoder, e *model.Event) { d.text(&e.Summary, packed, false) }},
	field[model.Event]{key: "status", read: readStatus, missing: func(d *decoder, e *model.Event) { d.badStatus("") }},
	field[model.Event]{key: "people", read: func(d *decoder, e *model.Event) { e.People = d.people() }},
	field[model.Event]{key: "orgs", read: func(d *decoder, _ *model.Event) { d.refList(refOrgs, shared) }},
	field[model.Event]{key: "claims", read: func(d *decoder, e *model.Event) { e.More().Claims = readExact(d, claimTable, &d.claimBuf) }},
	field[model.Event]{key: "quotes", read: func(d *decoder, e *model.Event) { e.More().Quotes = readExact(d, quoteTable, &d.quoteBuf) }},
	field[model.Event]{key: "sources", read: func(d *decoder, _ *model.Event) { d.refList(refSources, refs) }},
	field[model.Event]{key: "related", read: func(d *decoder, e *model.Event) { d.strList(&e.More().Related, refs) }},
	{key: "tags", read: func(d *decoder, _ *model.Event) { d.refList(refTags, shared) }},
}, slideFields((*model.Event).MoreSlide)...)...))

// personIn is a person named in an event, with their role then, as read:
// people turns it into a model.PersonRef, which a decoder shares.
type personIn struct {
	id   string
	role *model.Text
}

// personRefTable is a person named in an event.
var personRefTable = newTable(
	field[personIn]{key: "id", read: func(d *decoder, p *personIn) { p.id = d.str(shared, true) }},
	field[personIn]{key: "role", read: func(d *decoder, p *personIn) {
		var role model.Text
		d.text(&role, shared, true)
		p.role = d.role(role)
	}},
)

// people reads an event's people. The refs that name the same person in
// the same role are one (see model.PersonRefs): a generated million
// events names a few thousand people in a few roles each.
func (d *decoder) people() []model.PersonRef {
	in := readList(d, personRefTable, d.peopleBuf[:0])
	d.peopleBuf = in
	if len(in) == 0 {
		return nil
	}
	out := make([]model.PersonRef, len(in))
	for i, p := range in {
		out[i] = d.personRefs.Ref(p.id, p.role, maxInterned)
	}
	return out
}

// claimTable is what a side claims about an event.
var claimTable = newTable(
	field[model.Claim]{key: "text", read: func(d *decoder, c *model.Claim) { d.text(&c.Text, shared, false) }},
	field[model.Claim]{key: "by", read: func(d *decoder, c *model.Claim) { c.By = d.str(shared, true) }},
	field[model.Claim]{key: "stance", read: func(d *decoder, c *model.Claim) { c.Stance = d.str(shared, true) }},
	field[model.Claim]{key: "source", read: func(d *decoder, c *model.Claim) { c.Source = d.str(refs, true) }},
)

// quoteTable is a quotation in an event.
var quoteTable = newTable(
	field[model.Quote]{key: "speaker", read: func(d *decoder, q *model.Quote) { q.Speaker = d.str(shared, true) }},
	field[model.Quote]{key: "text", read: func(d *decoder, q *model.Quote) { q.Text = d.str(shared, false) }},
	field[model.Quote]{key: "lang", read: func(d *decoder, q *model.Quote) { q.Lang = locale.Lang(d.str(shared, true)) }},
	field[model.Quote]{key: "translation", read: func(d *decoder, q *model.Quote) { d.text(&q.Translation, shared, false) }},
	field[model.Quote]{key: "source", read: func(d *decoder, q *model.Quote) { q.Source = d.str(refs, true) }},
)

// sniffing marks t as a table whose keys tell a TimelineJS file.
func sniffing[T any](t *table[T]) *table[T] {
	t.sniffs = true
	return t
}

// readKind reads an event's kind, one of the known words.
func readKind(d *decoder, e *model.Event) {
	w, ok := d.word()
	if !ok {
		return
	}
	if k, ok := model.ParseKind(w); ok {
		e.Kind = k
		return
	}
	d.badKind(w)
}

func (d *decoder) badKind(w string) {
	d.bad("unknown kind %s (want one of %s)", quoteClip(w), kindList())
}

// readStatus reads an event's status, one of the known words.
func readStatus(d *decoder, e *model.Event) {
	w, ok := d.word()
	if !ok {
		return
	}
	if s, ok := model.ParseStatus(w); ok {
		e.Status = s
		return
	}
	d.badStatus(w)
}

func (d *decoder) badStatus(w string) {
	d.bad("unknown status %s (want confirmed, reported or disputed)", quoteClip(w))
}

// role returns a shared copy of t, a person's role in an event, or nil for
// no role: many people have the same role in many events.
func (d *decoder) role(t model.Text) *model.Text {
	if t.IsZero() {
		return nil
	}
	key := [2]string{t.En, t.Fr}
	if r, ok := d.roles[key]; ok && t.Other == nil {
		return r
	}
	r := new(model.Text) // not &t, which would put every t on the heap
	*r = t
	if t.Other == nil && len(d.roles) < maxInterned { // the key has no room for other languages
		d.roles[key] = r
	}
	return r
}
