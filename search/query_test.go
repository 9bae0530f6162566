package search

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"timeline/locale"
	"timeline/model"
)

// queryDataset is a small handmade dataset with accents, aliases, claims,
// quotes and every kind of date.
func queryDataset() *model.Dataset {
	ds := &model.Dataset{
		People: []model.Person{
			{ID: "yann-lecun", Name: "Yann LeCun"},
			{ID: "alexandr-wang", Name: "Alexandr Wang", Aliases: []string{"Alex Wang"}},
			{ID: "zoe-lefevre", Name: "Zoé Lefèvre"},
		},
		Orgs: []model.Org{{ID: "meta", Name: "Meta"}, {ID: "scale-ai", Name: "Scale AI"}, {ID: "fair", Name: "FAIR"}},
		Sources: []model.Source{
			{ID: "tc", Outlet: "TechCrunch", Title: "Cracks are forming"},
			{ID: "lm", Outlet: "Le Monde", Title: "Départs en série"},
			{ID: "ft", Outlet: "Financial Times", Title: "Old guard sidelined"},
		},
		Events: []model.Event{
			model.Event{ID: "wang-caio", Date: model.MustDate("2025-06-30"), Kind: model.Appointment, Status: model.Confirmed,
				Title:  model.Text{En: "Wang named Chief AI Officer", Fr: "Wang nommé directeur de l'IA"},
				People: []model.PersonRef{model.NewPersonRef("alexandr-wang")}}.WithRefs([]string{"meta"}, []string{"tc"}, []string{"msl"}),
			model.Event{ID: "reorg", Date: model.MustDate("2025-08-19"), Kind: model.Reorganization, Status: model.Confirmed,
				Title:   model.Text{En: "MSL split into four groups", Fr: "Réorganisation : MSL scindé en quatre"},
				Summary: model.Text{En: "The reorganization moves FAIR.", Fr: "L'équipe FAIR change de tutelle."},
				People:  []model.PersonRef{model.NewPersonRef("yann-lecun")}}.WithRefs([]string{"meta", "fair"}, []string{"lm"}, nil),
			model.Event{ID: "vendor-dispute", Date: model.MustDate("2025-08"), Kind: model.Vendor, Status: model.Reported,
				Title: model.Text{En: "TBD Lab uses Surge and Mercor (C++ & regex.*)"},
				Extra: &model.EventExtra{Claims: []model.Claim{{Text: model.Text{En: "Scale is still a vendor"}, By: "zoe-lefevre", Stance: "denies", Source: "ft"}}}}.WithRefs([]string{"scale-ai"}, []string{"ft"}, nil),
			model.Event{ID: "quote-event", Date: model.MustDate("2025"), Kind: model.Departure, Status: model.Disputed, Approximate: true,
				Title: model.Text{En: "A researcher leaves"},
				Extra: &model.EventExtra{Quotes: []model.Quote{{Speaker: "zoe-lefevre", Text: "Je pars.", Lang: locale.French, Translation: model.Text{En: "I am leaving."}}},
					Claims: []model.Claim{{Text: model.Text{En: "She was pushed"}, By: "people familiar with the matter", Stance: "asserts"}}}}.WithRefs(nil, []string{"tc"}, nil),
			model.Event{ID: "long-event", Date: model.MustDate("2025-07-01"), Kind: model.Layoff, Status: model.Confirmed,
				Title: model.Text{En: "Layoffs roll on all summer"}}.WithEnd(model.MustDate("2025-09-15")).WithRefs(nil, []string{"lm", "tc"}, nil),
		},
	}
	ds.Index()
	return ds
}

func queryIDs(ds *model.Dataset, idx []int32) []string {
	out := []string{}
	for _, i := range idx {
		out = append(out, ds.Events[i].ID)
	}
	slices.Sort(out)
	return out
}

