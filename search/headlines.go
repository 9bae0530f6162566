package search

import (
	"slices"

	"timeline/model"
)

// Sources whose headline is the title of an event citing them: two in
// three in the synthetic files. A loader that packs makes the headline
// share the title's string (Packer.AddSource), and the search index
// finds it through the title.

// headlineEvents returns, for each source, the first event citing it whose
// English title is its headline, or -1.
func headlineEvents(d *model.Dataset) []int32 {
	out := make([]int32, len(d.Sources))
	for k := range out {
		out[k] = -1
	}
	for i := range d.Events {
		e := &d.Events[i]
		if e.Title.En == "" {
			continue
		}
		for _, id := range e.Sources() {
			if j, ok := d.SourceIndex(id); ok && out[j] < 0 && d.Sources[j].Title == e.Title.En {
				out[j] = int32(i)
			}
		}
	}
	return out
}

// headlineOf returns headlineEvents(d), or what the loader found when that
// still holds. A source's headline is searched through an event's
// title only when they are the same text, so any such pairing is sound.
func headlineOf(d *model.Dataset, h []int32) []int32 {
	ok := len(h) == len(d.Sources)
	for j := 0; ok && j < len(h); j++ {
		ok = h[j] < 0 || int(h[j]) < len(d.Events) && d.Sources[j].Title == d.Events[h[j]].Title.En
	}
	if !ok {
		h = headlineEvents(d)
	}
	for _, i := range h {
		if i >= 0 {
			if ok {
				h = slices.Clone(h) // the loader's: Update changes the index's own
			}
			return h
		}
	}
	return nil
}
