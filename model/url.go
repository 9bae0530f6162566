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
