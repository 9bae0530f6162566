package data

import (
	"fmt"

	"timeline/model"
)

// convert builds the dataset of a TimelineJS file: its title slide as the
// title, description and introduction, its event slides as events (those
// that cannot be read skipped, and counted), its eras, and what it carries
// under ownKey.
func (im *importer) convert(f *slideFile) (result, error) {
	im.start()
	ds := &model.Dataset{}
	var fileOwn ownFile
	if len(f.own) > 0 && im.decodeOwn(&slide{where: ownKey}, f.own, &fileOwn) {
		im.applyOwnFile(ds, &fileOwn)
	}
	if f.title != nil {
		im.counts.Title = true
		im.titleSlide(ds, f.title)
	} else {
		ds.Intro = &model.Intro{NoSlide: true}
	}
	if ds.Title.IsZero() {
		ds.Title = model.Plain(im.line(&slide{where: "file"}, "", im.base))
	}
	where := map[string]*slide{}
	for i := range f.events {
		s := &f.events[i]
		im.counts.Slides++
		var own ownEvent
		var o *ownEvent
		if len(s.own) > 0 && im.decodeOwn(s, s.own, &own) {
			o = &own
		}
		e, ok := im.event(s, o)
		if !ok {
			continue
		}
		im.counts.Opened++
		where[e.ID] = s
		ds.Events = append(ds.Events, e)
	}
	if len(ds.Events) == 0 {
		return result{}, im.nothingOpened(len(f.events))
	}
	for i := range f.eras {
		s := &f.eras[i]
		im.counts.Eras++
		var own ownEra
		var o *ownEra
		if len(s.own) > 0 && im.decodeOwn(s, s.own, &own) {
			o = &own
		}
		if era, ok := im.era(s, o); ok {
			im.counts.ErasKept++
			ds.Eras = append(ds.Eras, era)
		}
	}
	ds.Sources = im.sources
	return im.finish(ds, where)
}

// nothingOpened is the error of a file none of whose slides opened: every
// reason, then the count.
func (im *importer) nothingOpened(slides int) error {
	issues := im.issues
	for i := range issues {
		if issues[i].Skipped {
			issues[i].Warning = false
		}
	}
	msg := "no events: the timeline has no dated slides"
	if slides > 0 {
		msg = fmt.Sprintf("no events: none of the %d slides could be read", slides)
	}
	return &LoadError{Issues: append(issues, Issue{File: im.file, Msg: msg})}
}

// titleSlide reads the title slide: the dataset's title and description,
// and the rest of the slide as its introduction.
func (im *importer) titleSlide(ds *model.Dataset, s *slide) {
	in := &model.Intro{}
	for _, b := range s.bad {
		im.problem(s, b.field, "%s; left out", b.msg)
	}
	head, _ := im.html(s, "headline", s.headline, false)
	im.titleText = head
	ds.Title = model.Plain(head)
	if head == "" {
		in.Slide.Untitled = true
	}
	desc, links := im.html(s, "text", s.text, true)
	ds.Description = model.Plain(desc)
	in.Slide.Links = links
	in.ID = im.line(s, "unique_id", s.id)
	in.Slide.Media = im.media(s, s.media)
	in.Slide.Background = im.background(s, s.background)
	var own ownEvent
	if len(s.own) > 0 && im.decodeOwn(s, s.own, &own) {
		if !own.Title.empty() {
			ds.Title = im.ownText(s, ownKey+".title", own.Title, true)
		}
		if !own.Summary.empty() {
			ds.Description = im.ownText(s, ownKey+".summary", own.Summary, false)
		}
		if own.Links != nil {
			in.Slide.Links = im.ownLinks(s, ownKey+".links", own.Links)
		}
		if own.Media != nil {
			in.Slide.Media = im.ownMedia(s, own.Media)
		}
		if b := own.Background; b != nil {
			f := ownKey + ".background"
			in.Slide.Background = &model.Background{URL: im.line(s, f, b.URL), Color: im.line(s, f, b.Color),
				Alt: im.line(s, f, b.Alt), Opacity: im.line(s, f, b.Opacity)}
		}
	}
	if in.Slide.Untitled && im.titleText == "" {
		im.titleText = ds.Title.En
	}
	if !in.IsZero() {
		ds.Intro = in
	}
}
