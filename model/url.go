package model

import (
	"net/url"
	"strings"
)

// WebURL returns u when it is an absolute http or https address with a
// host, else "".
func WebURL(u string) string {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		return u
	}
	return ""
}

// ResolveURL returns the web address to open for an address as a file
// writes it: an http or https address as it is; a protocol-relative one
// ("//upload.wikimedia.org/…") over https, or over the scheme of base; a
// relative one ("/static/a.png", "img/a.png") against base, the address
// the file itself came from. It returns "" when there is nothing a browser
// should open: a relative address with no web base, or any scheme but
// http and https. Addresses stay as written in data; they are resolved
// only to be opened.
func ResolveURL(ref, base string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.ContainsAny(ref, "<>\"'` \t\r\n") {
		return ""
	}
	if u := WebURL(ref); u != "" {
		return u
	}
	r, err := url.Parse(ref)
	if err != nil || r.Scheme != "" {
		return ""
	}
	b, err := url.Parse(WebURL(base))
	if err != nil || b.Host == "" {
		if strings.HasPrefix(ref, "//") {
			return WebURL("https:" + ref)
		}
		return ""
	}
	return WebURL(b.ResolveReference(r).String())
}
