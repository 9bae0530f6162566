package data

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// FetchTimeout bounds a whole fetch of a timeline by its address, from
// connecting to the last byte: a published sheet answers in well under it,
// and a server that never finishes does not hold the reporter forever.
const FetchTimeout = 30 * time.Second

// maxRedirects is how many redirects a fetch follows: a published Google
// Sheet redirects once or twice (docs.google.com to a
// googleusercontent.com address); more is a loop or a detour.
const maxRedirects = 5

// IsURL reports whether name is a web address to fetch rather than a
// file's path: it starts with http:// or https:// (in any case).
func IsURL(name string) bool {
	l := strings.ToLower(name)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// Fetcher fetches timelines by their address. The zero value is what Open
// uses: a client of its own, FetchTimeout and MaxFileBytes.
type Fetcher struct {
	Client  *http.Client  // nil for a client of its own
	Timeout time.Duration // 0 for FetchTimeout
	Limit   int64         // the largest body read, 0 for MaxFileBytes
}

func (f Fetcher) timeout() time.Duration {
	if f.Timeout > 0 {
		return f.Timeout
	}
	return FetchTimeout
}

func (f Fetcher) limit() int64 {
	if f.Limit > 0 {
		return f.Limit
	}
	return MaxFileBytes
}

// Fetch reads the timeline at a web address as ReadFile reads a file: only
// http and https, at most maxRedirects redirects and never to another
// scheme, FetchTimeout for the whole, and MaxFileBytes at most. It returns
// the body and the address it was finally read from, against which
// relative addresses in it resolve. Errors are one line naming the
// address.
func (f Fetcher) Fetch(ctx context.Context, address string) (body []byte, final string, err error) {
	u, err := url.Parse(address)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, "", fail(address, "not a web address to fetch: want http:// or https:// and a host")
	}
	client := f.client()
	ctx, cancel := context.WithTimeout(ctx, f.timeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", fail(address, "cannot fetch: %v", err)
	}
	req.Header.Set("Accept", "application/json, text/csv, text/plain;q=0.9, */*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		return nil, "", fail(address, "cannot fetch: %s", fetchReason(err, f.timeout()))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", fail(address, "cannot fetch: the server answered %s%s", resp.Status, statusHint(resp.StatusCode))
	}
	limit := f.limit()
	if resp.ContentLength > limit {
		return nil, "", fail(address, "the timeline is %s, over the %s limit", sizeOf(resp.ContentLength), sizeOf(limit))
	}
	body, err = io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, "", fail(address, "cannot fetch: %s", fetchReason(err, f.timeout()))
	}
	if int64(len(body)) > limit {
		return nil, "", fail(address, "the timeline is over the %s limit", sizeOf(limit))
	}
	return body, resp.Request.URL.String(), nil
}

// client returns the fetcher's client, with the redirect policy: few, and
// never from http or https to anything else.
func (f Fetcher) client() *http.Client {
	c := http.Client{Timeout: f.timeout()}
	if f.Client != nil {
		c = *f.Client
	}
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > maxRedirects {
			return fmt.Errorf("more than %d redirects", maxRedirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("a redirect to %s: is refused", req.URL.Scheme)
		}
		return nil
	}
	return &c
}

// sizeOf writes a number of bytes in MiB, or in bytes below one.
func sizeOf(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// fetchReason says in a few words why a fetch failed.
func fetchReason(err error, timeout time.Duration) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return fmt.Sprintf("no complete answer within %v", timeout)
		}
		err = ue.Err
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Sprintf("no complete answer within %v", timeout)
	case errors.Is(err, context.Canceled):
		return "stopped"
	}
	return err.Error()
}

// statusHint adds what a refusal usually means for a published sheet.
func statusHint(code int) string {
	switch code {
	case http.StatusUnauthorized, http.StatusForbidden:
		return " (is the sheet published to the web? File > Share > Publish to web, as CSV)"
	case http.StatusNotFound, http.StatusGone:
		return " (is the address right, and the file still there?)"
	}
	return ""
}

// OpenURL fetches the timeline at a web address and reads it as Open reads
// a file: forgiving, in whichever format it is written (a published Google
// Sheet's CSV, TimelineJS JSON, the native format). The dataset keeps the
// address it was read from as its Origin, so that relative media
// addresses resolve against it. progress, when not nil, is called once
// the body is read.
func (f Fetcher) OpenURL(ctx context.Context, address string, progress func(read, total int64, events int)) (Loaded, error) {
	body, final, err := f.Fetch(ctx, address)
	if err != nil {
		return Loaded{}, err
	}
	if progress != nil {
		progress(int64(len(body)), int64(len(body)), 0)
	}
	l, err := ParseForgiving(address, body)
	if l.Dataset != nil {
		l.Dataset.Origin = final
	}
	return l, err
}
