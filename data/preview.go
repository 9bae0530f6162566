package data

import (
	"slices"

	"timeline/model"
)

// PreviewEvents is how many events a preview holds: the first ones of the
// file, enough to fill any screen and to read while the rest loads, few
// enough to be read, copied and sorted in a small part of a second.
const PreviewEvents = 10_000

// Preview is the first events of a large file, given while the rest is
// read (see OpenPreviewing).
type Preview struct {
	Dataset *model.Dataset
	// Events returns how many events the file holds, once a pass ahead
	// of the decoder has counted them, and -1 until then.
	Events func() int
}

// preview returns a dataset of the first events read, for a reader to
// browse while the file is read on (see OpenPreviewing). It shares
// nothing that the decoder still changes: the events, their extras and
// the lists read so far are copied, and the strings they point at never
// change. Sources usually come after the events in a file, so a preview
// mostly has none: whoever shows it must say that citations are not all
// there yet.
func (d *decoder) preview(evs *chunks[model.Event]) Preview {
	top := d.top
	p := &model.Dataset{Title: top.Title, Description: top.Description, Updated: top.Updated,
		People: slices.Clone(top.People), Orgs: slices.Clone(top.Orgs), Eras: slices.Clone(top.Eras),
		ReportingLines: slices.Clone(top.ReportingLines), Sources: slices.Clone(d.sources), Intro: top.Intro}
	p.Events = evs.first(PreviewEvents)
	for i := range p.Events {
		// Index tidies an event's extra in place, as the final dataset's
		// Index will do to the decoder's: each gets its own.
		if x := p.Events[i].Extra; x != nil {
			c := *x
			if c.Slide != nil {
				s := *c.Slide
				c.Slide = &s
			}
			p.Events[i].Extra = &c
		}
	}
	if p.Sources == nil {
		p.Sources = []model.Source{}
	}
	p.Index()
	count := d.counts.eventsCount()
	return Preview{Dataset: p, Events: func() int {
		if count == nil {
			return -1
		}
		return int(count.Load())
	}}
}
