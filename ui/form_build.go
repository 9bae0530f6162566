package ui

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"timeline/model"
)

// How the form becomes an edit: a model.Draft on the dataset as it is
// now resolves names to people and organisations (or new ones), sources to
// the file's own (the same URL is the same source) or new ones, and gives
// a new event its id; Check then says what the file's rules refuse, and
// each problem goes to the field it names.

// build returns the edit the form describes and its event's id, and
// whether it has nothing wrong; each field's problem is left in its err.
func (f *eventForm) build() (model.Edit, string, bool) {
	for i := range f.fields {
		f.fields[i].err = ""
	}
	f.store()
	d := model.NewDraft(f.ds)
	e := f.event(d)
	var id string
	var err error
	if f.base == nil {
		id, err = d.AddEvent(*e)
	} else {
		id = f.base.ID
		e.ID = id
		if !e.Equal(f.base) {
			err = d.ChangeEventFrom(f.base, *e)
		}
	}
	if err != nil {
		f.problem(err)
	}
	for _, p := range d.Check() {
		f.problemAt(p.Field, p.Msg)
	}
	ok := true
	for i := range f.fields {
		if f.fields[i].err != "" {
			ok = false
		}
	}
	f.valid = ok
	return d.Edit(), id, ok
}

// check runs build for its problems, as the reporter types.
func (f *eventForm) check() { f.build() }

// event returns the event the form describes, starting from the event it
// was opened on (so that what the form does not show is kept), with
// people, organisations and sources resolved through d.
func (f *eventForm) event(d *model.Draft) *model.Event {
	e := &model.Event{}
	if f.base != nil {
		e = f.base.Clone()
	}
	lang := f.cat.Lang()
	var err error
	if e.Date, err = model.DateField("date", f.main[fDate], true); err != nil {
		f.setErr(fDate, 0, err)
	}
	end, err := model.DateField("end_date", f.main[fEnd], false)
	if err != nil {
		f.setErr(fEnd, 0, err)
	}
	e.SetEnd(end)
	e.Approximate = strings.TrimSpace(f.main[fApprox]) == "x"
	label := keepText(e.DateLabel(), f.main[fLabelEn], f.main[fLabelFr])
	if !label.Equal(e.DateLabel()) {
		e.SetDateLabel(label)
	}
	if k, err := model.KindField(f.main[fKind]); err != nil {
		f.setErr(fKind, 0, err)
	} else {
		e.Kind = k
	}
	if s, err := model.StatusField(f.main[fStatus]); err != nil {
		f.setErr(fStatus, 0, err)
	} else {
		e.Status = s
	}
	e.Title = keepText(e.Title, f.main[fTitleEn], f.main[fTitleFr])
	e.Summary = keepText(e.Summary, f.main[fSummaryEn], f.main[fSummaryFr])
	e.People = f.people(d, e.People)
	e.SetOrgs(f.orgs(d))
	e.SetTags(splitList(f.main[fTags]))
	e.SetSources(f.resolveSources(d))
	f.claimsAndQuotes(d, e, lang)
	e.Tidy()
	return e
}

// keepText returns the text with what was typed in English and French,
// keeping a text the input could not show as it was: an input holds one
// line, so a summary with paragraphs is left alone unless the reporter
// changes it, and an edit of another field does not change it.
func keepText(old model.Text, en, fr string) model.Text {
	t := old.Clone()
	if en != asInput(old.En) {
		t.En = strings.TrimSpace(en)
	}
	if fr != asInput(old.Fr) {
		t.Fr = strings.TrimSpace(fr)
	}
	return t
}

// asInput returns s as an input shows it (on one line).
func asInput(s string) string {
	if s == "" {
		return ""
	}
	in := newInput(s)
	return in.Value()
}

// splitList splits a list typed with commas, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// people resolves the names typed to people (new ones added by d), keeping
// the roles of those the event already named.
func (f *eventForm) people(d *model.Draft, old []model.PersonRef) []model.PersonRef {
	var out []model.PersonRef
	for _, name := range splitList(f.main[fPeople]) {
		id, _, err := d.Person(name)
		if err != nil {
			f.setErr(fPeople, 0, err)
			continue
		}
		ref := model.NewPersonRef(id)
		for _, p := range old {
			if p.ID() == id {
				ref = p
			}
		}
		if !slices.ContainsFunc(out, func(p model.PersonRef) bool { return p.ID() == id }) {
			out = append(out, ref)
		}
	}
	return out
}

