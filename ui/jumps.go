package ui

// jumpList remembers where the selection was before each jump (search,
// "@", "'", g and G), as dataset indices, for ctrl+o and ctrl+i.
type jumpList struct {
	back, forward []int
}

// push records idx before a jump; a new jump forgets the way forward.
func (j *jumpList) push(idx int) {
	if idx < 0 || (len(j.back) > 0 && j.back[len(j.back)-1] == idx) {
		return
	}
	j.back = append(j.back, idx)
	if len(j.back) > 100 {
		j.back = j.back[1:]
	}
	j.forward = j.forward[:0]
}

// goBack returns where to go for ctrl+o from cur, or -1.
func (j *jumpList) goBack(cur int) int {
	if len(j.back) == 0 {
		return -1
	}
	to := j.back[len(j.back)-1]
	j.back = j.back[:len(j.back)-1]
	j.forward = append(j.forward, cur)
	return to
}

// goForward returns where to go for ctrl+i from cur, or -1.
func (j *jumpList) goForward(cur int) int {
	if len(j.forward) == 0 {
		return -1
	}
	to := j.forward[len(j.forward)-1]
	j.forward = j.forward[:len(j.forward)-1]
	j.back = append(j.back, cur)
	return to
}
