package model

import (
	"slices"
	"testing"
	"timeline/locale"
)

func entitiesFixture() *Dataset {
	ds := &Dataset{
		People: []Person{
			{ID: "zed", Name: "Zed Z", Roles: []Role{{Org: "acme", Title: Plain("engineer")}}},
			{ID: "amy", Name: "Amy A"},
			{ID: "bob", Name: "Bob B"},
		},
		Orgs: []Org{{ID: "acme", Name: "Acme", Kind: "company"}, {ID: "lab", Name: "Lab", Kind: "lab", Parent: "acme"}},
		Sources: []Source{
			{ID: "s1", Outlet: "Wired"}, {ID: "s2", Outlet: "Wired"}, {ID: "s3", Outlet: "The Verge"}, {ID: "s4"},
		},
		Events: []Event{
			Event{ID: "e2", Date: MustDate("2025-02-01"), People: []PersonRef{NewPersonRef("zed")},
				Extra: &EventExtra{Quotes: []Quote{{Speaker: "zed"}}}}.WithRefs([]string{"acme"}, []string{"s1", "s2"}, nil),
			Event{ID: "e1", Date: MustDate("2025-01-01"), People: []PersonRef{NewPersonRef("amy")},
				Extra: &EventExtra{Claims: []Claim{{By: "zed"}, {By: "TechCrunch's sources"}}}}.WithRefs(nil, []string{"s3"}, nil),
			Event{ID: "e3", Date: MustDate("2025-03"),
				Extra: &EventExtra{Quotes: []Quote{{Speaker: "amy"}}}}.WithRefs([]string{"lab", "acme"}, []string{"s2", "s4"}, nil),
		},
	}
	ds.Index()
	return ds
}

func TestPeopleIndex(t *testing.T) {
	ds := entitiesFixture()
	rows := PeopleIndex(ds, 0, locale.English)
	var names []string
	for _, r := range rows {
		names = append(names, r.Name)
	}
	if !slices.Equal(names, []string{"Amy A", "Bob B", "Zed Z"}) {
		t.Fatalf("names %v", names)
	}
	tests := []struct {
		row         EntityRow
		events      []int32
		detail      string
		first, last string
	}{
		{rows[0], []int32{0, 2}, "", "2025-01-01", "2025-03"}, // person and quote speaker
		{rows[1], nil, "", "", ""},                            // in no event
		{rows[2], []int32{0, 1}, "engineer · Acme", "2025-01-01", "2025-02-01"},
	}
	for _, tt := range tests {
		r := tt.row
		if !slices.Equal(r.Events, tt.events) || r.Detail != tt.detail || r.First.String() != tt.first || r.Last.String() != tt.last {
			t.Errorf("%s: events %v detail %q %s–%s; want %v %q %s–%s", r.ID, r.Events, r.Detail, r.First, r.Last,
				tt.events, tt.detail, tt.first, tt.last)
		}
	}
}

func TestOrgAndOutletIndex(t *testing.T) {
	ds := entitiesFixture()
	orgs := OrgIndex(ds, 0, locale.English)
	if len(orgs) != 2 || orgs[0].ID != "acme" || !slices.Equal(orgs[0].Events, []int32{1, 2}) ||
		orgs[1].Detail != "lab · Acme" || !slices.Equal(orgs[1].Events, []int32{2}) {
		t.Errorf("orgs = %+v", orgs)
	}
	outlets := OutletIndex(ds, 0, locale.English)
	if len(outlets) != 2 || outlets[0].Name != "The Verge" || outlets[1].Name != "Wired" ||
		!slices.Equal(outlets[1].Events, []int32{1, 2}) || outlets[1].Detail != "2 sources" || outlets[0].Detail != "1 source" {
		t.Errorf("outlets = %+v", outlets)
	}
}

func TestEventsOf(t *testing.T) {
	ds := entitiesFixture()
	tests := []struct {
		kind EntityKind
		id   string
		want []int32
	}{
		{PersonEntity, "zed", []int32{0, 1}},
		{PersonEntity, "amy", []int32{0, 2}},
		{PersonEntity, "nobody", nil},
		{OrgEntity, "acme", []int32{1, 2}},
		{OutletEntity, "Wired", []int32{1, 2}},
		{OutletEntity, "The Verge", []int32{0}},
	}
	for _, tt := range tests {
		if got := EventsOf(ds, tt.kind, tt.id); !slices.Equal(got, tt.want) {
			t.Errorf("EventsOf(%d, %s) = %v, want %v", tt.kind, tt.id, got, tt.want)
		}
	}
	// The indexes and EventsOf agree.
	for _, r := range PeopleIndex(ds, 0, locale.English) {
		if got := EventsOf(ds, PersonEntity, r.ID); !slices.Equal(got, r.Events) {
			t.Errorf("%s: EventsOf %v, index %v", r.ID, got, r.Events)
		}
	}
}
