package data

import "timeline/model"

// The keys of what a TimelineJS slide held, as the native format writes
// them beside an event's fields and in the dataset's introduction (see
// slideOut and introOut in encode.go): group, media, background, the
// summary's links, autolink and the untitled mark.

// slideFields are the keys of a slide, for any object that holds one.
func slideFields[T any](slide func(v *T) *model.Slide) []field[T] {
	return []field[T]{
		{key: "group", read: func(d *decoder, v *T) { slide(v).Group = d.str(shared, true) }},
		{key: "media", read: func(d *decoder, v *T) {
			m := new(model.Media)
			if mediaTable.object(d, m) && !m.IsZero() {
				slide(v).Media = m
			}
		}},
		{key: "background", read: func(d *decoder, v *T) {
			b := new(model.Background)
			if backgroundTable.object(d, b) && !b.IsZero() {
				slide(v).Background = b
			}
		}},
		{key: "links", read: func(d *decoder, v *T) { slide(v).Links = readLinks(d) }},
		{key: "autolink", read: func(d *decoder, v *T) {
			if d.boolean() {
				slide(v).Autolink = model.AutolinkOn
			} else {
				slide(v).Autolink = model.AutolinkOff
			}
		}},
		{key: "untitled", read: func(d *decoder, v *T) { slide(v).Untitled = d.boolean() }},
	}
}

// mediaTable is a slide's media.
var mediaTable = newTable(
	field[model.Media]{key: "url", read: func(d *decoder, m *model.Media) { m.URL = d.str(kept, true) }},
	field[model.Media]{key: "caption", read: func(d *decoder, m *model.Media) { m.Caption = d.str(kept, false) }},
	field[model.Media]{key: "credit", read: func(d *decoder, m *model.Media) { m.Credit = d.str(kept, false) }},
	field[model.Media]{key: "thumbnail", read: func(d *decoder, m *model.Media) { m.Thumbnail = d.str(kept, true) }},
	field[model.Media]{key: "alt", read: func(d *decoder, m *model.Media) { m.Alt = d.str(kept, true) }},
	field[model.Media]{key: "title", read: func(d *decoder, m *model.Media) { m.Title = d.str(kept, true) }},
	field[model.Media]{key: "link", read: func(d *decoder, m *model.Media) { m.Link = d.str(kept, true) }},
	field[model.Media]{key: "link_target", read: func(d *decoder, m *model.Media) { m.LinkTarget = d.str(shared, true) }},
	field[model.Media]{key: "quote", read: func(d *decoder, m *model.Media) { m.Quote = d.str(kept, false) }},
	field[model.Media]{key: "caption_links", read: func(d *decoder, m *model.Media) { m.CaptionLinks = readLinks(d) }},
	field[model.Media]{key: "credit_links", read: func(d *decoder, m *model.Media) { m.CreditLinks = readLinks(d) }},
	field[model.Media]{key: "quote_links", read: func(d *decoder, m *model.Media) { m.QuoteLinks = readLinks(d) }},
)

// backgroundTable is a slide's background.
var backgroundTable = newTable(
	field[model.Background]{key: "url", read: func(d *decoder, b *model.Background) { b.URL = d.str(kept, true) }},
	field[model.Background]{key: "color", read: func(d *decoder, b *model.Background) { b.Color = d.str(shared, true) }},
	field[model.Background]{key: "alt", read: func(d *decoder, b *model.Background) { b.Alt = d.str(kept, true) }},
	field[model.Background]{key: "opacity", read: func(d *decoder, b *model.Background) { b.Opacity = d.str(shared, true) }},
)

// linkTable is a link of imported HTML: its words and its target.
var linkTable = newTable(
	field[model.Link]{key: "text", read: func(d *decoder, l *model.Link) { l.Text = d.str(kept, true) }},
	field[model.Link]{key: "url", read: func(d *decoder, l *model.Link) { l.URL = d.str(kept, true) }},
)

// readLinks reads a list of links, nil for none.
func readLinks(d *decoder) []model.Link {
	var buf []model.Link
	return readExact(d, linkTable, &buf)
}

// introTable is the dataset's introduction: its title slide's id, what
// the slide held, and whether there was none.
var introTable = newTable(append(append([]field[model.Intro]{
	{key: "id", read: func(d *decoder, in *model.Intro) { in.ID = d.str(kept, true) }},
}, slideFields(func(in *model.Intro) *model.Slide { return &in.Slide })...),
	field[model.Intro]{key: "no_slide", read: func(d *decoder, in *model.Intro) { in.NoSlide = d.boolean() }},
)...)

// readIntro reads the dataset's introduction.
func readIntro(d *decoder, ds *model.Dataset) {
	in := new(model.Intro)
	if introTable.object(d, in) && !in.IsZero() {
		ds.Intro = in
	}
}
