package model

// Event returns a copy of the event with id as the draft would leave it:
// as the draft changed or added it, else as the dataset has it; nil when
// there is none, or the draft removes it. The command line's edit starts
// from it and changes only the fields the reporter gave, on the file as
// it is under the lock.
func (d *Draft) Event(id string) *Event {
	if i := d.event(id); i >= 0 {
		return d.edit.Events[i].After.Clone()
	}
	return d.ds.Event(id).Clone()
}
