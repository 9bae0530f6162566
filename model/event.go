package model

import "timeline/locale"

// Event is one dated fact on the timeline. What most events leave empty
// (an end date, a date label, claims, quotes, related events) is behind one
// pointer, Extra, nil when all of it is empty: an event is 216 bytes, plus
// 128 for those that have any of these (about 40 % of the synthetic ones,
// fewer in real timelines). Read those fields with the methods of the same
// names; write them through More. Dataset.Index drops extras left empty
// (Tidy).
type Event struct {
	ID          string
	Date        Date
	Approximate bool
	Kind        Kind
	Status      Status
	Title       Text
	Summary     Text
	People      []PersonRef
	Orgs        []string
	Sources     []string
	Tags        []string
	Extra       *EventExtra
}

// EventExtra holds the fields of an Event that most events leave empty.
type EventExtra struct {
	End       Date // zero when the event has no end date
	DateLabel Text // the human wording of an approximate date, "mid-July 2025"
	Claims    []Claim
	Quotes    []Quote
	Related   []string
}

// End returns the event's end date, zero when it has none.
func (e *Event) End() Date {
	if e.Extra == nil {
		return Date{}
	}
	return e.Extra.End
}

// DateLabel returns the human wording of an approximate date.
func (e *Event) DateLabel() Text {
	if e.Extra == nil {
		return Text{}
	}
	return e.Extra.DateLabel
}

// Claims returns what sources claim about the event.
func (e *Event) Claims() []Claim {
	if e.Extra == nil {
		return nil
	}
	return e.Extra.Claims
}

// Quotes returns the event's quotes.
func (e *Event) Quotes() []Quote {
	if e.Extra == nil {
		return nil
	}
	return e.Extra.Quotes
}

// Related returns the ids of related events.
func (e *Event) Related() []string {
	if e.Extra == nil {
		return nil
	}
	return e.Extra.Related
}

// More returns the event's extra fields for writing, allocating them when
// the event has none; Tidy afterwards drops them again if they stayed
// empty.
func (e *Event) More() *EventExtra {
	if e.Extra == nil {
		e.Extra = new(EventExtra)
	}
	return e.Extra
}

// Tidy drops extra fields that are all empty, so that two events with the
// same content compare equal however they were built.
func (e *Event) Tidy() {
	if x := e.Extra; x != nil && x.End.IsZero() && x.DateLabel.IsZero() && len(x.Claims) == 0 &&
		len(x.Quotes) == 0 && len(x.Related) == 0 {
		e.Extra = nil
	}
}

// Disputed reports whether the event, or any claim about it, is contested.
func (e *Event) Disputed() bool {
	if e.Status == Disputed {
		return true
	}
	for _, c := range e.Claims() {
		if c.Stance == "denies" || c.Stance == "disputes" {
			return true
		}
	}
	return false
}

// PersonRef names a person involved in an event, with their role then.
// The role is behind a pointer, nil when there is none, so that refs with
// the same role can share it: a ref is 24 bytes instead of 56, and there
// are about two an event.
type PersonRef struct {
	ID   string
	role *Text
}

// Role returns the person's role in the event, zero when none is given.
func (p PersonRef) Role() Text {
	if p.role == nil {
		return Text{}
	}
	return *p.role
}

// WithRole returns p with the role *t, or with none when t is nil or the
// zero Text. The ref keeps t itself, which callers may share between refs
// and must not change afterwards.
func (p PersonRef) WithRole(t *Text) PersonRef {
	if t != nil && t.En == "" && t.Fr == "" && t.Other == nil {
		t = nil
	}
	p.role = t
	return p
}

// Claim is one side's account of something disputed or attributed.
type Claim struct {
	Text   Text
	By     string // a person id, or a free description such as "TechCrunch's sources"
	Stance string // asserts, denies, disputes or says
	Source string
}

// Quote is a verbatim quotation with its speaker and source.
type Quote struct {
	Speaker     string
	Text        string
	Lang        locale.Lang // the language the words were said in
	Translation Text
	Source      string
}
