package data

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"timeline/locale"
	"timeline/model"
)

// The French of the bundled dataset follows the typography of a French copy
// desk: a narrow no-break space (U+202F) before ; ! ? and », and after «; a
// no-break space (U+00A0) before : and %, and between the groups of digits
// of a number; the typographic apostrophe ’ and the quotation marks « »
// (with “ ” inside them), never the straight ' and ".
const (
	narrowNBSP = '\u202f'
	nbsp       = '\u00a0'
)

// frenchString is one French string of a dataset and where it is.
type frenchString struct {
	where, text string
}

// frenchStrings returns every French string of ds: the dataset's title and
// description, each event's title, summary, date label, people's roles,
// claims and quote translations (and quotes said in French), every role of
// every person, the notes of reporting lines and sources, and era labels.
func frenchStrings(ds *model.Dataset) []frenchString {
	var out []frenchString
	add := func(where string, t model.Text) {
		if t.Fr != "" {
			out = append(out, frenchString{where, t.Fr})
		}
	}
	add("title", ds.Title)
	add("description", ds.Description)
	for i := range ds.Events {
		e := &ds.Events[i]
		add(e.ID+".title", e.Title)
		add(e.ID+".summary", e.Summary)
		add(e.ID+".date_label", e.DateLabel())
		for _, p := range e.People {
			add(e.ID+".people["+p.ID()+"].role", p.Role())
		}
		for j, c := range e.Claims() {
			add(fmt.Sprintf("%s.claims[%d]", e.ID, j), c.Text)
		}
		for j, q := range e.Quotes() {
			add(fmt.Sprintf("%s.quotes[%d].translation", e.ID, j), q.Translation)
			if q.Lang == locale.French {
				out = append(out, frenchString{fmt.Sprintf("%s.quotes[%d].text", e.ID, j), q.Text})
			}
		}
	}
	for _, p := range ds.People {
		for j, r := range p.Roles {
			add(fmt.Sprintf("people[%s].roles[%d]", p.ID, j), r.Title)
		}
	}
	for i, l := range ds.ReportingLines {
		add(fmt.Sprintf("reporting_lines[%d] (%s → %s).note", i, l.Person, l.ReportsTo), l.Note)
	}
	for _, s := range ds.Sources {
		add("sources["+s.ID+"].note", s.Note())
	}
	for i, e := range ds.Eras {
		add(fmt.Sprintf("eras[%d].label", i), e.Label)
	}
	return out
}

// spacedThousands finds a number whose groups of digits are separated by
// an ordinary space, such as "1 400".
var spacedThousands = regexp.MustCompile(`\d \d{3}(?:\D|$)`)

// frenchTypography lists what is wrong with the typography of s.
func frenchTypography(s string) []string {
	var probs []string
	name := func(r rune) string {
		switch r {
		case ' ':
			return "an ordinary space"
		case nbsp:
			return "a no-break space (U+00A0)"
		case narrowNBSP:
			return "a narrow no-break space (U+202F)"
		}
		return "no space"
	}
	context := func(i int) string {
		from, to := max(0, i-20), min(len(s), i+20)
		for from > 0 && !utf8.RuneStart(s[from]) {
			from--
		}
		for to < len(s) && !utf8.RuneStart(s[to]) {
			to++
		}
		return strings.NewReplacer("\u202f", "⍽", "\u00a0", "°").Replace(s[from:to])
	}
	prev := rune(0)
	for i, r := range s {
		var want rune
		switch r {
		case ';', '!', '?', '»':
			want = narrowNBSP
			if (r == '!' || r == '?') && (prev == '!' || prev == '?') {
				want = prev // ?! and !! take one space, before the first
			}
		case ':', '%':
			want = nbsp
		case '\'':
			probs = append(probs, fmt.Sprintf("straight apostrophe ' (want ’) in %q", context(i)))
		case '"':
			probs = append(probs, fmt.Sprintf(`straight quote " (want « » or “ ”) in %q`, context(i)))
		}
		if want != 0 && prev != want {
			probs = append(probs, fmt.Sprintf("%s before %c, want %s, in %q", name(prev), r, name(want), context(i)))
		}
		if prev == '«' && r != narrowNBSP {
			probs = append(probs, fmt.Sprintf("%s after «, want %s, in %q", name(r), name(narrowNBSP), context(i)))
		}
		prev = r
	}
	if prev == '«' {
		probs = append(probs, "« at the end of the text")
	}
	for _, m := range spacedThousands.FindAllStringIndex(s, -1) {
		probs = append(probs, fmt.Sprintf("digits grouped with an ordinary space (want U+00A0) in %q", context(m[0]+1)))
	}
	return probs
}

func TestFrenchTypographyRules(t *testing.T) {
	good := []string{
		"Meta prend 49\u00a0% de Scale\u202f; Google s’en va.",
		"Il a dit\u00a0: «\u202fC’est ma dernière semaine\u202f», puis «\u202fil a écrit “oui”\u202f».",
		"Environ 1\u00a0400 salariés, 14,3 milliards de dollars, en 2025.",
		"Vraiment\u202f?! Oui\u202f!",
		"fin août 2025 (vers le 26-27 août)",
	}
	for _, s := range good {
		if p := frenchTypography(s); len(p) != 0 {
			t.Errorf("%q: %v", s, p)
		}
	}
	bad := map[string]int{
		"Meta prend 49 % de Scale ; Google s'en va.":  3,
		"Il a dit : « C'est ma dernière semaine »":    4,
		"Il a dit: «C’est fini»":                      3,
		"Environ 1 400 salariés":                      1,
		"Le \"double down\" de Droege":                2,
		"Vraiment ? Oui!":                             2,
		"Le gel\u00a0; la note\u00a0?":                2,
		"Fin\u202f: 14\u202f%":                        2,
		"un « omni\u202f» et «\u202fomni »":           2,
		"la « mi-juillet » et 49% et 200 000 emplois": 4,
	}
	for s, n := range bad {
		if p := frenchTypography(s); len(p) != n {
			t.Errorf("%q: %d problems, want %d: %v", s, len(p), n, p)
		}
	}
}

func TestBundledFrenchTypography(t *testing.T) {
	ds := loadBundled(t)
	strs := frenchStrings(ds)
	if len(strs) < 250 {
		t.Fatalf("only %d French strings found in the bundled dataset", len(strs))
	}
	n := 0
	for _, f := range strs {
		for _, p := range frenchTypography(f.text) {
			n++
			t.Errorf("%s: %s", f.where, p)
		}
	}
	if n > 0 {
		t.Logf("%d typography problems in %d French strings", n, len(strs))
	}
}
