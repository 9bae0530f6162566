package model

import "timeline/locale"

// Text is a piece of content in one or more languages. English and French
// have their own fields because nearly every string has them; any other
// language is kept in Other so that nothing a user wrote is lost.
type Text struct {
	En, Fr string
	Other  map[string]string
}

// Plain returns a Text with the same string in no particular language: it
// is shown whatever the chosen language.
func Plain(s string) Text { return Text{En: s} }

// In returns the text in lang. When that language is missing it falls back
// to English, then French, then any other language, and reports fallback.
func (t Text) In(lang locale.Lang) (s string, fallback bool) {
	if v := t.get(lang); v != "" {
		return v, false
	}
	for _, l := range []locale.Lang{locale.English, locale.French} {
		if v := t.get(l); v != "" {
			return v, true
		}
	}
	for _, v := range t.Other {
		if v != "" {
			return v, true
		}
	}
	return "", false
}

// String returns the text in lang, falling back silently.
func (t Text) String(lang locale.Lang) string {
	s, _ := t.In(lang)
	return s
}

// IsZero reports whether the text has no content in any language.
func (t Text) IsZero() bool { return t.En == "" && t.Fr == "" && t.otherZero() }

// Each calls f for every language the text has, English and French first.
func (t Text) Each(f func(lang string, s string)) {
	if t.En != "" {
		f(string(locale.English), t.En)
	}
	if t.Fr != "" {
		f(string(locale.French), t.Fr)
	}
	for k, v := range t.Other {
		if v != "" {
			f(k, v)
		}
	}
}

// HasOther reports whether the text has content in a language other than
// English and French.
func (t Text) HasOther() bool { return !t.otherZero() }

// otherZero reports whether the text has no content in a language other
// than English and French.
func (t *Text) otherZero() bool {
	for _, v := range t.Other {
		if v != "" {
			return false
		}
	}
	return true
}

func (t Text) get(lang locale.Lang) string {
	switch lang {
	case locale.English:
		return t.En
	case locale.French:
		return t.Fr
	}
	return t.Other[string(lang)]
}
