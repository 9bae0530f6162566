package i18n

import (
	"slices"
	"strings"
	"testing"

	"timeline/locale"
	"timeline/model"
)

// TestEveryKeyInBothLanguages fails when a key exists in one table only.
func TestEveryKeyInBothLanguages(t *testing.T) {
	en, fr := Keys(locale.English), Keys(locale.French)
	for _, k := range en {
		if !slices.Contains(fr, k) {
			t.Errorf("key %q is missing in French", k)
		}
	}
	for _, k := range fr {
		if !slices.Contains(en, k) {
			t.Errorf("key %q is missing in English", k)
		}
	}
}

// TestPlaceholdersMatch fails when a translation drops or adds a %d or %s.
func TestPlaceholdersMatch(t *testing.T) {
	en, fr := For(locale.English), For(locale.French)
	for _, k := range Keys(locale.English) {
		e, f := en.T(k), fr.T(k)
		for _, verb := range []string{"%d", "%s", "%q", "%v"} {
			if strings.Count(e, verb) != strings.Count(f, verb) {
				t.Errorf("key %q: %s count differs: %q vs %q", k, verb, e, f)
			}
		}
	}
}

func TestEveryKindHasNames(t *testing.T) {
	for _, lang := range []locale.Lang{locale.English, locale.French} {
		c := For(lang)
		for _, k := range model.Kinds() {
			if c.Kind(k) == "kind."+k.String() || c.KindShort(k) == "kindshort."+k.String() {
				t.Errorf("%s: kind %s has no name", lang, k)
			}
			if n := len([]rune(c.KindShort(k))); n > 8 {
				t.Errorf("%s: short label of %s is %d runes", lang, k, n)
			}
		}
	}
}

func TestFromEnv(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want locale.Lang
	}{
		{map[string]string{}, locale.English},
		{map[string]string{"LANG": "fr_FR.UTF-8"}, locale.French},
		{map[string]string{"LANG": "fr_FR.UTF-8", "LC_ALL": "C"}, locale.English},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_CA"}, locale.French},
		{map[string]string{"LC_ALL": "fr"}, locale.French},
	}
	for _, c := range cases {
		if got := FromEnv(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: got %s, want %s", c.env, got, c.want)
		}
	}
}

func TestFormatting(t *testing.T) {
	if got := For(locale.French).T("too.small", 10, 4); got != "terminal trop petit (10×4)" {
		t.Errorf("got %q", got)
	}
	if got := For(locale.English).T("no.such.key"); got != "no.such.key" {
		t.Errorf("got %q", got)
	}
}
