package model

import "testing"

// TestCloneKeepsTheSlide: an edit works on a clone of the event, so the
// clone carries the TimelineJS slide (its media, background and links), a
// copy of its own, and two events that differ only by their slides are
// not equal.
func TestCloneKeepsTheSlide(t *testing.T) {
	e := Event{ID: "e", Title: Plain("t")}
	s := e.MoreSlide()
	s.Group, s.Links = "g", []Link{{Text: "w", URL: "https://a.example"}}
	s.Media = &Media{URL: "https://m.example/p.png", CaptionLinks: []Link{{Text: "c", URL: "https://c.example"}}}
	s.Background = &Background{Color: "#000"}
	c := e.Clone()
	if c.Slide() == nil || c.Slide() == e.Slide() || !c.Equal(&e) {
		t.Fatalf("the clone's slide: %+v", c.Slide())
	}
	c.Slide().Media.CaptionLinks[0].URL = "https://changed.example"
	c.Slide().Background.Color = "#fff"
	c.Slide().Links[0].Text = "changed"
	if e.Slide().Media.CaptionLinks[0].URL != "https://c.example" || e.Slide().Background.Color != "#000" || e.Slide().Links[0].Text != "w" {
		t.Errorf("changing the clone's slide changed the event's: %+v", e.Slide())
	}
	if c.Equal(&e) {
		t.Error("events with different slides are equal")
	}
	bare := Event{ID: "e", Title: Plain("t")}
	if bare.Equal(&e) || !bare.Equal(bare.Clone()) {
		t.Error("an event without a slide compares wrongly")
	}
}
