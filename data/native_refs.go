package data

import "timeline/model"

// An event's organisations, sources and tags are one list in the event
// (model.Event.AdoptRefs), but three keys in the file, in any order. The
// decoder reads each into a buffer of its own, then cuts the event's list
// from a block shared by the events read after one another, which saves
// an allocation an event and the rounding up of each to a size class.

// The lists of an event that go into its one list, in its order.
const (
	refOrgs = iota
	refSources
	refTags
	numRefLists
)

// refSlabLen is how many ids a block of events' lists holds.
const refSlabLen = 4096

// beginRefs empties the buffers for the next event.
func (d *decoder) beginRefs() {
	for k := range d.refBuf {
		d.refBuf[k] = d.refBuf[k][:0]
	}
}

// refList reads an array of one-line strings, kept as how says, into the
// buffer of list k; a list given twice is the last one.
func (d *decoder) refList(k int, how keep) { d.refBuf[k] = d.appendStrs(d.refBuf[k][:0], how) }

// setRefs gives e, which had none, the lists read since beginRefs.
func (d *decoder) setRefs(e *model.Event) {
	orgs, sources, tags := d.refBuf[refOrgs], d.refBuf[refSources], d.refBuf[refTags]
	n := len(orgs) + len(sources) + len(tags)
	if n == 0 {
		return // e was read from empty
	}
	if len(d.refSlab) < n {
		d.refSlab = make([]string, max(n, refSlabLen))
	}
	refs := append(append(append(d.refSlab[:0:n], orgs...), sources...), tags...)
	d.refSlab = d.refSlab[n:]
	e.AdoptRefs(refs, len(orgs), len(sources))
}
