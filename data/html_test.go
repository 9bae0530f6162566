package data

import (
	"slices"
	"testing"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, in, want string
		links          []htmlLink
	}{
		{"plain", "just text", "just text", nil},
		{"entities", "Tom &amp; Jerry &eacute;t&eacute; &#8212; &lt;b&gt; &quot;q&quot; &nbsp;x", "Tom & Jerry été — <b> \"q\" \u00a0x", nil},
		{"white space collapses", "  a \n\t b  ", "a b", nil},
		{"paragraphs", "<p>one</p><p>two</p>", "one\n\ntwo", nil},
		{"br", "a<br>b<br/>c", "a\nb\nc", nil},
		{"list", "<ul><li>one</li><li> two </li></ul>after", "- one\n- two\n\nafter", nil},
		{"inline tags", "<b>bold</b> and <span class=\"x\">span</span>", "bold and span", nil},
		{"script and style skipped", "a<script>alert('<p>')</script>b<style>p{}</style>c", "abc", nil},
		{"comment", "a<!-- <p>hidden</p> -->b", "ab", nil},
		{"lone less-than", "1 < 2 and 3<4", "1 < 2 and 3<4", nil},
		{"cite", "<blockquote>Words. <cite>Someone</cite></blockquote>", "Words.\n— Someone", nil},
		{"links", `<a href="https://a.example/x?y=1&amp;z=2">A</a> <a href='http://b.example'>B</a> <a href=https://c.example/>C</a>`,
			"A B C", []htmlLink{{"https://a.example/x?y=1&z=2", "A"}, {"http://b.example", "B"}, {"https://c.example/", "C"}}},
		{"repeated link once", `<a href="https://a.example">one</a> <a href="https://a.example">two</a>`, "one two",
			[]htmlLink{{"https://a.example", "one"}}},
		{"non-web links dropped, relative ones kept", `<a href="javascript:alert(1)">x</a><a href="mailto:a@b">y</a><a href="/relative">z</a><a href='#make'>w</a>`,
			"xyzw", []htmlLink{{"/relative", "z"}, {"#make", "w"}}},
		{"attribute with >", `<a title="a>b" href="https://a.example">t</a>`, "t", []htmlLink{{"https://a.example", "t"}}},
		{"unterminated tag", "a <b", "a <b", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, links := htmlToText(tt.in)
			if got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
			if !slices.Equal(links, tt.links) {
				t.Errorf("links = %q, want %q", links, tt.links)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Ada Lovelace":                      "ada-lovelace",
		"...And the women who made it work": "and-the-women-who-made-it-work",
		"\"The Mother of the Internet\"":    "the-mother-of-the-internet",
		"Rózsa Péter":                       "rózsa-péter",
		"!!!":                               "",
		"A very long headline that goes on and on and on well past sixty bytes of text": "a-very-long-headline-that-goes-on-and-on-and-on-well-past",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
	taken := map[string]bool{"a": true, "a-2": true}
	if got := uniqueID("a", taken); got != "a-3" {
		t.Errorf("uniqueID = %q, want a-3", got)
	}
}
