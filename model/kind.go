package model

import "slices"

// Kind is what sort of event happened.
type Kind uint8

// The kinds of event, in the order of the 1–9 toggles.
const (
	Departure Kind = iota
	Hire
	Appointment
	Reorganization
	Vendor
	Investment
	Layoff
	Policy
	Report
	numKinds
)

// NoKind is the kind of an event whose file says none: a TimelineJS slide
// whose group names no kind. It is not one of Kinds (the kinds an event can
// be given, toggled with 1–9); it is shown as "none" and filtered with
// kind:none. A native file may write "none" for it; leaving the kind out
// stays an error there.
const NoKind = numKinds

var kindNames = [numKinds]string{"departure", "hire", "appointment", "reorganization", "vendor", "investment", "layoff", "policy", "report"}

// noneName is how NoKind and NoStatus are written in data files.
const noneName = "none"

// Kinds returns every kind an event can be given, in order; NoKind is not
// among them.
func Kinds() []Kind {
	ks := make([]Kind, numKinds)
	for i := range ks {
		ks[i] = Kind(i)
	}
	return ks
}

// KindNames returns the names of the kinds, in order: KindNames()[k] is
// k's name.
func KindNames() []string { return slices.Clone(kindNames[:]) }

// StatusNames returns the names of the statuses an event can be given, in
// order; NoStatus is not among them.
func StatusNames() []string { return slices.Clone(statusNames[:]) }

// ParseKind reads a kind's name, or "none" for NoKind.
func ParseKind(s string) (Kind, bool) {
	if s == noneName {
		return NoKind, true
	}
	for i, n := range kindNames {
		if n == s {
			return Kind(i), true
		}
	}
	return 0, false
}

// String returns the kind's name as written in data files.
func (k Kind) String() string {
	switch {
	case k < numKinds:
		return kindNames[k]
	case k == NoKind:
		return noneName
	}
	return "unknown"
}

// Status says how well an event is established.
type Status uint8

// The statuses: confirmed on the record, reported by outlets, or disputed;
// NoStatus when the file says none, as no TimelineJS slide does. A native
// file may write "none"; leaving the status out stays an error there.
const (
	Confirmed Status = iota
	Reported
	Disputed
	NoStatus
)

var statusNames = [...]string{"confirmed", "reported", "disputed"}

// ParseStatus reads a status's name, or "none" for NoStatus.
func ParseStatus(s string) (Status, bool) {
	if s == noneName {
		return NoStatus, true
	}
	for i, n := range statusNames {
		if n == s {
			return Status(i), true
		}
	}
	return 0, false
}

// String returns the status's name as written in data files.
func (s Status) String() string {
	switch {
	case int(s) < len(statusNames):
		return statusNames[s]
	case s == NoStatus:
		return noneName
	}
	return "unknown"
}
