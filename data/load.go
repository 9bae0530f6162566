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
// Warnings (clipped fields) are returned alongside a usable dataset.
func Load(path string) (*model.Dataset, []Issue, error) {
	if path == "" {
		ds, err := Bundled()
		return ds, nil, err
	}
	b, err := ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	return Parse(path, b)
}

// Parse decodes b, named name in messages, in whatever supported format it
// is written.
func Parse(name string, b []byte) (*model.Dataset, []Issue, error) {
	return ParseNative(name, b)
}
