package search

import (
	"bytes"
	"math/bits"
	"slices"

	"timeline/model"
)

// Update brings ix up to date with ds after an edit and returns it,
// reusing what ix holds for the events the edit left alone, so that an
// edit costs what it touched rather than a new index: oldOf[j] is the
// position in ix of ds's event j, or -1 for an event the edit added or
// changed. The edit may have removed events, moved events (the others
// keep their order) and appended people, organisations and sources; when
// it did anything else to those (removed or reordered one), a new index is
// built and returned.
//
// Update changes ix in place: no search may run on ix meanwhile, nor use
// it after (the explorer holds its searches off while it edits). The
// events the edit left alone move in runs (see run), so a changed title
// moves nothing and a changed date moves only the events between its old
// place and its new one.
//
// The text of the events added or changed is packed in a block of its own;
// the rows of the events removed or changed stay in their blocks, no
// longer any event's, until the next full build.
func (ix *Index) Update(ds *model.Dataset, oldOf []int32) *Index {
	if ix.ds == nil || len(oldOf) != len(ds.Events) || len(ds.People) < ix.personTab.rows() ||
		len(ds.Orgs) < ix.orgTab.rows() || len(ds.Sources) < len(ix.sourceOutlet) {
		return NewIndex(ds, nil)
	}
	runs, added, ok := runsOf(oldOf, ix.Len())
	if !ok {
		return NewIndex(ds, nil) // not an order-keeping mapping from ix's events
	}
	newOf := make([]int32, ix.Len()) // the new position of each old event, or -1
	for i := range newOf {
		newOf[i] = -1
	}
	for _, r := range runs {
		for k := range r.n {
			newOf[r.src+k] = int32(r.dst + k)
		}
	}
	n := len(ds.Events)
	ix.ds, ix.updated = ds, true
	ix.kind, ix.status = moveRuns(ix.kind, runs, n), moveRuns(ix.status, runs, n)
	ix.first, ix.last = moveRuns(ix.first, runs, n), moveRuns(ix.last, runs, n)
	for _, j := range added {
		e := &ds.Events[j]
		ix.kind[j], ix.status[j] = e.Kind, statusBits(e)
		ix.first[j], ix.last[j] = e.Date.Days(), eventLastDay(e)
	}

	ix.personTab = ix.personTab.withRows(len(ds.People), func(i int, add func(string)) {
		p := &ds.People[i]
		add(p.ID)
		add(p.Name)
		for _, a := range p.Aliases {
			add(a)
		}
	})
	ix.orgTab = ix.orgTab.withRows(len(ds.Orgs), func(i int, add func(string)) {
		add(ds.Orgs[i].ID)
		add(ds.Orgs[i].Name)
	})
	oldSources := len(ix.sourceOutlet)
	if len(ds.Sources) > oldSources {
		var added []string
		for s := oldSources; s < len(ds.Sources); s++ {
			ix.sourceOutlet = append(ix.sourceOutlet, ix.outlets.intern(&ix.outletTab, &added, ds.Sources[s].Outlet))
		}
		ix.outletTab = ix.outletTab.withFolded(added)
	}
	var newSources []int
	for s := oldSources; s < len(ds.Sources); s++ {
		newSources = append(newSources, s)
	}
	headline := func(s int, f func(string)) { f(ds.Sources[s].Title) }
	ix.sourceTitles.addRows(newSources, headline)

	// Tags, quotes and claims of the new events are looked up among the
	// table's rows, and added when they are new.
	var newTags, newSaid []string
	lists := make([][5][]int32, len(added)) // people, orgs, sources, tags, said
	for k, j := range added {
		e := &ds.Events[j]
		l := &lists[k]
		l[0] = listOf(func(add func(int)) { eachPerson(ds, e, add) })
		l[1] = listOf(func(add func(int)) { eachOrg(ds, e, add) })
		l[2] = listOf(func(add func(int)) { eachSource(ds, e, add) })
		l[3] = listOf(func(add func(int)) {
			for _, t := range e.Tags() {
				add(int(ix.tagRows.intern(&ix.tagTab, &newTags, t)))
			}
		})
		l[4] = listOf(func(add func(int)) {
			eachSharedText(e, func(s string) {
				if s != "" {
					add(int(ix.saidRows.intern(&ix.saidTab, &newSaid, s)))
				}
			})
		})
	}
	for w, l := range ix.allLinks() {
		l.update(runs, n, added, func(k int) []int32 { return lists[k][w] })
	}
	ix.tagTab, ix.saidTab = ix.tagTab.withFolded(newTags), ix.saidTab.withFolded(newSaid)

	// A source whose headline was found through an event's title that is
	// gone or changed has no row of its own: its headline joins the table.
	var orphans []int
	if ix.headlineOf != nil && !ix.headlinesOwn {
		ix.headlineOf, ix.headlinesOwn = slices.Clone(ix.headlineOf), true
	}
	for s, e := range ix.headlineOf {
		if e >= 0 {
			ix.headlineOf[s] = newOf[e]
			if newOf[e] < 0 {
				orphans = append(orphans, s)
			}
		}
	}
	if ix.headlineOf != nil {
		for range len(ds.Sources) - len(ix.headlineOf) {
			ix.headlineOf = append(ix.headlineOf, -1)
		}
	}
	ix.sourceTitles.addRows(orphans, headline)

	// Likewise an event whose title was found through an event that is
	// gone or changed: its row, which has only its summary, is no longer
	// its own, and it gets a row with its title too.
	titleOf, moved := ix.titleOf, added
	if titleOf != nil {
		titleOf = make([]int32, n)
		shared := false
		for j, i := range oldOf {
			titleOf[j] = -1
			if i < 0 || ix.titleOf[i] < 0 {
				continue
			}
			if h := newOf[ix.titleOf[i]]; h >= 0 {
				titleOf[j], shared = h, true
			} else {
				newOf[i] = -1
				moved = append(slices.Clip(moved), j)
			}
		}
		if !shared {
			titleOf = nil
		}
	}
	ix.events.remap(newOf)
	ix.events.addRows(moved, eventRows(ds, titleOf).each)
	ix.titleOf = titleOf
	return ix
}

