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

var kindNames = [numKinds]string{"departure", "hire", "appointment", "reorganization", "vendor", "investment", "layoff", "policy", "report"}

// Kinds returns every kind, in order.
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

// StatusNames returns the names of the statuses, in order.
func StatusNames() []string { return slices.Clone(statusNames[:]) }

// ParseKind reads a kind's name.
func ParseKind(s string) (Kind, bool) {
	for i, n := range kindNames {
		if n == s {
			return Kind(i), true
		}
	}
	return 0, false
}

// String returns the kind's name as written in data files.
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "unknown"
}

// Status says how well an event is established.
type Status uint8

// The statuses: confirmed on the record, reported by outlets, or disputed.
const (
	Confirmed Status = iota
	Reported
	Disputed
)

var statusNames = [...]string{"confirmed", "reported", "disputed"}

// ParseStatus reads a status's name.
func ParseStatus(s string) (Status, bool) {
	for i, n := range statusNames {
		if n == s {
			return Status(i), true
		}
	}
	return 0, false
}

// String returns the status's name as written in data files.
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return "unknown"
}