// orgs resolves the organisations typed (new ones added by d).
func (f *eventForm) orgs(d *model.Draft) []string {
	var out []string
	for _, name := range splitList(f.main[fOrgs]) {
		id, _, err := d.Org(name)
		if err != nil {
			f.setErr(fOrgs, 0, err)
			continue
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// resolveSources returns the ids of the form's sources: the one an entry
// was loaded from when the reporter left it as it was, else the file's
// source with the same URL, else a new one.
func (f *eventForm) resolveSources(d *model.Draft) []string {
	var ids []string
	for i, en := range f.sources {
		v := en.values
		s := model.Source{Outlet: strings.TrimSpace(v[fOutlet]), Title: strings.TrimSpace(v[fHeadline]),
			URL: strings.TrimSpace(v[fURL])}.WithVia(strings.TrimSpace(v[fVia]))
		var err error
		if s.Published, err = model.DateField("published", v[fPublished], false); err != nil {
			f.setErr(fPublished, i, err)
			continue
		}
		if en.source != nil && sameEntry(en.source, &s) {
			ids = append(ids, en.source.ID)
			continue
		}
		if s.Outlet == "" && s.URL == "" && s.Title == "" && s.Via() == "" && s.Published.IsZero() {
			continue // an empty entry, as a new event's form starts with
		}
		id, _, err := d.Source(s)
		if err != nil {
			f.setErr(fOutlet, i, err)
			continue
		}
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

// sameEntry reports whether the form's source s says what src says.
func sameEntry(src, s *model.Source) bool {
	shown := func(v string) string { return strings.TrimSpace(asInput(v)) }
	return shown(src.Outlet) == s.Outlet && shown(src.Title) == s.Title && shown(src.URL) == s.URL &&
		shown(src.Via()) == s.Via() && src.Published == s.Published
}

// setErr leaves err's message on the field id of entry.
func (f *eventForm) setErr(id fieldID, entry int, err error) {
	msg := err.Error()
	var ps model.Problems
	if errors.As(err, &ps) && len(ps) > 0 {
		msg = ps[0].Msg
	}
	for i := range f.fields {
		if ff := &f.fields[i]; ff.id == id && (ff.group == mainGroup || ff.entry == entry) && ff.err == "" {
			ff.err = msg
			return
		}
	}
}

// problem leaves a draft's error on the field it names.
func (f *eventForm) problem(err error) {
	var ps model.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			f.problemAt(p.Field, p.Msg)
		}
		return
	}
	f.setErr(fTitleEn, 0, err)
}

// problemAt leaves a problem on the field its name ("date",
// "sources[1]", "claims[0].source") points to; one the form has no field
// for goes on the title.
func (f *eventForm) problemAt(name, msg string) {
	base, entry, rest := splitField(name)
	err := errors.New(msg)
	switch base {
	case "date":
		f.setErr(fDate, 0, err)
	case "end_date":
		f.setErr(fEnd, 0, err)
	case "date_label":
		f.setErr(fLabelEn, 0, err)
	case "kind":
		f.setErr(fKind, 0, err)
	case "status":
		f.setErr(fStatus, 0, err)
	case "summary":
		f.setErr(fSummaryEn, 0, err)
	case "people":
		f.setErr(fPeople, 0, err)
	case "orgs":
		f.setErr(fOrgs, 0, err)
	case "tags":
		f.setErr(fTags, 0, err)
	case "sources":
		f.sourceProblem(entry, err)
	case "claims":
		id := fClaimText
		switch rest {
		case ".by":
			id = fClaimBy
		case ".source":
			id = fClaimSource
		case ".stance":
			id = fClaimStance
		}
		f.setErr(id, entry, err)
	case "quotes":
		id := fQuoteText
		switch rest {
		case ".speaker":
			id = fQuoteSpeaker
		case ".source":
			id = fQuoteSource
		case ".lang":
			id = fQuoteLang
		}
		f.setErr(id, entry, err)
	default:
		f.setErr(fTitleEn, 0, err)
	}
}

// sourceProblem puts a problem of the event's sources on the first
// source's outlet, or on the title when the form has no source.
func (f *eventForm) sourceProblem(entry int, err error) {
	if len(f.sources) == 0 {
		f.setErr(fTitleEn, 0, fmt.Errorf("%s (ctrl+o)", err.Error()))
		return
	}
	f.setErr(fOutlet, min(entry, len(f.sources)-1), err)
}

// splitField splits "claims[2].source" into "claims", 2 and ".source".
func splitField(name string) (string, int, string) {
	i := strings.IndexAny(name, "[.")
	if i < 0 {
		return name, 0, ""
	}
	base, rest := name[:i], name[i:]
	n := 0
	if strings.HasPrefix(rest, "[") {
		if j := strings.IndexByte(rest, ']'); j > 0 {
			n, _ = strconv.Atoi(rest[1:j])
			rest = rest[j+1:]
		}
	}
	return base, n, rest
}
