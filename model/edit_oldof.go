package model

// OldOf returns, for each event of ds as Apply left it, its position
// before the edit when the edit left it as it was, or -1 when the edit
// added or changed it: what an index built on the dataset before the edit
// can keep (search.Index.Update takes it), and what it must read again.
// ds is the dataset Apply changed, not changed since.
func (a Applied) OldOf(ds *Dataset) []int32 {
	out := make([]int32, len(ds.Events))
	if a.From != nil {
		copy(out, a.From)
	} else {
		for j := range out {
			out[j] = int32(j)
		}
	}
	for _, c := range a.Inverse.Events {
		if j, ok := ds.EventIndex(c.ID); ok {
			out[j] = -1
		}
	}
	return out
}
