package model

import (
	"slices"
	"testing"
	"timeline/locale"
)

func TestTextIn(t *testing.T) {
	tests := []struct {
		name         string
		text         Text
		lang         locale.Lang
		want         string
		wantFallback bool
	}{
		{"en present", Text{En: "hello", Fr: "bonjour"}, locale.English, "hello", false},
		{"fr present", Text{En: "hello", Fr: "bonjour"}, locale.French, "bonjour", false},
		{"fr missing falls back to en", Text{En: "hello"}, locale.French, "hello", true},
		{"en missing falls back to fr", Text{Fr: "bonjour"}, locale.English, "bonjour", true},
		{"other language asked, en first", Text{En: "hello", Fr: "bonjour"}, "de", "hello", true},
		{"other language present", Text{En: "hello", Other: map[string]string{"de": "hallo"}}, "de", "hallo", false},
		{"only an other language", Text{Other: map[string]string{"de": "hallo"}}, locale.French, "hallo", true},
		{"empty other values are skipped", Text{Other: map[string]string{"de": ""}}, locale.English, "", false},
		{"empty text", Text{}, locale.English, "", false},
		{"plain", Plain("same"), locale.French, "same", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, fb := tt.text.In(tt.lang)
			if got != tt.want || fb != tt.wantFallback {
				t.Errorf("In(%q) = %q, %v; want %q, %v", tt.lang, got, fb, tt.want, tt.wantFallback)
			}
			if s := tt.text.String(tt.lang); s != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.lang, s, tt.want)
			}
		})
	}
}

func TestTextIsZero(t *testing.T) {
	tests := []struct {
		text Text
		want bool
	}{
		{Text{}, true},
		{Text{Other: map[string]string{"de": ""}}, true},
		{Text{En: "x"}, false},
		{Text{Fr: "x"}, false},
		{Text{Other: map[string]string{"de": "x"}}, false},
	}
	for _, tt := range tests {
		if got := tt.text.IsZero(); got != tt.want {
			t.Errorf("%+v.IsZero() = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestTextEach(t *testing.T) {
	tx := Text{En: "hello", Fr: "bonjour", Other: map[string]string{"de": "hallo", "es": "hola", "it": ""}}
	var langs []string
	tx.Each(func(lang, s string) {
		if s == "" {
			t.Errorf("Each called with an empty string for %q", lang)
		}
		langs = append(langs, lang)
	})
	if len(langs) != 4 || langs[0] != "en" || langs[1] != "fr" {
		t.Fatalf("Each visited %v, want en, fr then the others", langs)
	}
	rest := slices.Clone(langs[2:])
	slices.Sort(rest)
	if !slices.Equal(rest, []string{"de", "es"}) {
		t.Errorf("Each visited other languages %v, want [de es]", rest)
	}
}
