package model

import "slices"

// An event's organisations, sources and tags are kept in one list, in that
// order, with the lengths of the first two in what would otherwise be the
// padding after its kind and status: one slice header instead of three,
// in the value every screen and search walks a million times
// (BENCHMARKS.md, "Smaller events and sources").
// The methods of the same names return each part; they are views of that
// list, with their capacity cut to their length, so that an append to one
// copies instead of writing over the next. Write them with SetRefs.

// wideRefs marks an event whose organisations or sources are too many for
// the lengths kept in the event: its lists are then in its extra fields.
// No real event cites 65,535 sources, but a file may say so.
const wideRefs = 1<<16 - 1

// refLists holds the lists of an event that has too many for refs.
type refLists struct {
	orgs, sources, tags []string
}

// Orgs returns the ids of the event's organisations, nil when it has none.
func (e *Event) Orgs() []string {
	if e.nOrgs == wideRefs {
		return e.Extra.wide.orgs
	}
	return part(e.refs, 0, int(e.nOrgs))
}

// Sources returns the ids of the sources that report the event, nil when
// none does.
func (e *Event) Sources() []string {
	if e.nOrgs == wideRefs {
		return e.Extra.wide.sources
	}
	return part(e.refs, int(e.nOrgs), int(e.nOrgs)+int(e.nSources))
}

// Tags returns the event's tags, nil when it has none.
func (e *Event) Tags() []string {
	if e.nOrgs == wideRefs {
		return e.Extra.wide.tags
	}
	return part(e.refs, int(e.nOrgs)+int(e.nSources), len(e.refs))
}

// part returns refs[from:to] with its capacity cut to its length, or nil
// when it is empty.
func part(refs []string, from, to int) []string {
	if from == to {
		return nil
	}
	return refs[from:to:to]
}

// SetRefs sets the event's organisations, sources and tags to copies of
// the lists given, which may be views of the event's own.
func (e *Event) SetRefs(orgs, sources, tags []string) {
	refs := make([]string, 0, len(orgs)+len(sources)+len(tags))
	refs = append(append(append(refs, orgs...), sources...), tags...)
	e.AdoptRefs(refs, len(orgs), len(sources))
}

// SetOrgs sets the event's organisations, keeping its sources and tags.
func (e *Event) SetOrgs(orgs []string) { e.SetRefs(orgs, e.Sources(), e.Tags()) }

// SetSources sets the event's sources, keeping its organisations and tags.
func (e *Event) SetSources(sources []string) { e.SetRefs(e.Orgs(), sources, e.Tags()) }

// SetTags sets the event's tags, keeping its organisations and sources.
func (e *Event) SetTags(tags []string) { e.SetRefs(e.Orgs(), e.Sources(), tags) }

// WithRefs returns a copy of e with the organisations, sources and tags
// given, for building an event in one expression.
func (e Event) WithRefs(orgs, sources, tags []string) Event {
	e.SetRefs(orgs, sources, tags)
	return e
}

// AdoptRefs makes refs the event's list of organisations (its first nOrgs
// ids), sources (the next nSources) and tags (the rest). The event keeps
// refs itself, which a loader may cut from a larger block; nothing else
// may change it afterwards.
func (e *Event) AdoptRefs(refs []string, nOrgs, nSources int) {
	var wide *refLists
	if nOrgs >= wideRefs || nSources >= wideRefs {
		wide = &refLists{orgs: part(refs, 0, nOrgs), sources: part(refs, nOrgs, nOrgs+nSources),
			tags: part(refs, nOrgs+nSources, len(refs))}
		refs, nOrgs, nSources = nil, wideRefs, 0
	}
	if wide != nil || e.Extra != nil && e.Extra.wide != nil {
		// A copy: a shallow copy of the event may share its extra fields.
		x := *e.More()
		x.wide, e.Extra = wide, &x
		e.Tidy()
	}
	if len(refs) == 0 {
		refs = nil
	}
	e.refs, e.nOrgs, e.nSources = slices.Clip(refs), uint16(nOrgs), uint16(nSources)
}
