package model

import (
	"strings"
	"testing"
)

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Meta cuts 600 jobs", "meta-cuts-600-jobs"},
		{"Zoé Lefèvre quitte l'équipe", "zoe-lefevre-quitte-l-equipe"},
		{"Ze\u0301phyr  —  “Œuvre” & Straße!", "zephyr-oeuvre-strasse"},
		{"  --Hello--World--  ", "hello-world"},
		{"ÉTÉ 2025", "ete-2025"},
		{"人工智能实验室", "event"},
		{"人工智能 lab 2", "lab-2"},
		{"", "event"},
		{"\x1b]52;c;aGk=\x07title", "52-c-agk-title"},
		{strings.Repeat("word ", 40), strings.TrimSuffix(strings.Repeat("word-", 12), "-")},
		{strings.Repeat("x", 100), strings.Repeat("x", MaxSlugBytes)},
		{"short " + strings.Repeat("y", 80), "short-" + strings.Repeat("y", MaxSlugBytes-len("short-"))},
	} {
		if got := Slug(tc.in, "event"); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := Slug(tc.in, "event"); len(got) > MaxSlugBytes {
			t.Errorf("Slug(%q) is %d bytes long", tc.in, len(got))
		}
	}
}

func TestUniqueID(t *testing.T) {
	taken := map[string]bool{"a": true, "a-2": true, strings.Repeat("z", MaxSlugBytes): true}
	if got := UniqueID("b", func(id string) bool { return taken[id] }); got != "b" {
		t.Errorf("free id changed to %q", got)
	}
	if got := UniqueID("a", func(id string) bool { return taken[id] }); got != "a-3" {
		t.Errorf("UniqueID(a) = %q, want a-3", got)
	}
	long := strings.Repeat("z", MaxSlugBytes)
	got := UniqueID(long, func(id string) bool { return taken[id] })
	if len(got) > MaxSlugBytes || !strings.HasSuffix(got, "-2") {
		t.Errorf("UniqueID(long) = %q (%d bytes)", got, len(got))
	}
}

func TestFoldName(t *testing.T) {
	same := [][]string{
		{"Zoé Lefèvre", "zoe lefevre", "ZOE  LEFÈVRE", "Zoe\u0301 Lefe\u0300vre", "zoé-lefèvre"},
		{"Alexandr Wang", "alexandr wang", " Alexandr\tWang "},
		{"Straße", "STRASSE"},
	}
	for _, group := range same {
		for _, s := range group[1:] {
			if foldName(s) != foldName(group[0]) {
				t.Errorf("foldName(%q) = %q, want %q", s, foldName(s), foldName(group[0]))
			}
		}
	}
	if foldName("Anna") == foldName("Anne") {
		t.Error("different names fold the same")
	}
}

// FuzzSlug: whatever the title, the id is lower-case ASCII letters,
// digits and single inner hyphens, never empty, never too long.
func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Meta cuts 600 jobs", "Zoé", "\x1b[2J", "人工智能", "--", "ǅ ß ﬁ Ⅻ", strings.Repeat("é", 100)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id := Slug(s, "event")
		if id == "" || len(id) > MaxSlugBytes || id[0] == '-' || id[len(id)-1] == '-' || strings.Contains(id, "--") {
			t.Fatalf("Slug(%q) = %q", s, id)
		}
		for _, c := range []byte(id) {
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				t.Fatalf("Slug(%q) = %q", s, id)
			}
		}
	})
}
