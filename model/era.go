package model

// Era is a named span of time shown behind the events, such as a TimelineJS
// era ("The ENIAC years", 1943–1946). It is context, not an event: it has no
// sources and is not listed with the events.
type Era struct {
	Start Date
	End   Date // zero when the era has no end
	Label Text
}

// Contains reports whether the era covers any part of d.
func (e Era) Contains(d Date) bool {
	if d.IsZero() || e.Start.IsZero() {
		return false
	}
	end := e.Start.LastDays()
	if !e.End.IsZero() {
		end = e.End.LastDays()
	}
	return d.LastDays() >= e.Start.Days() && d.Days() <= end
}
