package cli

import (
	"slices"
	"strings"
	"testing"

	"timeline/model"
)

// TestCLIEditChangesOnlyWhatIsGiven: the fields given change, the others
// stay as the file has them; an empty value clears a text.
func TestCLIEditChangesOnlyWhatIsGiven(t *testing.T) {
	path := notebook(t, nil)
	before := *mustEvent(t, reload(t, path), cliAgarwalID).Clone()
	code, out, errs := cliRun(t, "edit", cliAgarwalID, "--data", path, "--status", "disputed", "--summary", "",
		"--title-fr", "Nouveau titre", "--date", "2025-08-26", "--approximate", "--date-label", "late August 2025")
	if code != ExitOK || out != cliAgarwalID+"\n" || !strings.Contains(errs, "changed "+cliAgarwalID+" in ") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	e := mustEvent(t, reload(t, path), cliAgarwalID)
	want := before.Clone()
	want.Status, want.Summary.En, want.Title.Fr = model.Disputed, "", "Nouveau titre"
	want.Date, want.Approximate = model.MustDate("2025-08-26"), true
	label := want.DateLabel()
	label.En = "late August 2025"
	want.SetDateLabel(label)
	if !e.Equal(want) {
		t.Errorf("after the edit:\n%+v\nwant\n%+v", e, want)
	}
	if e.Summary.Fr == "" || e.Summary.Fr != before.Summary.Fr {
		t.Errorf("the French summary was %q, is %q", before.Summary.Fr, e.Summary.Fr)
	}
	code, _, _ = cliRun(t, "edit", cliAgarwalID, "--data", path, "--approximate=false", "--date-label", "")
	if e := mustEvent(t, reload(t, path), cliAgarwalID); code != ExitOK || e.Approximate || !e.DateLabel().IsZero() {
		t.Errorf("exit %d, approximate %v, label %+v", code, e.Approximate, e.DateLabel())
	}
}

// TestCLIEditLists: list flags add to the event's lists, an empty value
// first emptying the list.
func TestCLIEditLists(t *testing.T) {
	path := notebook(t, nil)
	before := mustEvent(t, reload(t, path), cliAgarwalID).Clone()
	code, _, errs := cliRun(t, "edit", cliAgarwalID, "--data", path, "--tag", "", "--tag", "departures",
		"--person", "yann-lecun", "--person", "mark-zuckerberg", "--org", "", "--org", "meta", "--source-outlet", "Wire", "--source-url", "https://wire.example/agarwal")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	ds := reload(t, path)
	e := mustEvent(t, ds, cliAgarwalID)
	var people []string
	for _, p := range e.People {
		people = append(people, p.ID())
	}
	if !slices.Equal(e.Tags(), []string{"departures"}) || !slices.Equal(e.Orgs(), []string{"meta"}) ||
		len(people) != len(before.People)+1 || people[len(people)-1] != "yann-lecun" {
		t.Errorf("tags %q, orgs %q, people %q", e.Tags(), e.Orgs(), people)
	}
	if len(e.Sources()) != len(before.Sources())+1 || ds.Source(e.Sources()[len(e.Sources())-1]).URL != "https://wire.example/agarwal" {
		t.Errorf("sources %q, were %q", e.Sources(), before.Sources())
	}
	code, _, errs = cliRun(t, "edit", cliAgarwalID, "--data", path, "--source", "", "--source", "usine-digitale")
	if e := mustEvent(t, reload(t, path), cliAgarwalID); code != ExitOK || !slices.Equal(e.Sources(), []string{"usine-digitale"}) {
		t.Errorf("exit %d (%q), sources %q", code, errs, e.Sources())
	}
}

// TestCLIEditNothingToDo: an edit that changes nothing says so and does
// not write the file.
func TestCLIEditNothingToDo(t *testing.T) {
	path := notebook(t, nil)
	before := checksum(t, path)
	status := mustEvent(t, reload(t, path), cliAgarwalID).Status.String()
	code, out, errs := cliRun(t, "edit", cliAgarwalID, "--data", path, "--status", status)
	if code != ExitOK || out != cliAgarwalID+"\n" || !strings.Contains(errs, "already says so") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if checksum(t, path) != before {
		t.Error("the file was written")
	}
}

// TestCLIRm: the event goes, the events that related to it lose that
// link and are named, and the file still loads.
func TestCLIRm(t *testing.T) {
	path := notebook(t, nil)
	ds := reload(t, path)
	related := ds.RelatedTo(cliAgarwalID)
	if len(related) == 0 {
		t.Fatal("the bundled dataset has no event related to " + cliAgarwalID)
	}
	code, out, errs := cliRun(t, "rm", cliAgarwalID, "--data", path)
	if code != ExitOK || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	cliWantOneLine(t, errs)
	if !strings.Contains(errs, "removed "+cliAgarwalID+" from ") || !strings.HasSuffix(errs, strings.Join(related, ", ")+"\n") {
		t.Errorf("stderr %q, want the related events %q", errs, related)
	}
	after := reload(t, path)
	if after.Event(cliAgarwalID) != nil || len(after.Events) != len(ds.Events)-1 || len(after.RelatedTo(cliAgarwalID)) > 0 {
		t.Errorf("%d events, still related: %q", len(after.Events), after.RelatedTo(cliAgarwalID))
	}
	code, _, errs = cliRun(t, "rm", cliAgarwalID, "--data", path, "--lang", "fr")
	if code != ExitData || !strings.Contains(errs, "aucun événement d'identifiant") {
		t.Errorf("again: exit %d, stderr %q", code, errs)
	}
}
