package model

// Event is one dated fact on the timeline.
type Event struct {
	ID          string
	Date        Date
	End         Date // zero when the event has no end date
	Approximate bool
	DateLabel   Text // the human wording of an approximate date, "mid-July 2025"
	Kind        Kind
	Status      Status
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
type PersonRef struct {
	ID   string
	Role Text
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
