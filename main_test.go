package main

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"timeline/locale"
)

// The command line, called through run as main does, with buffers for
// stdout and stderr.

const (
	cliEvents    = 36
	cliFirstID   = "meta-invests-in-scale-ai"
	cliAgarwalID = "rishabh-agarwal-leaves-msl"
)

// cliRun runs one command line in an English environment and returns the
// exit status, stdout and stderr.
func cliRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_US.UTF-8")
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// cliLines splits output into its lines, without the final newline.
func cliLines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// cliWantOneLine checks that a failure said exactly one thing on stderr
// (a usage error may add the pointer to the help).
func cliWantOneLine(t *testing.T, stderr string) {
	t.Helper()
	lines := cliLines(stderr)
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "timeline: ") {
		t.Errorf("stderr = %q, want one line starting with \"timeline: \"", stderr)
	}
}

func TestCLIListText(t *testing.T) {
	code, out, errs := cliRun(t, "list")
	if code != exitOK {
		t.Fatalf("list: exit %d, stderr %q", code, errs)
	}
	lines := cliLines(out)
	if len(lines) != cliEvents {
		t.Fatalf("list printed %d lines, want %d:\n%s", len(lines), cliEvents, out)
	}
	if !strings.Contains(lines[0], cliFirstID) || !strings.Contains(lines[0], "Meta buys 49% of Scale AI") {
		t.Errorf("first line = %q, want the id %s and its title", lines[0], cliFirstID)
	}
	if !strings.Contains(lines[1], "google-plans-split-from-scale-ai") {
		t.Errorf("second line = %q, want google-plans-split-from-scale-ai", lines[1])
	}
	ids := map[string]bool{}
	for _, l := range lines {
		// Fields are separated by two spaces or more: the date as written,
		// the date in words, kind, status, id and title.
		f := regexp.MustCompile(`\s{2,}`).Split(l, -1)
		if len(f) < 6 {
			t.Errorf("line %q has fewer than date, date in words, kind, status, id and title", l)
			continue
		}
		ids[f[4]] = true
	}
	if len(ids) != cliEvents {
		t.Errorf("list shows %d distinct ids, want %d", len(ids), cliEvents)
	}
	if errs != "" {
		t.Errorf("list wrote to stderr: %q", errs)
	}
}

// cliWantJSONList checks a list --format json output.
func cliWantJSONList(t *testing.T, out string) {
	t.Helper()
	var evs []map[string]any
	if err := json.Unmarshal([]byte(out), &evs); err != nil {
		t.Fatalf("output is not a JSON array of objects: %v\n%.300s", err, out)
	}
	if len(evs) != cliEvents {
		t.Fatalf("JSON has %d events, want %d", len(evs), cliEvents)
	}
	for i, e := range evs {
		for _, k := range []string{"id", "date", "kind", "title", "sources"} {
			if _, ok := e[k]; !ok {
				t.Errorf("event %d (%v) has no %q", i, e["id"], k)
			}
		}
	}
	if evs[0]["id"] != cliFirstID {
		t.Errorf("first id = %v, want %s", evs[0]["id"], cliFirstID)
	}
}

func TestCLIListJSON(t *testing.T) {
	for _, args := range [][]string{
		{"list", "--format", "json"},
		{"--format", "json", "list"},
		{"list", "--format=json"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errs := cliRun(t, args...)
			if code != exitOK {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			cliWantJSONList(t, out)
		})
	}
}

func TestCLIShow(t *testing.T) {
	code, out, errs := cliRun(t, "show", cliAgarwalID)
	if code != exitOK {
		t.Fatalf("show: exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"Mon 25 Aug 2025", "Rishabh Agarwal", "id: " + cliAgarwalID} {
		if !strings.Contains(out, want) {
			t.Errorf("show output lacks %q:\n%s", want, out)
		}
	}
}

func TestCLIShowJSON(t *testing.T) {
	for _, args := range [][]string{
		{"show", cliAgarwalID, "--format", "json"},
		{"--format", "json", "show", cliAgarwalID},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errs := cliRun(t, args...)
			if code != exitOK {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			if !strings.Contains(out, `"date": "2025-08-25"`) && !strings.Contains(out, `"date":"2025-08-25"`) {
				t.Errorf("JSON lacks the date 2025-08-25:\n%.400s", out)
			}
			var e map[string]any
			if err := json.Unmarshal([]byte(out), &e); err != nil {
				t.Fatalf("not a JSON object: %v", err)
			}
			if e["id"] != cliAgarwalID || e["date"] != "2025-08-25" {
				t.Errorf("id, date = %v, %v; want %s, 2025-08-25", e["id"], e["date"], cliAgarwalID)
			}
		})
	}
}

func TestCLIShowUnknownID(t *testing.T) {
	code, out, errs := cliRun(t, "show", "nope")
	if code != exitData {
		t.Errorf("show nope: exit %d, want %d", code, exitData)
	}
	if out != "" {
		t.Errorf("show nope wrote to stdout: %q", out)
	}
	cliWantOneLine(t, errs)
	if !strings.Contains(errs, "nope") {
		t.Errorf("message %q does not name the id", errs)
	}
}

func TestCLIUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"bogus"},
		{"--format"},
		{"list", "--format"},
		{"list", "--format", "xml"},
		{"show", cliAgarwalID, "--format", "xml"},
		{"show"},
		{"--lang", "de", "list"},
		{"--nope"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errs := cliRun(t, args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d (stderr %q)", code, exitUsage, errs)
			}
			if out != "" {
				t.Errorf("wrote to stdout on a usage error: %.200q", out)
			}
			lines := cliLines(errs)
			if len(lines) == 0 || !strings.HasPrefix(lines[0], "timeline: ") {
				t.Errorf("stderr = %q, want a message starting with \"timeline: \"", errs)
			}
		})
	}
}

func TestCLIValidate(t *testing.T) {
	t.Run("missing file", func(t *testing.T) {
		code, _, errs := cliRun(t, "validate", "testdata-does-not-exist.json")
		if code != exitData {
			t.Errorf("exit %d, want %d", code, exitData)
		}
		cliWantOneLine(t, errs)
	})
	t.Run("bundled source", func(t *testing.T) {
		code, out, errs := cliRun(t, "validate", "data/summer2025.json")
		if code != exitOK {
			t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
		}
		if out != "" {
			t.Errorf("a valid file printed problems: %q", out)
		}
		if !strings.Contains(errs, "valid") || !strings.Contains(errs, "36 events") {
			t.Errorf("stderr = %q, want a line saying the file is valid with 36 events", errs)
		}
	})
	t.Run("no file", func(t *testing.T) {
		if code, _, _ := cliRun(t, "validate"); code != exitUsage {
			t.Errorf("validate with no file: exit %d, want %d", code, exitUsage)
		}
	})
}

func TestCLIVersionAndHelp(t *testing.T) {
	code, out, _ := cliRun(t, "version")
	if code != exitOK || !strings.HasPrefix(out, "timeline ") {
		t.Errorf("version: exit %d, stdout %q; want 0 and \"timeline …\"", code, out)
	}
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}, {"list", "--help"}} {
		code, out, _ := cliRun(t, args...)
		if code != exitOK || !strings.Contains(out, "Usage") {
			t.Errorf("%v: exit %d, stdout %.80q; want 0 and the usage", args, code, out)
		}
	}
}

func TestCLILangFrench(t *testing.T) {
	_, en, _ := cliRun(t, "list")
	for _, args := range [][]string{{"--lang", "fr", "list"}, {"list", "--lang=fr"}} {
		code, fr, errs := cliRun(t, args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errs)
		}
		enL, frL := cliLines(en), cliLines(fr)
		if len(frL) != len(enL) {
			t.Fatalf("%v: %d lines, English has %d", args, len(frL), len(enL))
		}
		if !strings.Contains(frL[0], cliFirstID) {
			t.Errorf("%v: first line %q lacks the id", args, frL[0])
		}
		if frL[0] == enL[0] {
			t.Errorf("%v: first line is the same as in English: %q", args, frL[0])
		}
		if !strings.Contains(frL[0], "Meta prend 49\u00a0% de Scale AI") {
			t.Errorf("%v: first line %q, want the French title", args, frL[0])
		}
	}
}

func TestCLILangFromEnv(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want locale.Lang
	}{
		{map[string]string{"LANG": "fr_FR.UTF-8"}, locale.French},
		{map[string]string{"LANG": "en_US.UTF-8"}, locale.English},
		{map[string]string{}, locale.English},
		{map[string]string{"LC_ALL": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}, locale.French},
		{map[string]string{"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, locale.English},
		{map[string]string{"LC_MESSAGES": "fr_FR", "LANG": "en_GB.UTF-8"}, locale.French},
	}
	for _, c := range cases {
		if got := langFromEnv(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("langFromEnv(%v) = %q, want %q", c.env, got, c.want)
		}
	}
}

// TestRunNoTerminal: with stdout not a terminal, plain "timeline" prints
// the list instead of starting the interface.
func TestRunNoTerminal(t *testing.T) {
	code, out, errs := cliRun(t)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	_, list, _ := cliRun(t, "list")
	if out != list {
		t.Errorf("timeline with stdout not a terminal printed:\n%.300s\nwant the list:\n%.300s", out, list)
	}
	if n := len(cliLines(out)); n != cliEvents {
		t.Errorf("printed %d lines, want %d", n, cliEvents)
	}
}

// TestCLIFrenchFromLANG: LANG=fr_FR.UTF-8 gives exactly what --lang fr
// gives, with French month names, kinds and titles; messages follow too.
func TestCLIFrenchFromLANG(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_US.UTF-8")
	_, flagOut, _ := runEnv("list", "--lang", "fr")
	t.Setenv("LANG", "fr_FR.UTF-8")
	_, envOut, _ := runEnv("list")
	if flagOut != envOut {
		t.Errorf("LANG=fr_FR.UTF-8 list differs from list --lang fr")
	}
	for _, want := range []string{"juin 2025", "août 2025", "départ", "Meta prend 49\u00a0% de Scale AI"} {
		if !strings.Contains(envOut, want) {
			t.Errorf("French list lacks %q", want)
		}
	}
	code, _, errs := runEnv("show", "nope")
	if code != 1 || !strings.Contains(errs, "aucun événement") {
		t.Errorf("French message: exit %d, %q", code, errs)
	}
	code, out, _ := runEnv("help")
	if code != 0 || !strings.Contains(out, "Utilisation") {
		t.Errorf("French help: %q", out)
	}
}

// runEnv runs a command line in the environment as the test left it.
func runEnv(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}
