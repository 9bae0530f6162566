package search

import (
	"bytes"
	"math/bits"
	"slices"

	"timeline/model"
)

// Update returns the index of ds after an edit, reusing what ix holds for
// the events the edit left alone, so that an edit costs a pass over the
// index's lists rather than a new index: oldOf[j] is the position in ix of
// ds's event j, or -1 for an event the edit added or changed. The edit may
// have removed events and appended people, organisations and sources;
// when it did anything else to those (removed or reordered one), the index
// is built again. ix itself is left as it was, so that a search running on
// it in the background is not disturbed.
//
// The text of the events added or changed is packed in a block of its own;
// the rows of the events removed or changed stay in their blocks, no
// longer any event's, until the next full build.
func (ix *Index) Update(ds *model.Dataset, oldOf []int32) *Index {
	if ix.ds == nil || len(oldOf) != len(ds.Events) || len(ds.People) < ix.personTab.rows() ||
		len(ds.Orgs) < ix.orgTab.rows() || len(ds.Sources) < len(ix.sourceOutlet) {
		return NewIndex(ds, nil)
	}
	n := len(ds.Events)
	newOf := make([]int32, ix.Len()) // the new position of each old event, or -1
	for i := range newOf {
		newOf[i] = -1
	}
	for j, i := range oldOf {
		if i >= int32(len(newOf)) || i >= 0 && newOf[i] >= 0 {
			return NewIndex(ds, nil) // not a mapping from ix's events
		}
		if i >= 0 {
			newOf[i] = int32(j)
		}
	}
	nx := &Index{ds: ds, kind: make([]model.Kind, n), status: make([]uint8, n),
		first: make([]int32, n), last: make([]int32, n), updated: true}
	for j, i := range oldOf {
		if i >= 0 {
			nx.kind[j], nx.status[j], nx.first[j], nx.last[j] = ix.kind[i], ix.status[i], ix.first[i], ix.last[i]
			continue
		}
		e := &ds.Events[j]
		nx.kind[j], nx.status[j] = e.Kind, statusBits(e)
		nx.first[j], nx.last[j] = e.Date.Days(), eventLastDay(e)
	}

	nx.personTab = ix.personTab.withRows(len(ds.People), func(i int, add func(string)) {
		p := &ds.People[i]
		add(p.ID)
		add(p.Name)
		for _, a := range p.Aliases {
			add(a)
		}
	})
	nx.orgTab = ix.orgTab.withRows(len(ds.Orgs), func(i int, add func(string)) {
		add(ds.Orgs[i].ID)
		add(ds.Orgs[i].Name)
	})
	nx.outletTab, nx.sourceOutlet = ix.outletTab, ix.sourceOutlet
	if len(ds.Sources) > len(ix.sourceOutlet) {
		outlets := ix.outletTab.rowIndex()
		nx.sourceOutlet = slices.Clone(ix.sourceOutlet)
		var added []string
		for s := len(ix.sourceOutlet); s < len(ds.Sources); s++ {
			o := Fold(ds.Sources[s].Outlet)
			id, ok := outlets[o]
			if !ok {
				id = int32(ix.outletTab.rows() + len(added))
				outlets[o] = id
				added = append(added, o)
			}
			nx.sourceOutlet = append(nx.sourceOutlet, id)
		}
		nx.outletTab = ix.outletTab.withFolded(added)
	}
	var newSources []int
	for s := len(ix.sourceOutlet); s < len(ds.Sources); s++ {
		newSources = append(newSources, s)
	}
	headline := func(s int, f func(string)) { f(ds.Sources[s].Title) }
	nx.sourceTitles = ix.sourceTitles.withMoreRows(newSources, headline)

	// Tags, quotes and claims of the new events are looked up among the
	// table's rows, and added when they are new.
	tags, said := ix.tagTab.rowIndex(), ix.saidTab.rowIndex()
	var newTags, newSaid []string
	intern := func(tab table, index map[string]int32, added *[]string, s string) int32 {
		f := Fold(s)
		if id, ok := index[f]; ok {
			return id
		}
		id := int32(tab.rows() + len(*added))
		index[f] = id
		*added = append(*added, f)
		return id
	}
	nx.people, nx.orgs, nx.sources = ix.people.rebased(oldOf), ix.orgs.rebased(oldOf), ix.sources.rebased(oldOf)
	nx.tags, nx.said = ix.tags.rebased(oldOf), ix.said.rebased(oldOf)
	for j, i := range oldOf {
		if i >= 0 {
			continue
		}
		e := &ds.Events[j]
		nx.people.set(j, func(add func(int)) { eachPerson(ds, e, add) })
		nx.orgs.set(j, func(add func(int)) { eachOrg(ds, e, add) })
		nx.sources.set(j, func(add func(int)) { eachSource(ds, e, add) })
		nx.tags.set(j, func(add func(int)) {
			for _, t := range e.Tags {
				add(int(intern(ix.tagTab, tags, &newTags, t)))
			}
		})
		nx.said.set(j, func(add func(int)) {
			eachSharedText(e, func(s string) {
				if s != "" {
					add(int(intern(ix.saidTab, said, &newSaid, s)))
				}
			})
		})
	}
	nx.tagTab, nx.saidTab = ix.tagTab.withFolded(newTags), ix.saidTab.withFolded(newSaid)

	nx.headlineOf = nil
	if ix.headlineOf != nil {
		nx.headlineOf = make([]int32, len(ds.Sources))
		for s := range nx.headlineOf {
			nx.headlineOf[s] = -1
			if s < len(ix.headlineOf) && ix.headlineOf[s] >= 0 {
				nx.headlineOf[s] = newOf[ix.headlineOf[s]]
			}
		}
	}
	// A source whose headline was found through an event's title that is
	// gone or changed has no row of its own: its headline joins the table.
	var orphans []int
	for s := 0; s < len(ix.headlineOf); s++ {
		if ix.headlineOf[s] >= 0 && nx.headlineOf[s] < 0 {
			orphans = append(orphans, s)
		}
	}
	if len(orphans) > 0 {
		nx.sourceTitles = nx.sourceTitles.withMoreRows(orphans, headline)
	}
	var added []int
	for j, i := range oldOf {
		if i < 0 {
			added = append(added, j)
		}
	}
	nx.events = ix.events.remapped(newOf).withMoreRows(added, eventRows(ds).each)
	return nx
}

