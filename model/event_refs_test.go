package model

import (
	"fmt"
	"slices"
	"testing"
)

// TestRefsKeepTheirParts: the three lists kept as one come back as they
// were set, an append to one never writes over the next, and changing one
// keeps the others.
func TestRefsKeepTheirParts(t *testing.T) {
	e := Event{ID: "e"}.WithRefs([]string{"o1", "o2"}, []string{"s1"}, []string{"t1", "t2"})
	check := func(what string, orgs, sources, tags []string) {
		t.Helper()
		if !slices.Equal(e.Orgs(), orgs) || !slices.Equal(e.Sources(), sources) || !slices.Equal(e.Tags(), tags) {
			t.Errorf("%s: orgs %q sources %q tags %q, want %q %q %q", what, e.Orgs(), e.Sources(), e.Tags(), orgs, sources, tags)
		}
	}
	check("set", []string{"o1", "o2"}, []string{"s1"}, []string{"t1", "t2"})
	_ = append(e.Orgs(), "over")
	_ = append(e.Sources(), "over")
	check("after appends to the views", []string{"o1", "o2"}, []string{"s1"}, []string{"t1", "t2"})
	e.SetSources(append(e.Sources(), "s2"))
	check("a source added", []string{"o1", "o2"}, []string{"s1", "s2"}, []string{"t1", "t2"})
	e.SetOrgs(nil)
	check("no organisations", nil, []string{"s1", "s2"}, []string{"t1", "t2"})
	e.SetTags(e.Tags()[1:])
	check("a tag dropped", nil, []string{"s1", "s2"}, []string{"t2"})
	e.SetRefs(nil, nil, nil)
	if e.Orgs() != nil || e.Sources() != nil || e.Tags() != nil {
		t.Errorf("empty lists are not nil: %#v %#v %#v", e.Orgs(), e.Sources(), e.Tags())
	}
	c := Event{ID: "c"}.WithRefs([]string{"o"}, []string{"s"}, nil)
	d := c.Clone()
	d.Sources()[0] = "changed"
	if c.Sources()[0] != "s" {
		t.Errorf("a clone shares its lists with the event: %q", c.Sources())
	}
}

// TestRefsTooManyToCount: more organisations or sources than the event
// counts in place go to its extra fields, are read and compared as any,
// and come back into place when they are fewer again.
func TestRefsTooManyToCount(t *testing.T) {
	many := make([]string, wideRefs+2)
	for i := range many {
		many[i] = fmt.Sprint("s", i)
	}
	for _, tc := range []struct {
		name                string
		orgs, sources, tags []string
	}{
		{"sources", []string{"o"}, many, []string{"t"}},
		{"organisations", many, []string{"s"}, nil},
	} {
		e := Event{ID: "e"}.WithRefs(tc.orgs, tc.sources, tc.tags)
		if e.Extra == nil || e.Extra.wide == nil {
			t.Fatalf("%s: the lists are not in the extra fields", tc.name)
		}
		if !slices.Equal(e.Orgs(), tc.orgs) || !slices.Equal(e.Sources(), tc.sources) || !slices.Equal(e.Tags(), tc.tags) {
			t.Errorf("%s: lists changed: %d %d %d", tc.name, len(e.Orgs()), len(e.Sources()), len(e.Tags()))
		}
		e.Tidy()
		if c := e.Clone(); !c.Equal(&e) || len(c.Sources()) != len(tc.sources) {
			t.Errorf("%s: a clone differs", tc.name)
		}
		shallow := e
		e.SetRefs([]string{"o"}, []string{"s"}, nil)
		if e.Extra != nil || !slices.Equal(e.Sources(), []string{"s"}) {
			t.Errorf("%s: back to few, extra %v, sources %q", tc.name, e.Extra, e.Sources())
		}
		if !slices.Equal(shallow.Orgs(), tc.orgs) || !slices.Equal(shallow.Sources(), tc.sources) {
			t.Errorf("%s: a copy of the event lost its lists when the event changed", tc.name)
		}
	}
}
