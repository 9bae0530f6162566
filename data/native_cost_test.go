package data_test

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"timeline/data"
	"timeline/data/synth"
)

// TestOneBadFieldCost holds the decoder to its promise that a file with
// one bad field or byte costs at most 1.5 times the memory and the time
// of the same valid file: the bytes it allocates loading a generated file
// of 10k events, valid, with an unknown kind in its last event, with a key
// given twice and with a bad byte there, are compared, from disk as the
// explorer loads a file and from memory as validate does. Bytes allocated
// measure the work done without depending on the machine's load; the
// decoder reads every file once, whatever it finds.
func TestOneBadFieldCost(t *testing.T) {
	var buf bytes.Buffer
	if err := synth.Write(&buf, 10_000, 1); err != nil {
		t.Fatal(err)
	}
	valid := buf.String()
	lastEvent := strings.LastIndex(valid[:strings.Index(valid, `],"sources":[`)], `{"id":`)
	head, last := valid[:lastEvent], valid[lastEvent:]
	variants := []struct {
		name, file string
		want       string // in the error or the warning, "" for valid
	}{
		{"valid", valid, ""},
		{"unknown kind", head + replaceValue(t, last, `"kind":"`, "firing"), `unknown kind "firing"`},
		{"key twice", head + strings.Replace(last, `,"date":`, `,"date":"2025-01-01","date":`, 1), `duplicate key "date"`},
		{"bad byte", head + strings.Replace(last, `,"title":`, `,"title";`, 1), "invalid JSON"},
	}
	dir := t.TempDir()
	var base [2]uint64
	for i, v := range variants {
		path := filepath.Join(dir, strings.ReplaceAll(v.name, " ", "-")+".json")
		b := []byte(v.file)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		for j, load := range []func() (string, error){
			func() (string, error) {
				l, err := data.Open(path, nil)
				return issueText(l.Warnings, err), err
			},
			func() (string, error) {
				_, ws, err := data.ParseNative(path, b)
				return issueText(ws, err), err
			},
		} {
			var said string
			n := allocated(func() { said, _ = load() })
			if v.want == "" && said != "" || !strings.Contains(said, v.want) {
				t.Fatalf("%s: the load says %q, want %q", v.name, said, v.want)
			}
			if i == 0 {
				base[j] = n
				continue
			}
			ratio := float64(n) / float64(base[j])
			t.Logf("%s, %s: %.1f MB allocated, %.2f times the valid file's", v.name, []string{"from disk", "from memory"}[j], float64(n)/1e6, ratio)
			if ratio > 1.5 {
				t.Errorf("%s, %s: %.2f times the bytes the valid file takes, want at most 1.5", v.name, []string{"from disk", "from memory"}[j], ratio)
			}
		}
	}
}

// replaceValue replaces the string value after key in s.
func replaceValue(t *testing.T, s, key, value string) string {
	i := strings.Index(s, key)
	if i < 0 {
		t.Fatalf("no %s in %.80s", key, s)
	}
	i += len(key)
	j := i + strings.IndexByte(s[i:], '"')
	return s[:i] + value + s[j:]
}

// allocated returns the bytes allocated while f runs.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// issueText is every issue of a load, warnings or errors, one a line.
func issueText(warnings []data.Issue, err error) string {
	var lines []string
	for _, w := range warnings {
		lines = append(lines, w.String())
	}
	if le, ok := err.(*data.LoadError); ok {
		for _, is := range le.Issues {
			lines = append(lines, is.String())
		}
	} else if err != nil {
		lines = append(lines, err.Error())
	}
	return strings.Join(lines, "\n")
}
