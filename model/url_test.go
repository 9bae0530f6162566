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

func TestResolveURL(t *testing.T) {
	const base = "https://timeline.knightlab.com/examples/welcome.json"
	for _, tt := range []struct{ ref, base, want string }{
		{"https://a.example/x.png", "", "https://a.example/x.png"},
		{"//upload.wikimedia.org/a.jpg", "", "https://upload.wikimedia.org/a.jpg"},
		{"//upload.wikimedia.org/a.jpg", "http://b.example/t.json", "http://upload.wikimedia.org/a.jpg"},
		{"/static/welcome/step3.png", base, "https://timeline.knightlab.com/static/welcome/step3.png"},
		{"taylor/born.jpg", base, "https://timeline.knightlab.com/examples/taylor/born.jpg"},
		{"/static/welcome/step3.png", "", ""},
		{"/static/a.png", "/home/me/timeline.json", ""},
		{"javascript:alert(1)", base, ""},
		{"data:text/html,x", base, ""},
		{"<blockquote>q</blockquote>", base, ""},
		{"", base, ""},
	} {
		if got := model.ResolveURL(tt.ref, tt.base); got != tt.want {
			t.Errorf("ResolveURL(%q, %q) = %q, want %q", tt.ref, tt.base, got, tt.want)
		}
	}
}
