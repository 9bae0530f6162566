package search

import (
	"slices"
	"strings"
	"testing"

	"timeline/model"
)

// TestQueryKindAndStatusNone: events whose file gives no kind or status
// are found with kind:none and status:none, by both filters, and deep time
// works with from: and to:.
func TestQueryKindAndStatusNone(t *testing.T) {
	ds := &model.Dataset{Events: []model.Event{
		{ID: "big-bang", Date: model.MustDate("-13800000000"), Kind: model.NoKind, Status: model.NoStatus, Title: model.Plain("The Big Bang")},
		{ID: "wheel", Date: model.MustDate("-3500"), Kind: model.NoKind, Status: model.NoStatus, Title: model.Plain("A wheeled vehicle")},
		{ID: "moon", Date: model.MustDate("1969-07-20T20:17"), Kind: model.Report, Status: model.Confirmed, Title: model.Plain("Moon landing")},
	}}
	ds.Index()
	ix := NewIndex(ds, nil)
	for q, want := range map[string]string{
		"kind:none":                 "big-bang wheel",
		"kind:no":                   "big-bang wheel",
		"kind:report,none":          "big-bang moon wheel",
		"!kind:none":                "moon",
		"status:none":               "big-bang wheel",
		"status:confirmed":          "moon",
		"to:-4600000000":            "big-bang",
		"from:-4600000000 to:-0001": "wheel",
		"from:1969-07-20":           "moon",
	} {
		pq, err := ParseQuery(q)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", q, err)
			continue
		}
		w := strings.Fields(want)
		if got := queryIDs(ds, pq.Filter(ds)); !slices.Equal(got, w) {
			t.Errorf("%q: Query.Filter = %v, want %v", q, got, w)
		}
		if got := queryIDs(ds, ix.Filter(pq)); !slices.Equal(got, w) {
			t.Errorf("%q: Index.Filter = %v, want %v", q, got, w)
		}
	}
}
