package ui

import (
	"charm.land/bubbles/v2/viewport"

	"timeline/locale"
)

// detailKey is everything the detail pane's text is drawn from. The
// explorer computes it once at the end of each Update and the pane is
// redrawn only when it differs from the key it was last drawn from, so
// nothing has to remember to invalidate it.
type detailKey struct {
	event int         // dataset index of the event shown, -1 for none
	width int         // columns inside the pane's border
	lang  locale.Lang // the language of the text and its labels
	terms string      // the search whose matches are highlighted, "" for none
	mark  int         // dataset index of the marked event, -1 for none
	st    *styles     // the styles, replaced when the background is known
	zoom  bool        // the detail fills the window
	data  int         // the explorer's data version: an edit, a reload or a note redraws
}

// detailView is the scrolling text of the selected event.
type detailView struct {
	vp    viewport.Model
	drawn detailKey
}

// newDetailView returns an empty pane, drawn from no key yet.
func newDetailView() detailView {
	vp := viewport.New()
	vp.SoftWrap = false // lines are wrapped at word boundaries when drawn
	vp.FillHeight = false
	return detailView{vp: vp, drawn: detailKey{event: -2}}
}

// show draws the pane from k with draw, unless it was last drawn from k.
// A new event, or a zoom just opened, starts at the top; anything else
// (a resize, the language, a search, the mark) keeps the reader's place.
func (d *detailView) show(k detailKey, draw func() []string) {
	if k == d.drawn {
		return
	}
	top := k.event != d.drawn.event || (k.zoom && !d.drawn.zoom)
	d.drawn = k
	d.vp.SetContentLines(draw())
	if top {
		d.vp.GotoTop()
	}
}