// withRows returns t with rows for items up to n: the rows it has, and a
// row for each item from t.rows() on, whose text add gives.
func (t table) withRows(n int, each func(i int, add func(string))) table {
	if n <= t.rows() {
		return t
	}
	var added []string
	for i := t.rows(); i < n; i++ {
		var b []byte
		each(i, func(s string) { b = append(foldAppend(b, s), haySep...) })
		added = append(added, string(b))
	}
	return t.withFolded(added)
}

// withFolded returns t with a row for each of rows, already folded and
// separated (see tableBuilder). The hay is copied: tables of names are
// small next to the events' text.
func (t table) withFolded(rows []string) table {
	if len(rows) == 0 {
		return t
	}
	size := len(t.hay)
	for _, r := range rows {
		size += len(r)
	}
	var b bytes.Buffer
	b.Grow(size)
	b.WriteString(t.hay)
	off := slices.Clip(slices.Clone(t.off))
	freq := *t.freq
	for _, r := range rows {
		if len(r) > 0 && r[len(r)-1] != haySep[0] {
			r += haySep
		}
		b.WriteString(r)
		off = append(off, uint32(b.Len()))
		for k := 0; k < len(r); k++ {
			freq[r[k]]++
		}
	}
	return table{hay: b.String(), off: off, freq: &freq}
}

// rowIndex returns the row of each distinct row text, without its
// separator: for the tables of interned texts, whose rows are single
// pieces.
func (t *table) rowIndex() map[string]int32 {
	m := make(map[string]int32, t.rows())
	for r := t.rows() - 1; r >= 0; r-- {
		s := t.hay[t.off[r]:t.off[r+1]]
		m[s[:max(len(s)-len(haySep), 0)]] = int32(r)
	}
	return m
}

