package data

import (
	"bytes"
	"testing"

	"timeline/locale"
	"timeline/model"
)

// TestNativeKeepsSlides: an imported timeline written in the native format
// holds what its slides held (media, links, group, the introduction), in
// the keys encode.go writes; once the native decoder reads them, it loads
// back the same. Until then the comparison is skipped.
func TestNativeKeepsSlides(t *testing.T) {
	imported := openTJS(t, "women_in_computing.json").Dataset
	b, err := ExportJSON(imported, locale.English)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"media": {`, `"caption_links": [`, `"links": [`, `"intro": {`, `"background": {`, `"kind": "none"`, `"status": "none"`} {
		if !bytes.Contains(b, []byte(key)) {
			t.Errorf("the native export lacks %s", key)
		}
	}
	back, _, err := ParseNative("women.json", b)
	if err != nil {
		t.Fatal(err)
	}
	if back.Event("ada-lovelace").Media() == nil {
		t.Fatal("the native decoder lost the media")
	}
	checkSameDataset(t, imported, back)
}

// TestBundledNativeThroughTimelineJS: native JSON, then TimelineJS JSON,
// then native again gives the same bytes.
func TestBundledNativeThroughTimelineJS(t *testing.T) {
	orig := bundledForTest(t)
	want, _ := ExportJSON(orig, locale.English)
	tjs, _ := ExportTimelineJS(orig, locale.English)
	back, err := ParseForgiving("summer.json", tjs)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := ExportJSON(back.Dataset, locale.English)
	if !bytes.Equal(got, want) {
		t.Errorf("native → TimelineJS → native changed the file: %s", firstDifference(want, got))
	}
}

// TestNativeKindNone: a native file may say "none" for the kind and the
// status, as the native export of an imported timeline does; leaving
// either out is still an error.
func TestNativeKindNone(t *testing.T) {
	file := func(kind, status string) []byte {
		return []byte(`{"title": "T", "events": [{"id": "a", "date": "2025-08-25T14:30", "title": "A"` + kind + status +
			`, "sources": ["s"]}], "sources": [{"id": "s", "outlet": "O", "title": "S"}]}`)
	}
	ds, _, err := ParseNative("none.json", file(`, "kind": "none"`, `, "status": "none"`))
	if err != nil {
		t.Fatal(err)
	}
	if e := &ds.Events[0]; e.Kind != model.NoKind || e.Status != model.NoStatus || e.Date.String() != "2025-08-25T14:30" {
		t.Errorf("event %+v", e)
	}
	for name, b := range map[string][]byte{"no kind": file("", `, "status": "none"`), "no status": file(`, "kind": "none"`, "")} {
		if _, _, err := ParseNative(name, b); err == nil {
			t.Errorf("%s: a native file without it loads", name)
		}
	}
}
