package model

import (
	"net/url"
	"slices"
	"strings"
)

// FindPeople returns the people s names: the person whose id is s, else
// every person whose name or an alias is s, compared without case,
// accents or punctuation ("zoe lefevre" finds "Zoé Lefèvre"). More than
// one means s is ambiguous; none, that s is somebody new.
func (d *Dataset) FindPeople(s string) []*Person {
	if p := d.Person(s); p != nil {
		return []*Person{p}
	}
	key := foldName(s)
	if key == "" {
		return nil
	}
	var out []*Person
	for i := range d.People {
		p := &d.People[i]
		if foldName(p.Name) == key || slices.ContainsFunc(p.Aliases, func(a string) bool { return foldName(a) == key }) {
			out = append(out, p)
		}
	}
	return out
}

// FindOrgs returns the organisations s names: the one whose id is s, else
// every one whose name is s, compared as FindPeople compares names.
func (d *Dataset) FindOrgs(s string) []*Org {
	if o := d.Org(s); o != nil {
		return []*Org{o}
	}
	key := foldName(s)
	if key == "" {
		return nil
	}
	var out []*Org
	for i := range d.Orgs {
		if foldName(d.Orgs[i].Name) == key {
			out = append(out, &d.Orgs[i])
		}
	}
	return out
}

// SameSource returns d's source that is the same as s, or nil: the same
// URL is the same source (see SameURL), and a source with no URL is the
// same as one with no URL from the same outlet with the same headline and
// date. Ids do not count: the question is whether s is already cited
// under some id. It looks at every source, but parses only the addresses
// that share a word with s's.
func (d *Dataset) SameSource(s *Source) *Source {
	if s.URL == "" {
		for i := range d.Sources {
			if o := &d.Sources[i]; o.URL == "" && o.Title == s.Title && o.Published == s.Published && sameSource(o, s) {
				return o
			}
		}
		return nil
	}
	key, word := normalURL(s.URL), urlWord(s.URL)
	for i := range d.Sources {
		if o := &d.Sources[i]; o.URL != "" && strings.Contains(o.URL, word) && normalURL(o.URL) == key {
			return o
		}
	}
	return nil
}

// urlWord returns the longest run of ASCII letters, digits and - _ . in
// an address's path: a piece that any address SameURL takes for the same
// has too, written the same way.
func urlWord(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil {
		return ""
	}
	best, start := "", -1
	p := u.Path + "\x00"
	for i := 0; i < len(p); i++ {
		c := p[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start > len(best) {
			best = p[start:i]
		}
		start = -1
	}
	return best // "" for an address with no path: every address is parsed
}

func sameSource(a, b *Source) bool {
	if a.URL != "" || b.URL != "" {
		return SameURL(a.URL, b.URL)
	}
	return foldName(a.Outlet) == foldName(b.Outlet) && a.Title == b.Title && a.Published == b.Published
}

// SameURL reports whether two addresses name the same page as a reporter
// would see it: scheme (http or https), case of the host, a leading
// "www.", a trailing slash, a #fragment and utm_ tracking parameters do
// not count. Empty addresses are never the same.
func SameURL(a, b string) bool {
	na, nb := normalURL(a), normalURL(b)
	return na != "" && na == nb
}

// normalURL is the form in which SameURL compares addresses.
func normalURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return s
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	q := u.Query()
	for k := range q {
		if strings.HasPrefix(strings.ToLower(k), "utm_") {
			q.Del(k)
		}
	}
	out := host + strings.TrimSuffix(u.EscapedPath(), "/")
	if len(q) > 0 {
		out += "?" + q.Encode()
	}
	switch scheme := strings.ToLower(u.Scheme); scheme {
	case "http", "https":
		return "web://" + out
	default:
		return scheme + "://" + out
	}
}

// RelatedTo returns the ids of the events whose related list names id, in
// timeline order: what removing that event would leave pointing nowhere.
func (d *Dataset) RelatedTo(id string) []string {
	var out []string
	for i := range d.Events {
		if slices.Contains(d.Events[i].Related(), id) {
			out = append(out, d.Events[i].ID)
		}
	}
	return out
}