// rebased returns the lists of the events at their new positions, those
// of the events added or changed left empty for set to fill. The events
// the edit left alone keep their order, so their lists are copied in runs.
func (l *links) rebased(oldOf []int32) links {
	refs := 0
	for _, i := range oldOf {
		if i >= 0 {
			refs += int(l.off[i+1] - l.off[i])
		}
	}
	out := links{off: make([]uint32, len(oldOf)+1), ids: make([]int32, 0, refs)}
	for j := 0; j < len(oldOf); {
		i := oldOf[j]
		if i < 0 {
			out.off[j+1] = uint32(len(out.ids))
			j++
			continue
		}
		end := j + 1 // the run of events that were in a row and still are
		for end < len(oldOf) && oldOf[end] == oldOf[end-1]+1 {
			end++
		}
		first, last := int(i), int(oldOf[end-1])
		delta := uint32(len(out.ids)) - l.off[first]
		out.ids = append(out.ids, l.ids[l.off[first]:l.off[last+1]]...)
		for k := j; k < end; k++ {
			out.off[k+1] = l.off[first+k-j+1] + delta
		}
		j = end
	}
	return out
}

// set fills event j's list, empty until now, with what refs gives. The
// lists after j move along.
func (l *links) set(j int, refs func(add func(int))) {
	var list []int32
	refs(func(i int) {
		if !slices.Contains(list, int32(i)) {
			list = append(list, int32(i))
		}
	})
	if len(list) == 0 {
		return
	}
	at := l.off[j]
	l.ids = slices.Insert(l.ids, int(at), list...)
	for k := j + 1; k < len(l.off); k++ {
		l.off[k] += uint32(len(list))
	}
}

// remapped returns t with the item of each row moved to newOf[item], or
// no longer any item's (-1).
func (t rawTable) remapped(newOf []int32) rawTable {
	perm := make([]int32, t.rows())
	for r := range perm {
		if e := t.item(r); e >= 0 {
			perm[r] = newOf[e]
		} else {
			perm[r] = -1
		}
	}
	t.perm, t.shared = perm, false
	return t
}

// withMoreRows returns t with a row for each of items, packed in a block of
// its own. The item of a row that existed is kept (perm is made when
// needed).
func (t rawTable) withMoreRows(items []int, each func(i int, f func(string))) rawTable {
	if len(items) == 0 {
		return t
	}
	var b []byte
	ends := make([]uint32, len(items))
	for k, i := range items {
		each(i, func(s string) {
			if s != "" {
				b = append(append(b, s...), haySep...)
			}
		})
		ends[k] = uint32(len(b))
	}
	if t.perm == nil && items[0] != t.rows() {
		t.perm = make([]int32, t.rows())
		for r := range t.perm {
			t.perm[r] = int32(r)
		}
	}
	// What t shares with the table it came from is copied before it
	// grows, so that the older index stays as it was.
	t.perm, t.off, t.marks = slices.Clip(t.perm), slices.Clip(t.off), slices.Clip(t.marks)
	t.base, t.blocks = slices.Clip(t.base), slices.Clip(t.blocks)
	freq, marked := *t.freq, *t.marked
	t.freq, t.marked = &freq, &marked
	block := string(b)
	start := t.base[len(t.base)-1]
	if len(block) > 0 {
		t.blocks = append(t.blocks, block)
		t.base = append(t.base, start+uint32(len(block)))
	}
	pos := start
	for k, i := range items {
		row := pos
		pos = start + ends[k]
		t.off = append(t.off, pos)
		m := rowMarks(block[row-start : pos-start])
		t.marks = append(t.marks, m)
		for ; m != 0; m &= m - 1 {
			if c := bits.TrailingZeros32(m); c < markClasses {
				t.marked[c]++
			}
		}
		if t.perm != nil {
			t.perm = append(t.perm, int32(i))
		}
		for k := row - start; k < pos-start; k++ {
			t.freq[block[k]]++
		}
	}
	t.shared = false
	return t
}
