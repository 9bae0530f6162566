package model

import "timeline/locale"

// Event is one dated fact on the timeline. What most events leave empty
// (an end date, a date label, claims, quotes, related events, what a
// TimelineJS slide shows) is behind one pointer, Extra, nil when all of it
// is empty: an event is 176 bytes, plus 144 for those that have any of
// these (about 40 % of the synthetic ones, fewer in real timelines), plus
// 64 for a slide and what its media and background hold. Read those fields
// with the methods of the same names; write them through More.
// Dataset.Index drops extras left empty (Tidy). An imported event has the
// kind NoKind and the status NoStatus unless its file gives one.
type Event struct {
	ID          string
	Date        Date
	Approximate bool
	Kind        Kind
	Status      Status
	nOrgs       uint16 // in refs, which starts with them; wideRefs when they are in Extra
	nSources    uint16 // in refs, after the organisations
	Title       Text
	Summary     Text
	People      []PersonRef
	refs        []string // organisations, sources and tags: see Orgs, Sources, Tags and SetRefs
	Extra       *EventExtra
}

// EventExtra holds the fields of an Event that most events leave empty.
type EventExtra struct {
	Claims  []Claim
	Quotes  []Quote
	Related []string
	Slide   *Slide      // what a TimelineJS slide shows beside the text; nil for none
	dates   *eventDates // the end date and the date's wording: see End, DateLabel
	wide    *refLists
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

// Slide returns what the event's TimelineJS slide shows beside its text,
// or nil.
func (e *Event) Slide() *Slide {
	if e.Extra == nil {
		return nil
	}
	return e.Extra.Slide
}

// Media returns the event's media, or nil.
func (e *Event) Media() *Media {
	if s := e.Slide(); s != nil {
		return s.Media
	}
	return nil
}

// Group returns the event's TimelineJS group, or "".
func (e *Event) Group() string {
	if s := e.Slide(); s != nil {
		return s.Group
	}
	return ""
}

// MoreSlide returns the event's slide for writing, allocating it (and the
// extra fields) when the event has none; Tidy drops it again if it stayed
// empty.
func (e *Event) MoreSlide() *Slide {
	x := e.More()
	if x.Slide == nil {
		x.Slide = new(Slide)
	}
	return x.Slide
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
	x := e.Extra
	if x == nil {
		return
	}
	if s := x.Slide; s != nil {
		if s.Media.IsZero() {
			s.Media = nil
		}
		if s.Background.IsZero() {
			s.Background = nil
		}
		if s.IsZero() {
			x.Slide = nil
		}
	}
	if x.dates == nil && len(x.Claims) == 0 && len(x.Quotes) == 0 &&
		len(x.Related) == 0 && x.Slide == nil && x.wide == nil {
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
