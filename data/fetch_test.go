package data

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"timeline/model"
)

// timelineServer serves the TimelineJS test files under /files/, a
// published sheet under /sheet.csv, and the redirects, errors and slow
// answers the fetcher must handle. No test reaches the internet.
func timelineServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/files/", http.StripPrefix("/files/", http.FileServer(http.Dir(filepath.Join("testdata", "timelinejs")))))
	mux.HandleFunc("/sheet.csv", func(w http.ResponseWriter, r *http.Request) {
		b, err := os.ReadFile(filepath.Join("testdata", "timelinejs", "women_in_computing.csv"))
		if err != nil {
			t.Error(err)
		}
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Write(b)
	})
	mux.HandleFunc("/pub", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/sheet.csv", http.StatusTemporaryRedirect) // as docs.google.com does
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "file:///etc/passwd")
		w.WriteHeader(http.StatusFound)
	})
	mux.HandleFunc("/private", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "not published", http.StatusUnauthorized)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 4096)))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestOpenByURL: a TimelineJS JSON and a published sheet open by their
// address as files do, and relative media resolve against the address.
func TestOpenByURL(t *testing.T) {
	srv := timelineServer(t)
	l, err := Open(srv.URL+"/files/welcome.json", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Dataset.Events) != 17 || l.Dataset.Origin != srv.URL+"/files/welcome.json" || l.Slides.Opened != 17 {
		t.Fatalf("%d events from %q, %+v", len(l.Dataset.Events), l.Dataset.Origin, l.Slides)
	}
	e := l.Dataset.Event("it-s-easy-to-make-your-own-timeline")
	if got := model.ResolveURL(e.Media().URL, l.Dataset.Origin); got != srv.URL+"/static/welcome/step3.png" {
		t.Errorf("the relative media resolves to %q", got)
	}
	ds, _, err := Load(srv.URL + "/pub")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Events) != 10 || ds.Origin != srv.URL+"/sheet.csv" {
		t.Errorf("the published sheet: %d events from %q", len(ds.Events), ds.Origin)
	}
	b, err := ReadFile(srv.URL + "/files/cosmo.json")
	if err != nil || !strings.Contains(string(b), "-13800000000") {
		t.Errorf("ReadFile by address: %v", err)
	}
}

// TestFetchRefusals: few redirects, never to another scheme, a bounded
// body and time, http and https only, and a message that says why.
func TestFetchRefusals(t *testing.T) {
	srv := timelineServer(t)
	f := Fetcher{Timeout: 300 * time.Millisecond, Limit: 1024}
	for _, tt := range []struct{ path, want string }{
		{"/loop", "more than 5 redirects"},
		{"/to-file", "redirect to file: is refused"},
		{"/private", "401 Unauthorized (is the sheet published to the web?"},
		{"/missing", "404 Not Found"},
		{"/big", "over the 1024 bytes limit"},
		{"/slow", "no complete answer within 300ms"},
	} {
		_, _, err := f.Fetch(context.Background(), srv.URL+tt.path)
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v, want one line saying %q", tt.path, err, tt.want)
		}
	}
	for _, addr := range []string{"file:///etc/passwd", "ftp://example.org/a.json", "https://", "javascript:alert(1)"} {
		if _, _, err := f.Fetch(context.Background(), addr); err == nil || !strings.Contains(err.Error(), "not a web address") {
			t.Errorf("%s: err = %v", addr, err)
		}
	}
	if IsURL("timeline.json") || IsURL("/tmp/http:/x") || !IsURL("HTTPS://example.org/x") {
		t.Error("IsURL tells a path from an address wrongly")
	}
}
