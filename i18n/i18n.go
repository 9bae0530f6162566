// Package i18n holds every string of the interface in English and French,
// one table per language, and picks the language from the command line or
// the environment.
package i18n

import (
	"fmt"
	"strings"

	"timeline/locale"
)

// Catalog gives the interface's strings in one language.
type Catalog struct {
	lang   locale.Lang
	tables []map[string]string // looked up in order
	cal    *calendar
}

// The tables of each language: the main one, the explorer's own strings
// (explorer_en.go) and the notebook's (notebook_en.go), apart so that each
// grows without clashing with the others.
var (
	englishTables = []map[string]string{english, englishMore, englishNotebook}
	frenchTables  = []map[string]string{french, frenchMore, frenchNotebook}
)

// For returns the catalog of lang; any language other than French is
// English.
func For(lang locale.Lang) Catalog {
	if lang == locale.French {
		return Catalog{lang: locale.French, tables: frenchTables, cal: &frenchCalendar}
	}
	return Catalog{lang: locale.English, tables: englishTables, cal: &englishCalendar}
}

// Lang returns the catalog's language.
func (c Catalog) Lang() locale.Lang { return c.lang }

// T returns the string for key, formatted with args as by fmt.Sprintf. A
// missing key (a bug the tests catch) shows as the key itself.
func (c Catalog) T(key string, args ...any) string {
	s, ok := lookup(c.tables, key)
	if !ok {
		s, ok = lookup(englishTables, key)
	}
	if !ok {
		return key
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// lookup returns key's string in the first of tables that has it.
func lookup(tables []map[string]string, key string) (string, bool) {
	for _, t := range tables {
		if s, ok := t[key]; ok {
			return s, true
		}
	}
	return "", false
}

// Keys returns every key of a language's table, for the completeness test.
func Keys(lang locale.Lang) []string {
	tables := englishTables
	if lang == locale.French {
		tables = frenchTables
	}
	var keys []string
	for _, t := range tables {
		for k := range t {
			keys = append(keys, k)
		}
	}
	return keys
}

// FromEnv picks the language from LC_ALL, LC_MESSAGES, then LANG, as
// POSIX does: the first one set decides. fr_FR.UTF-8 (or any "fr…") is
// French; anything else, or nothing, is English.
func FromEnv(getenv func(string) string) locale.Lang {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := getenv(v); s != "" {
			if strings.HasPrefix(strings.ToLower(s), "fr") {
				return locale.French
			}
			return locale.English
		}
	}
	return locale.English
}

// Kind returns the name of an event kind in the catalog's language.
func (c Catalog) Kind(k fmt.Stringer) string { return c.T("kind." + k.String()) }

// KindShort returns the list's short label of an event kind (at most 7
// columns).
func (c Catalog) KindShort(k fmt.Stringer) string { return c.T("kindshort." + k.String()) }

// Status returns the name of a status in the catalog's language.
func (c Catalog) Status(s fmt.Stringer) string { return c.T("status." + s.String()) }

// Stance returns a claim's stance in the catalog's language.
func (c Catalog) Stance(s string) string {
	if _, ok := lookup(c.tables, "stance."+s); ok {
		return c.T("stance." + s)
	}
	return s
}
