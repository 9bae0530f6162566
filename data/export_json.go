package data

import (
	"bytes"

	"timeline/locale"
	"timeline/model"
)

// ExportJSON writes the dataset in the native JSON format, every language
// included (lang is not used): a file that validates and loads back to the
// same dataset. Events come in timeline order, indented by two spaces. It
// is WriteNative into memory, so that an export and a save are the same
// bytes by construction.
func ExportJSON(ds *model.Dataset, _ locale.Lang) ([]byte, error) {
	var buf bytes.Buffer
	if err := WriteNative(&buf, ds); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