func TestQueryMatch(t *testing.T) {
	ds := queryDataset()
	ix := NewIndex(ds, nil)
	tests := []struct {
		q    string
		want string // sorted ids, space-separated
	}{
		{"", "long-event quote-event reorg vendor-dispute wang-caio"},
		{"   ", "long-event quote-event reorg vendor-dispute wang-caio"},
		{"lecun", "reorg"},          // a person's name
		{"LECUN", "reorg"},          // case
		{"equipe", "reorg"},         // accent in French summary
		{"ÉQUIPE", "reorg"},         // accent in the query
		{"e\u0301quipe", "reorg"},   // decomposed in the query
		{"reorganisation", "reorg"}, // French title
		{"réorganisation", "reorg"},
		{"reorganization", "reorg"},               // English summary
		{"alex wang", "wang-caio"},                // alias words, AND-ed
		{`"alex wang"`, "wang-caio"},              // alias as a phrase
		{`"wang named"`, "wang-caio"},             // phrase in the title
		{`"named wang"`, ""},                      // phrase order matters
		{"lefevre", "quote-event vendor-dispute"}, // speaker and claimant
		{"techcrunch", "long-event quote-event wang-caio"},
		{"départs", "long-event reorg"},    // headline
		{"familiar", "quote-event"},        // free-text claim by
		{"leaving", "quote-event"},         // quote translation
		{"pars", "quote-event"},            // quote text
		{"still vendor", "vendor-dispute"}, // claim text
		{"regex.*", "vendor-dispute"},      // metacharacters are plain
		{"c++", "vendor-dispute"},
		{".*", "vendor-dispute"},
		{"[", ""},
		{"kind:vendor", "vendor-dispute"},
		{"kind:departure,layoff", "long-event quote-event"},
		{"kind:Vend", "vendor-dispute"}, // unique prefix, case
		{"!kind:vendor", "long-event quote-event reorg wang-caio"},
		{"-kind:vendor -kind:layoff", "quote-event reorg wang-caio"},
		{"person:wang", "wang-caio"},
		{"person:alexandr-wang", "wang-caio"},
		{"person:zoe", "quote-event vendor-dispute"},
		{"person:lecun,wang", "reorg wang-caio"},
		{`person:"alex wang"`, "wang-caio"},
		{"org:scale", "vendor-dispute"},
		{"org:fair", "reorg"},
		{"org:meta", "reorg wang-caio"},
		{"outlet:techcrunch", "long-event quote-event wang-caio"},
		{"outlet:financial", "vendor-dispute"}, // via the claim's source
		{"outlet:monde", "long-event reorg"},
		{"status:confirmed", "long-event reorg wang-caio"},
		{"status:disputed", "quote-event vendor-dispute"}, // status, or a denied claim
		{"status:reported", "vendor-dispute"},
		{"!status:disputed", "long-event reorg wang-caio"},
		{"tag:msl", "wang-caio"},
		{"tag:nothing", ""},
		{"from:2025-08", "long-event quote-event reorg vendor-dispute"}, // the year-precision event spans all 2025
		{"from:2025-08 to:2025-08", "long-event quote-event reorg vendor-dispute"},
		{"from:2025-08-20 to:2025-08-31", "long-event quote-event vendor-dispute"},
		{"from:2025-09-16", "quote-event"},
		{"to:2025-06-30", "quote-event wang-caio"},
		{"to:2025-06", "quote-event wang-caio"},
		{"from:2026", ""},
		{"!from:2025-07", "wang-caio"},
		{"kind:reorganization lecun", "reorg"},
		{"!lecun", "long-event quote-event vendor-dispute wang-caio"},
		{"-lecun -wang", "long-event quote-event vendor-dispute"},
		{`!"alex wang"`, "long-event quote-event reorg vendor-dispute"},
		{"nomatch", ""},
		{"e", "long-event quote-event reorg vendor-dispute wang-caio"},
	}
	for _, tt := range tests {
		q, err := ParseQuery(tt.q)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", tt.q, err)
			continue
		}
		want := strings.Fields(tt.want)
		if want == nil {
			want = []string{}
		}
		if got := queryIDs(ds, q.Filter(ds)); !slices.Equal(got, want) {
			t.Errorf("%q: Query.Filter = %v, want %v", tt.q, got, want)
		}
		if got := queryIDs(ds, ix.Filter(q)); !slices.Equal(got, want) {
			t.Errorf("%q: Index.Filter = %v, want %v", tt.q, got, want)
		}
	}
}

func TestQueryMatchOutOfRange(t *testing.T) {
	ds := queryDataset()
	var q Query
	if q.Match(ds, -1) || q.Match(ds, len(ds.Events)) {
		t.Error("Match out of range is true")
	}
}

func TestFilterCtxCancelled(t *testing.T) {
	ds := queryDataset()
	ix := NewIndex(ds, nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	q, _ := ParseQuery("lecun")
	if out, err := ix.FilterCtx(ctx, q); !errors.Is(err, context.Canceled) || out != nil {
		t.Errorf("FilterCtx on a cancelled context = %v, %v", out, err)
	}
	if out, err := ix.FilterCtx(context.Background(), q); err != nil || len(out) != 1 {
		t.Errorf("FilterCtx = %v, %v", out, err)
	}
}

func TestSubset(t *testing.T) {
	ds := queryDataset()
	q, _ := ParseQuery("kind:vendor,layoff")
	sub := ds.Subset(q.Filter(ds))
	if len(sub.Events) != 2 || sub.Event("reorg") != nil || sub.Event("vendor-dispute") == nil || sub.Person("yann-lecun") == nil {
		t.Errorf("Subset: %d events, lookups wrong", len(sub.Events))
	}
	if len(ds.Events) != 5 || ds.Event("reorg") == nil {
		t.Error("Subset changed the original")
	}
}
