package ui

import "timeline/locale"

// rowCache remembers the list rows drawn in the last frame, so that a key
// that moves the selection by one redraws two rows instead of a screenful:
// styling a row with lipgloss costs about twenty allocations. It is a pure
// memo: a row is reused only when everything it was drawn from is the
// same, so model copies that share the cache still draw correctly.
type rowCache struct {
	frame     rowFrame
	cur, prev map[rowKey]string
}

// rowFrame is what every row of a frame depends on besides its event.
type rowFrame struct {
	width   int
	focused bool
	lang    locale.Lang
	styles  *styles // styles are never changed, only replaced
}

// rowKey names one drawn row: a list position (or a month header, as
// rows encode it), and whether it was selected, marked, a search's match
// or starred.
type rowKey struct {
	row                 int32
	sel, mrk, hit, star bool
}

// newRowCache returns an empty cache.
func newRowCache() *rowCache {
	return &rowCache{cur: map[rowKey]string{}, prev: map[rowKey]string{}}
}

// begin starts a frame: rows of the previous frame stay available to it
// when the frame is drawn the same way, and are dropped otherwise.
func (c *rowCache) begin(f rowFrame) {
	c.prev, c.cur = c.cur, c.prev
	clear(c.cur)
	if f != c.frame {
		clear(c.prev)
		c.frame = f
	}
}

// row returns the cached row for k, drawing it with draw when it was not
// in the previous frame.
func (c *rowCache) row(k rowKey, draw func() string) string {
	s, ok := c.prev[k]
	if !ok {
		s = draw()
	}
	c.cur[k] = s
	return s
}
