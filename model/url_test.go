package model_test

import (
	"testing"

	"timeline/model"
)

func TestWebURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://a.example/x":   "https://a.example/x",
		"HTTP://A.example":      "HTTP://A.example",
		" http://a.example/ ":   "http://a.example/",
		"javascript:alert(1)":   "",
		"file:///etc/passwd":    "",
		"https://":              "",
		"a.example/no-scheme":   "",
		"ftp://a.example/file":  "",
		"https://a.example/%zz": "",
	} {
		if got := model.WebURL(in); got != want {
			t.Errorf("WebURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEraContains(t *testing.T) {
	era := model.Era{Start: model.MustDate("1943"), End: model.MustDate("1946-06"), Label: model.Plain("ENIAC")}
	for d, want := range map[string]bool{"1942": false, "1943-01-01": true, "1946-06-30": true, "1946-07": false, "1940": false} {
		if got := era.Contains(model.MustDate(d)); got != want {
			t.Errorf("Contains(%s) = %v, want %v", d, got, want)
		}
	}
	if (model.Era{Start: model.MustDate("2025-08-19")}).Contains(model.MustDate("2025-08")) != true {
		t.Error("a one-day era is inside its month")
	}
}
