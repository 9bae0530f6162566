package data

import (
	"timeline/locale"
	"timeline/model"
)

// eventKeys are the keys of a native event, for telling a key that differs
// only by case (which the careful path handles).
var eventKeys = []string{"id", "date", "approximate", "date_label", "end_date", "kind", "title", "summary",
	"status", "people", "orgs", "claims", "quotes", "sources", "related", "tags"}

// event reads one event into e, converting as converter.eventOf does.
// The first event must name itself with an "id" or "date" string, as
// detectFormat expects of a native file.
func (f *fastLoader) event(e *model.Event, first bool) error {
	var seen uint32
	var kind, status string
	sawKind, sawStatus := false, false
	err := f.s.object(func(k []byte) error {
		s := f.s
		switch string(k) {
		case "id":
			if first && s.peek() == '"' {
				first = false
			}
			return f.once(&seen, 0, func() error { return f.own(&e.ID, true) })
		case "date":
			if first && s.peek() == '"' {
				first = false
			}
			return f.once(&seen, 1, func() error { return f.date(&e.Date) })
		case "approximate":
			return f.once(&seen, 2, func() error {
				var err error
				e.Approximate, err = s.boolean()
				return err
			})
		case "date_label":
			return f.once(&seen, 3, func() error { return f.text(&e.More().DateLabel, true, true) })
		case "end_date":
			return f.once(&seen, 4, func() error { return f.date(&e.More().End) })
		case "kind":
			sawKind = true
			return f.once(&seen, 5, func() error { return f.word(&kind) })
		case "title":
			return f.once(&seen, 6, func() error { return f.packed(&e.Title, true) })
		case "summary":
			return f.once(&seen, 7, func() error { return f.packed(&e.Summary, false) })
		case "status":
			sawStatus = true
			return f.once(&seen, 8, func() error { return f.word(&status) })
		case "people":
			return f.once(&seen, 9, func() error { return f.people(e) })
		case "orgs":
			return f.once(&seen, 10, func() error { return f.strList(&e.Orgs, false) })
		case "claims":
			return f.once(&seen, 11, func() error { return f.claims(e) })
		case "quotes":
			return f.once(&seen, 12, func() error { return f.quotes(e) })
		case "sources":
			return f.once(&seen, 13, func() error { return f.strList(&e.Sources, true) })
		case "related":
			return f.once(&seen, 14, func() error { return f.strList(&e.More().Related, true) })
		case "tags":
			return f.once(&seen, 15, func() error { return f.strList(&e.Tags, false) })
		default:
			return f.unknown(string(k), eventKeys...)
		}
	})
	if err != nil {
		return err
	}
	if first || !sawKind || !sawStatus {
		return errSlow
	}
	var ok bool
	if e.Kind, ok = model.ParseKind(kind); !ok {
		return errSlow
	}
	if e.Status, ok = model.ParseStatus(status); !ok {
		return errSlow
	}
	return nil
}

// people reads an event's people: an id and a role each.
func (f *fastLoader) people(e *model.Event) error {
	if f.s.null() {
		return nil
	}
	list := f.peopleBuf[:0]
	defer func() {
		f.peopleBuf = list
		if len(list) > 0 {
			e.People = exact(list)
		}
	}()
	return f.s.array(func() error {
		var p model.PersonRef
		var seen uint32
		err := f.s.object(func(k []byte) error {
			switch string(k) {
			case "id":
				return f.once(&seen, 0, func() error { return f.shared(&p.ID) })
			case "role":
				return f.once(&seen, 1, func() error {
					f.roleTmp = model.Text{}
					if err := f.text(&f.roleTmp, true, true); err != nil {
						return err
					}
					p = p.WithRole(f.role(f.roleTmp))
					return nil
				})
			default:
				return f.unknown(string(k), "id", "role")
			}
		})
		list = append(list, p)
		return err
	})
}

// claims reads an event's claims.
func (f *fastLoader) claims(e *model.Event) error {
	if f.s.null() {
		return nil
	}
	list := f.claimBuf[:0]
	defer func() {
		f.claimBuf = list
		if len(list) > 0 {
			e.More().Claims = exact(list)
		}
	}()
	return f.s.array(func() error {
		var c model.Claim
		var seen uint32
		err := f.s.object(func(k []byte) error {
			switch string(k) {
			case "text":
				return f.once(&seen, 0, func() error { return f.text(&c.Text, false, true) })
			case "by":
				return f.once(&seen, 1, func() error { return f.shared(&c.By) })
			case "stance":
				return f.once(&seen, 2, func() error { return f.shared(&c.Stance) })
			case "source":
				return f.once(&seen, 3, func() error { return f.ref(&c.Source) })
			default:
				return f.unknown(string(k), "text", "by", "stance", "source")
			}
		})
		list = append(list, c)
		return err
	})
}

// quotes reads an event's quotes.
func (f *fastLoader) quotes(e *model.Event) error {
	if f.s.null() {
		return nil
	}
	list := f.quoteBuf[:0]
	defer func() {
		f.quoteBuf = list
		if len(list) > 0 {
			e.More().Quotes = exact(list)
		}
	}()
	return f.s.array(func() error {
		var q model.Quote
		var seen uint32
		var lang string
		err := f.s.object(func(k []byte) error {
			switch string(k) {
			case "speaker":
				return f.once(&seen, 0, func() error { return f.shared(&q.Speaker) })
			case "text":
				return f.once(&seen, 1, func() error { return f.sharedLong(&q.Text) })
			case "lang":
				return f.once(&seen, 2, func() error { return f.shared(&lang) })
			case "translation":
				return f.once(&seen, 3, func() error { return f.text(&q.Translation, false, true) })
			case "source":
				return f.once(&seen, 4, func() error { return f.ref(&q.Source) })
			default:
				return f.unknown(string(k), "speaker", "text", "lang", "translation", "source")
			}
		})
		q.Lang = locale.Lang(lang)
		list = append(list, q)
		return err
	})
}

// role returns a shared copy of t, a role read by text (which reads only
// English and French), or nil for no role.
func (f *fastLoader) role(t model.Text) *model.Text {
	if t.En == "" && t.Fr == "" {
		return nil
	}
	key := [2]string{t.En, t.Fr}
	if r, ok := f.roles[key]; ok {
		return r
	}
	r := new(model.Text) // not &t, which would put every t on the heap
	*r = t
	if len(f.roles) < maxInterned {
		f.roles[key] = r
	}
	return r
}
