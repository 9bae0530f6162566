package model

// Person is somebody who appears in the timeline.
type Person struct {
	ID      string
	Name    string
	Aliases []string
	Roles   []Role
}

// Role is a position a person held, between two optional dates.
type Role struct {
	Org   string
	Title Text
	From  Date
	To    Date
}

// RoleAt returns the role a person held on day (days since 1970-01-01):
// the latest-starting role whose span covers it.
func (p *Person) RoleAt(day int32) (Role, bool) {
	best, found := Role{}, false
	for _, r := range p.Roles {
		if !r.From.IsZero() && r.From.Days() > day {
			continue
		}
		if !r.To.IsZero() && r.To.LastDays() < day {
			continue
		}
		if !found || r.From.Days() >= best.From.Days() {
			best, found = r, true
		}
	}
	return best, found
}

// Org is a company, division, team or lab.
type Org struct {
	ID     string
	Name   string
	Kind   string
	Parent string
}

// ReportingLine says that a person reported to another over a span of time.
type ReportingLine struct {
	Person    string
	ReportsTo string
	From, To  Date
	Source    string
	Disputed  bool
	Note      Text
}

// Source is a published piece an event rests on.
type Source struct {
	ID        string
	Outlet    string
	Title     string
	Published Date
	URL       string      // the outlet's own page, when it was seen
	more      *sourceMore // see Via and Note; nil when there are neither, as for most sources
}

// sourceMore is what few sources have, kept behind one pointer, since a
// timeline holds more sources than events and most have neither (see
// BENCHMARKS.md, "Smaller events and sources"). It is never changed once
// made, so copies of a source may share it.
type sourceMore struct {
	via  string
	note Text
}

// Via returns the copy that was actually seen, when not the original.
func (s *Source) Via() string {
	if s.more == nil {
		return ""
	}
	return s.more.via
}

// Note returns what the source is when it has no headline of its own
// ("Ars Technica piece on…"), shown as a note, never as a headline; zero
// when it has none.
func (s *Source) Note() Text {
	if s.more == nil {
		return Text{}
	}
	return s.more.note
}

// SetVia sets the copy that was seen; "" removes it.
func (s *Source) SetVia(via string) { s.setMore(via, s.Note()) }

// SetNote sets the source's note; the zero Text removes it.
func (s *Source) SetNote(t Text) { s.setMore(s.Via(), t) }

func (s *Source) setMore(via string, note Text) {
	if via == "" && note.IsZero() {
		s.more = nil
		return
	}
	s.more = &sourceMore{via: via, note: note}
}

// WithVia returns a copy of s with the copy seen via, for literals.
func (s Source) WithVia(via string) Source {
	s.SetVia(via)
	return s
}

// WithNote returns a copy of s with the note t, for literals.
func (s Source) WithNote(t Text) Source {
	s.SetNote(t)
	return s
}
