package search

import (
	"slices"

	"timeline/model"
)

// Sources whose headline is the title of an event citing them: two in
// three in the synthetic files. A loader that packs makes the headline
// share the title's string (Packer.AddSource), and the search index
// finds it through the title. It finds the headline of a source that
// another source's row holds through that row.

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

// viaSource is what headlineOf holds for a source whose headline is in the
// row of source k.
func viaSource(k int) int32 { return int32(-2 - k) }

// sourceOf returns the source whose row holds the headline that h, a value
// of headlineOf, says is elsewhere, and whether it says so.
func sourceOf(h int32) (int, bool) { return int(-2 - h), h <= -2 }

// headlineOf returns what the loader found of where the sources' headlines
// are (see Index.headlineOf), when that still holds, or else
// headlineEvents(d). A source's headline is searched in another row only
// when they are the same text, so any such pairing is sound. An event whose
// title another's row holds (titleOf) hands its sources' headlines to that
// event.
func headlineOf(d *model.Dataset, h, titleOf []int32) []int32 {
	ok := len(h) == len(d.Sources)
	for j := 0; ok && j < len(h); j++ {
		if k, elsewhere := sourceOf(h[j]); elsewhere {
			ok = k < len(h) && h[k] == -1 && d.Sources[j].Title == d.Sources[k].Title
		} else {
			ok = h[j] < 0 || int(h[j]) < len(d.Events) && d.Sources[j].Title == d.Events[h[j]].Title.En
		}
	}
	if ok {
		// The loader's, which Update copies before it changes them.
		return h
	}
	h = headlineEvents(d)
	for j, i := range h {
		if i >= 0 && titleOf != nil && titleOf[i] >= 0 {
			h[j] = titleOf[i]
		}
	}
	if slices.ContainsFunc(h, func(i int32) bool { return i >= 0 }) {
		return h
	}
	return nil
}

// titleOf returns what the loader found of the events whose title another
// event's row holds (see Packer.Add), when that still holds: each such
// event has the same title, in English and French only, as an event whose
// row holds its own. Otherwise, or when no event shares a title, nil.
func titleOf(d *model.Dataset, t []int32) []int32 {
	if len(t) != len(d.Events) {
		return nil
	}
	for i, h := range t {
		if h < 0 {
			continue
		}
		if int(h) >= len(t) || t[h] >= 0 {
			return nil
		}
		e, o := &d.Events[i], &d.Events[h]
		if !sharable(o) || e.Title.HasOther() || e.Title.En != o.Title.En || e.Title.Fr != o.Title.Fr {
			return nil
		}
	}
	return t
}
