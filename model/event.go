package model

// Event is one dated fact on the timeline. The one-byte fields follow the
// dates, where they fill what would be padding: 336 bytes instead of 344.
type Event struct {
	ID          string
	Date        Date
	End         Date // zero when the event has no end date
	Approximate bool
	Kind        Kind
	Status      Status
	DateLabel   Text // the human wording of an approximate date, "mid-July 2025"
	Title       Text
	Summary     Text
	People      []PersonRef
	Orgs        []string
	Claims      []Claim
	Quotes      []Quote
	Sources     []string
	Related     []string
	Tags        []string
}

// Disputed reports whether the event, or any claim about it, is contested.
func (e *Event) Disputed() bool {
	if e.Status == Disputed {
		return true
	}
	for _, c := range e.Claims {
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
	Lang        Lang // the language the words were said in
	Translation Text
	Source      string
}