// run is a stretch of events the edit left alone and in order: old
// positions src… are new positions dst….
type run struct{ dst, src, n int }

// runsOf returns the runs of oldOf, the events an edit left alone, and the
// new positions of the others, which it added or changed. It reports
// false unless the events left alone keep their order, the one thing
// moveRuns needs, and come from the old events.
func runsOf(oldOf []int32, old int) (runs []run, added []int, ok bool) {
	prev := int32(-1)
	for j, i := range oldOf {
		switch {
		case i < 0:
			added = append(added, j)
		case i <= prev || int(i) >= old:
			return nil, nil, false
		case len(runs) > 0 && i == prev+1 && runs[len(runs)-1].dst+runs[len(runs)-1].n == j:
			runs[len(runs)-1].n++
		default:
			runs = append(runs, run{dst: j, src: int(i), n: 1})
		}
		if i >= 0 {
			prev = i
		}
	}
	return runs, added, true
}

// moveRuns returns s, n long, with each run's items moved from src to dst
// in place; items no run covers are left for the caller. Since the runs
// keep their order, those moving left never cover the items of a run not
// yet moved when taken from the left, nor those moving right when taken
// from the right.
func moveRuns[T any](s []T, runs []run, n int) []T {
	if n > len(s) {
		s = slices.Grow(s, n-len(s))[:n]
	}
	for _, r := range runs {
		if r.dst < r.src {
			copy(s[r.dst:r.dst+r.n], s[r.src:r.src+r.n])
		}
	}
	for k := len(runs) - 1; k >= 0; k-- {
		if r := runs[k]; r.dst > r.src {
			copy(s[r.dst:r.dst+r.n], s[r.src:r.src+r.n])
		}
	}
	return s[:n]
}

// listOf returns the distinct indices refs gives, in order.
func listOf(refs func(add func(int))) []int32 {
	var list []int32
	refs(func(i int) {
		if !slices.Contains(list, int32(i)) {
			list = append(list, int32(i))
		}
	})
	return list
}

// update moves the lists of the events an edit left alone to their new
// positions (runs), in place, and gives each event of added (new
// positions, in order) the list its index in added returns. The lists
// move in runs as the events do, and so do their offsets, shifted by what
// the lists before them gained or lost: a changed event whose lists kept
// their lengths moves nothing.
func (l *links) update(runs []run, n int, added []int, list func(k int) []int32) {
	idRuns := make([]run, 0, len(runs))
	starts := make([]uint32, len(added))
	at, r, a := 0, 0, 0 // the new offset; the next run and added event, in new positions
	for r < len(runs) || a < len(added) {
		if a == len(added) || r < len(runs) && runs[r].dst < added[a] {
			start, end := int(l.off[runs[r].src]), int(l.off[runs[r].src+runs[r].n])
			idRuns = append(idRuns, run{dst: at, src: start, n: end - start})
			at += end - start
			r++
			continue
		}
		starts[a] = uint32(at)
		at += len(list(a))
		a++
	}
	l.ids = moveRuns(l.ids, idRuns, max(at, len(l.ids)))[:at]
	off := moveRuns(l.off[:len(l.off)-1], runs, n)
	for k, r := range runs {
		if d := uint32(idRuns[k].dst - idRuns[k].src); d != 0 {
			for j := r.dst; j < r.dst+r.n; j++ {
				off[j] += d // wraps around for a negative shift, as intended
			}
		}
	}
	for k, j := range added {
		off[j] = starts[k]
		copy(l.ids[starts[k]:], list(k))
	}
	l.off = append(off, uint32(at))
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

// rowsIndex finds the row of a folded text in a table of interned texts
// (outlets, tags, quotes and claims), for Update: built from the table on
// first use, and kept up to date as Update adds rows.
type rowsIndex struct{ m map[string]int32 }

// intern returns the row of s, folded, in t, or the row it will have once
// the texts added so far, to which it is then added, join t.
func (x *rowsIndex) intern(t *table, added *[]string, s string) int32 {
	if x.m == nil {
		x.m = t.rowIndex()
	}
	f := Fold(s)
	if id, ok := x.m[f]; ok {
		return id
	}
	id := int32(t.rows() + len(*added))
	x.m[f] = id
	*added = append(*added, f)
	return id
}

// own makes the lists that Update changes in place t's own: a table built
// on a loader's packed text shares them with it.
func (t *rawTable) own() {
	if t.owned {
		return
	}
	t.perm, t.off = slices.Clone(t.perm), slices.Clone(t.off)
	t.base, t.blocks = slices.Clone(t.base), slices.Clone(t.blocks)
	t.owned = true
}

// remap moves the item of each row to newOf[item], or to none (-1).
func (t *rawTable) remap(newOf []int32) {
	t.own()
	if t.perm == nil {
		t.perm = make([]int32, t.rows())
		for r := range t.perm {
			t.perm[r] = int32(r)
		}
	}
	for r, e := range t.perm {
		if e >= 0 {
			t.perm[r] = newOf[e]
		}
	}
}

// addRows adds a row for each of items, packed in a block of its own. The
// item of a row that existed is kept (perm is made when needed).
func (t *rawTable) addRows(items []int, each func(i int, f func(string))) {
	if len(items) == 0 {
		return
	}
	t.own()
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
}
