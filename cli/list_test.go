package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"timeline/data"
)

func TestCLIListQuery(t *testing.T) {
	tests := []struct {
		args  []string
		check func(line string) bool
		min   int
	}{
		{[]string{"list", "agarwal"}, func(l string) bool { return true }, 2},
		{[]string{"list", "kind:vendor"}, func(l string) bool { return strings.Contains(l, "  vendor  ") }, 4},
		{[]string{"list", "kind:vendor", "!status:disputed"}, func(l string) bool {
			return strings.Contains(l, "  vendor  ") && !strings.Contains(l, "disputed")
		}, 2},
		{[]string{"list", "from:2025-08", "to:2025-08"}, func(l string) bool { return strings.HasPrefix(l, "2025-08") || strings.HasPrefix(l, "~2025-08") }, 10},
		{[]string{"list", "--", "-kind:vendor"}, func(l string) bool { return !strings.Contains(l, "  vendor  ") }, cliEvents - 4},
		{[]string{"list", `"hiring freeze"`}, func(l string) bool { return strings.Contains(strings.ToLower(l), "freeze") }, 1},
		{[]string{"list", "réorganisation", "--lang", "fr"}, func(l string) bool { return true }, 1},
	}
	for _, tt := range tests {
		code, out, errs := cliRun(t, tt.args...)
		if code != ExitOK {
			t.Errorf("%q: exit %d, stderr %q", tt.args, code, errs)
			continue
		}
		lines := cliLines(out)
		if len(lines) < tt.min {
			t.Errorf("%q: %d lines, want at least %d:\n%s", tt.args, len(lines), tt.min, out)
		}
		for _, l := range lines {
			if !tt.check(l) {
				t.Errorf("%q printed %q", tt.args, l)
			}
		}
	}
	// A query and its accent-free spelling give the same lines.
	_, a, _ := cliRun(t, "list", "réorganisation")
	_, b, _ := cliRun(t, "list", "REORGANISATION")
	if a != b || a == "" {
		t.Errorf("réorganisation and REORGANISATION differ:\n%s\n--\n%s", a, b)
	}
	// The words of several arguments are AND-ed, as in one argument.
	_, one, _ := cliRun(t, "list", "agarwal periodic")
	_, two, _ := cliRun(t, "list", "agarwal", "periodic")
	if one != two || len(cliLines(one)) != 1 {
		t.Errorf("one argument %q, two %q", one, two)
	}
	// No match is no output and success.
	code, out, _ := cliRun(t, "list", "zzzqqq")
	if code != ExitOK || out != "" {
		t.Errorf("no match: exit %d, %q", code, out)
	}
	// JSON keeps working with a query.
	code, out, _ = cliRun(t, "list", "kind:vendor", "--format", "json")
	if code != ExitOK || strings.Count(out, `"kind": "vendor"`) < 4 {
		t.Errorf("json: exit %d\n%s", code, out)
	}
}

func TestCLIListBadQuery(t *testing.T) {
	for _, q := range []string{"from:banana", "foo:bar", "kind:banana", `"unterminated`, "status:"} {
		code, out, errs := cliRun(t, "list", q)
		if code != ExitUsage || out != "" {
			t.Errorf("list %q: exit %d, stdout %q", q, code, out)
		}
		first := strings.SplitN(errs, "\n", 2)[0]
		if !strings.HasPrefix(first, "timeline: ") || !strings.Contains(first, q) {
			t.Errorf("list %q: stderr %q, want the bad term named", q, errs)
		}
	}
	_, _, errs := cliRun(t, "list", "from:banana")
	if !strings.Contains(errs, "want a date like 2025-08-01") {
		t.Errorf("stderr %q", errs)
	}
	_, _, errs = cliRun(t, "list", "foo:bar")
	if !strings.Contains(errs, "known fields: kind, person") {
		t.Errorf("stderr %q", errs)
	}
}

func TestCLIGenerate(t *testing.T) {
	code, out, errs := cliRun(t, "generate", "--events", "200", "--seed", "5")
	if code != ExitOK || errs != "" {
		t.Fatalf("generate: exit %d, stderr %q", code, errs)
	}
	ds, _, err := data.ParseNative("generated", []byte(out))
	if err != nil || len(ds.Events) != 200 {
		t.Fatalf("generated file: %v", err)
	}
	_, again, _ := cliRun(t, "generate", "--seed=5", "--events=200")
	if again != out {
		t.Error("same seed, different bytes")
	}
	_, other, _ := cliRun(t, "generate", "--events", "200")
	if other == out {
		t.Error("the default seed gave the bytes of seed 5")
	}
	// The generated file can be listed and queried.
	path := filepath.Join(t.TempDir(), "synth.json")
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	code, list, errs := cliRun(t, "list", "--data", path)
	if code != ExitOK || len(cliLines(list)) != 200 {
		t.Errorf("list --data: exit %d, %d lines, %q", code, len(cliLines(list)), errs)
	}
	code, list, _ = cliRun(t, "list", "kind:hire", "--data", path)
	if code != ExitOK || len(cliLines(list)) == 0 || len(cliLines(list)) >= 200 {
		t.Errorf("list kind:hire --data: exit %d, %d lines", code, len(cliLines(list)))
	}
}

func TestCLIGenerateBad(t *testing.T) {
	for _, args := range [][]string{
		{"generate"},
		{"generate", "--events", "0"},
		{"generate", "--events", "-5"},
		{"generate", "--events", "ten"},
		{"generate", "--events", "99999999999"},
		{"generate", "--events", "10", "--seed", "x"},
		{"generate", "extra", "--events", "10"},
	} {
		code, out, errs := cliRun(t, args...)
		if code != ExitUsage || out != "" || !strings.HasPrefix(errs, "timeline: ") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
}
