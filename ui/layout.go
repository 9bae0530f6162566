package ui

// pane identifies one of the explorer's two panes.
type pane int

const (
	listPane pane = iota
	detailPane
)

// Minimum window size; below it the frame is one "terminal too small" line.
const (
	minWidth  = 20
	minHeight = 5
)

// headerLines returns how many lines the header takes in a window of
// height rows: the title, then the density ruler, then the kinds legend,
// and from eraBandFrom rows, when the dataset has eras, their band under
// the ruler.
func headerLines(height int, eras bool) int {
	switch {
	case height < 12:
		return 1
	case height < 18:
		return 2
	case eras && height >= eraBandFrom:
		return 4
	}
	return 3
}

// eraBandFrom is the window height from which the eras' band shows.
const eraBandFrom = 24

// tooSmall reports whether a window is below the minimum size.
func tooSmall(width, height int) bool { return width < minWidth || height < minHeight }

// rect is a region of the explorer, in cells from its top left corner.
type rect struct{ x, y, w, h int }

// contains reports whether the cell (x, y) is inside r.
func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// layout is where the explorer's panes go for one size. It is computed on
// resize and on zoom or focus changes, never while drawing.
type layout struct {
	list, detail rect
	showList     bool
	showDetail   bool
}

// computeLayout places the panes in w×h cells: side by side from 100
// columns (the list a little under half), stacked from 60, a single pane
// (the focused one) below that or when zoomed.
func computeLayout(w, h int, focus pane, zoom bool) layout {
	var l layout
	if w <= 0 || h <= 0 {
		return l
	}
	body := rect{0, 0, w, h}
	switch {
	case zoom:
		l.showDetail, l.detail = true, body
	case w >= 100:
		// The list takes nearly half, so that a title has room to be read
		// beside its date and the kind's glyph.
		lw := min(max(w*47/100, 48), 100)
		l.showList, l.showDetail = true, true
		l.list = rect{0, 0, lw, h}
		l.detail = rect{lw, 0, w - lw, h}
	case w >= 60 && h >= 14:
		lh := max(h/2, 6)
		l.showList, l.showDetail = true, true
		l.list = rect{0, 0, w, lh}
		l.detail = rect{0, lh, w, h - lh}
	case focus == detailPane:
		l.showDetail, l.detail = true, body
	default:
		l.showList, l.list = true, body
	}
	return l
}
