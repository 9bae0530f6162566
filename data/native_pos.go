package data

import "encoding/binary"

// Where the items of the top-level lists start, kept for the problems that
// validation finds once the whole file is read. Items come in the order of
// the file, so each is written as the lines since the one before and its
// column, two varints: two or three bytes an item where a line and a
// column would take eight, and the lists of a large file have hundreds of
// thousands of items, alive when memory peaks. Items are counted as the
// dataset holds them: an element that is not an object is left out.
type itemPositions struct {
	b    []byte
	line int // the line of the last item added
	n    int
}

// newItemPositions makes room for count items when count is known (not
// -1), so that the list does not grow by copies.
func newItemPositions(count int64) itemPositions {
	if count <= 0 {
		return itemPositions{}
	}
	return itemPositions{b: make([]byte, 0, 3*count)}
}

// add records the start of the next item.
func (p *itemPositions) add(line, col int) {
	p.b = binary.AppendUvarint(p.b, uint64(line-p.line))
	p.b = binary.AppendUvarint(p.b, uint64(col))
	p.line = line
	p.n++
}

// all returns the line and column of every item, in order.
func (p *itemPositions) all() [][2]int {
	out := make([][2]int, 0, p.n)
	line := 0
	for b := p.b; len(b) > 0; {
		dl, n := binary.Uvarint(b)
		col, m := binary.Uvarint(b[n:])
		if n <= 0 || m <= 0 {
			break
		}
		b = b[n+m:]
		line += int(dl)
		out = append(out, [2]int{line, int(col)})
	}
	return out
}
