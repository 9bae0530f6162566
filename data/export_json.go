package data

import (
	"timeline/locale"
	"timeline/model"
)

// ExportJSON writes the dataset in the native JSON format, every language
// included (lang is not used): a file that validates and loads back to the
// same dataset. Events come in timeline order, indented by two spaces. It
// is WriteNative into memory, so that an export and a save are the same
// bytes by construction.
func ExportJSON(ds *model.Dataset, lang locale.Lang) ([]byte, error) {
	json, _ := ExporterFor("json")
	return Exporter(json).Bytes(ds, lang)
}
