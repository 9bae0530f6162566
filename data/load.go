package data

import (
	_ "embed"

	"timeline/model"
)

//go:embed summer2025.json
var bundled []byte

// BundledName is how the embedded dataset is named in messages.
const BundledName = "bundled:summer2025.json"

// Bundled returns the embedded dataset of the summer of 2025.
func Bundled() (*model.Dataset, error) {
	ds, _, err := ParseNative(BundledName, bundled)
	return ds, err
}

// BundledJSON returns the raw embedded file, for export and tests.
func BundledJSON() []byte { return bundled }

// Load reads the dataset at path, or the bundled one when path is empty.
// Warnings (clipped fields) are returned alongside a usable dataset. A
// plain native file is decoded as it is read (see LoadWithProgress).
func Load(path string) (*model.Dataset, []Issue, error) {
	if path == "" {
		ds, err := Bundled()
		return ds, nil, err
	}
	return LoadWithProgress(path, nil)
}

// Parse decodes b, named name in messages, in whatever supported format it
// is written: the native JSON, TimelineJS JSON (v3 or 2) or a TimelineJS
// sheet as CSV, told apart by content (see detectFormat).
func Parse(name string, b []byte) (*model.Dataset, []Issue, error) {
	switch detectFormat(b) {
	case formatTimelineJS, formatLegacyTimelineJS:
		return ParseTimelineJS(name, b)
	case formatSheetCSV:
		return ParseSheetCSV(name, b)
	}
	return ParseNative(name, b)
}
