package ui

// pane identifies one of the two panes.
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

// rect is a region of the window, in cells.
type rect struct{ x, y, w, h int }

// contains reports whether the cell (x, y) is inside r.
func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// layout is where everything goes for one window size. It is computed on
// resize and on zoom or focus changes, never while drawing.
type layout struct {
	tooSmall     bool
	headerLines  int // 1 (title), 2 (and the ruler) or 3 (and the kinds legend)
	list, detail rect
	showList     bool
	showDetail   bool
	statusY      int
}

// computeLayout places the panes: side by side from 100 columns, stacked
// from 60, a single pane (the focused one) below that or when zoomed.
func computeLayout(w, h int, focus pane, zoom bool) layout {
	if w < minWidth || h < minHeight {
		return layout{tooSmall: true}
	}
	l := layout{headerLines: 2}
	switch {
	case h < 12:
		l.headerLines = 1
	case h >= 24:
		l.headerLines = 3
	}
	bodyY := l.headerLines
	bodyH := h - l.headerLines - 1
	l.statusY = h - 1
	body := rect{0, bodyY, w, bodyH}
	switch {
	case zoom:
		l.showDetail, l.detail = true, body
	case w >= 100:
		lw := min(max(w*2/5, 44), 64)
		l.showList, l.showDetail = true, true
		l.list = rect{0, bodyY, lw, bodyH}
		l.detail = rect{lw, bodyY, w - lw, bodyH}
	case w >= 60 && bodyH >= 14:
		lh := max(bodyH/2, 6)
		l.showList, l.showDetail = true, true
		l.list = rect{0, bodyY, w, lh}
		l.detail = rect{0, bodyY + lh, w, bodyH - lh}
	case focus == detailPane:
		l.showDetail, l.detail = true, body
	default:
		l.showList, l.list = true, body
	}
	return l
}
