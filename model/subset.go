package model

// Subset returns a dataset with only the events at indices (in the order
// given), sharing the people, organisations, reporting lines and sources of
// d. Lookups work on the subset: Event finds only the events kept. Related
// ids may name events left out.
func (d *Dataset) Subset(indices []int32) *Dataset {
	s := *d
	s.Events = make([]Event, len(indices))
	for k, i := range indices {
		s.Events[k] = d.Events[i]
	}
	s.eventIdx = newIDIndex(len(s.Events), s.eventID)
	return &s
}
