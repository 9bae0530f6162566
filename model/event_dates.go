package model

// eventDates are an event's end date and the human wording of its date.
// Fewer events have them than have claims, quotes or related events, so
// they sit behind a pointer in the extra fields, which are then 48 bytes
// smaller for every other event that has some. A value is never changed
// once made: the setters make a new one, so that copies of the extra
// fields may share it.
type eventDates struct {
	end   Date // zero when the event has no end date
	label Text // "mid-July 2025"
}

// End returns the event's end date, zero when it has none.
func (e *Event) End() Date {
	if e.Extra == nil || e.Extra.dates == nil {
		return Date{}
	}
	return e.Extra.dates.end
}

// DateLabel returns the human wording of an approximate date, "mid-July
// 2025", zero when the event has none.
func (e *Event) DateLabel() Text {
	if e.Extra == nil || e.Extra.dates == nil {
		return Text{}
	}
	return e.Extra.dates.label
}

// SetEnd sets the event's end date; the zero Date removes it.
func (e *Event) SetEnd(d Date) {
	if e.End() == d {
		return
	}
	e.setDates(func(v *eventDates) { v.end = d })
}

// SetDateLabel sets the human wording of the event's date; the zero Text
// removes it.
func (e *Event) SetDateLabel(t Text) {
	if e.Extra == nil && t.IsZero() {
		return
	}
	e.setDates(func(v *eventDates) { v.label = t })
}

// WithEnd returns a copy of e with end date d, for literals.
func (e Event) WithEnd(d Date) Event {
	e.Extra = e.Extra.copied()
	e.SetEnd(d)
	return e
}

// WithDateLabel returns a copy of e with the date's wording t, for
// literals.
func (e Event) WithDateLabel(t Text) Event {
	e.Extra = e.Extra.copied()
	e.SetDateLabel(t)
	return e
}

// copied returns a copy of x that its setters may change without changing
// x, or nil for nil.
func (x *EventExtra) copied() *EventExtra {
	if x == nil {
		return nil
	}
	c := *x
	return &c
}

// setDates sets the event's dates to a changed copy of those it has, and
// drops them when they are both zero.
func (e *Event) setDates(change func(*eventDates)) {
	x := e.More()
	var v eventDates
	if x.dates != nil {
		v = *x.dates
	}
	change(&v)
	if v.end.IsZero() && v.label.IsZero() {
		x.dates = nil
		return
	}
	x.dates = &v
}
