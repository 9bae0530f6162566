// Package locale names the languages that content and the interface are
// written in. It is a leaf: the domain, the interface's strings and
// everything else can name a language without importing one another.
package locale

// Lang is a content language code such as "en" or "fr".
type Lang string

// The languages the interface and the bundled dataset are written in.
const (
	English Lang = "en"
	French  Lang = "fr"
)
