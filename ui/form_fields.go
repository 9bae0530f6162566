package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"

	"timeline/locale"
	"timeline/model"
)

// What the event form is made of: one field per line, the event's own
// fields first, then its sources, claims and quotes as groups of fields
// that the reporter adds (ctrl+o) and removes (ctrl+x).

// fieldID names a field of the form; the catalog has its label under
// "form." + its name.
type fieldID int

const (
	fDate fieldID = iota
	fEnd
	fApprox
	fLabelEn
	fLabelFr
	fKind
	fStatus
	fTitleEn
	fTitleFr
	fSummaryEn
	fSummaryFr
	fPeople
	fOrgs
	fTags
	fOutlet // a source's
	fHeadline
	fURL
	fPublished
	fVia
	fClaimText // a claim's
	fClaimBy
	fClaimStance
	fClaimSource
	fQuoteSpeaker // a quote's
	fQuoteText
	fQuoteLang
	fQuoteSource
)

// fieldNames are the fields' names, for their labels.
var fieldNames = [...]string{"date", "end", "approx", "label.en", "label.fr", "kind", "status", "title.en",
	"title.fr", "summary.en", "summary.fr", "people", "orgs", "tags", "outlet", "headline", "url", "published",
	"via", "claim", "by", "stance", "source", "speaker", "quote", "lang", "source"}

// group says which repeated part of the form a field belongs to.
type group int

const (
	mainGroup group = iota
	sourceGroup
	claimGroup
	quoteGroup
)

// groupFields are the fields of each group, in order.
func groupFields(g group) []fieldID {
	switch g {
	case sourceGroup:
		return []fieldID{fOutlet, fHeadline, fURL, fPublished, fVia}
	case claimGroup:
		return []fieldID{fClaimText, fClaimBy, fClaimStance, fClaimSource}
	case quoteGroup:
		return []fieldID{fQuoteSpeaker, fQuoteText, fQuoteLang, fQuoteSource}
	}
	return []fieldID{fDate, fEnd, fApprox, fLabelEn, fLabelFr, fKind, fStatus, fTitleEn, fTitleFr,
		fSummaryEn, fSummaryFr, fPeople, fOrgs, fTags}
}

// formField is one line of the form: an input, or a toggle, or a choice
// among fixed words (←/→), with the problem the last check found in it.
type formField struct {
	id      fieldID
	group   group
	entry   int // which source, claim or quote
	input   textinput.Model
	choices []string // a choice's words; the input holds the chosen one
	toggle  bool     // a toggle: on is the input's value "x"
	err     string
}

// value returns what the field holds, trimmed.
func (f *formField) value() string { return strings.TrimSpace(f.input.Value()) }

// on reports whether a toggle is on.
func (f *formField) on() bool { return f.input.Value() == "x" }

// entryOf is one source, claim or quote as the form holds it: its fields'
// texts by id, and what it was loaded from (to keep what the form does
// not show, and to tell whether the reporter changed it).
type entryOf struct {
	values map[fieldID]string
	source *model.Source // a source entry loaded from the dataset
	claim  *model.Claim
	quote  *model.Quote
}

// newInput returns an input holding value, with the form's keys for
// suggestions: → accepts, ctrl+n and ctrl+p go through them, as tab and
// the arrows move between fields.
func newInput(value string) textinput.Model {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = model.MaxFieldBytes
	in.KeyMap.AcceptSuggestion = key.NewBinding(key.WithKeys("right"))
	in.KeyMap.NextSuggestion = key.NewBinding(key.WithKeys("ctrl+n"))
	in.KeyMap.PrevSuggestion = key.NewBinding(key.WithKeys("ctrl+p"))
	in.SetValue(value)
	steady(&in)
	return in
}

// steady stops an input's cursor from blinking: a blink is a timer that
// wakes the program twice a second for as long as the form is open.
func steady(in *textinput.Model) {
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
}

// textIn returns t in lang, without falling back to another language.
func textIn(t model.Text, lang locale.Lang) string {
	if lang == locale.French {
		return t.Fr
	}
	return t.En
}

// dateText writes a date as the form takes it, "" for none.
func dateText(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// sourceEntry returns the form's entry of a source.
func sourceEntry(s *model.Source) entryOf {
	return entryOf{source: s, values: map[fieldID]string{fOutlet: s.Outlet, fHeadline: s.Title, fURL: s.URL,
		fPublished: dateText(s.Published), fVia: s.Via()}}
}

// claimEntry returns the form's entry of a claim; its text is in the
// interface's language (the other language is kept as it was).
func claimEntry(c *model.Claim, ds *model.Dataset, lang locale.Lang) entryOf {
	return entryOf{claim: c, values: map[fieldID]string{fClaimText: c.Text.String(lang), fClaimBy: personName(ds, c.By),
		fClaimStance: c.Stance, fClaimSource: c.Source}}
}

// quoteEntry returns the form's entry of a quote.
func quoteEntry(q *model.Quote, ds *model.Dataset) entryOf {
	return entryOf{quote: q, values: map[fieldID]string{fQuoteSpeaker: personName(ds, q.Speaker), fQuoteText: q.Text,
		fQuoteLang: string(q.Lang), fQuoteSource: q.Source}}
}

// personName returns the name of the person with id, or id itself when
// it names no one (a claim's "by" may be free text).
func personName(ds *model.Dataset, id string) string {
	if p := ds.Person(id); p != nil {
		return p.Name
	}
	return id
}

// orgName returns the name of the organisation with id, or id.
func orgName(ds *model.Dataset, id string) string {
	if o := ds.Org(id); o != nil {
		return o.Name
	}
	return id
}

// mainValues returns the texts of the event's own fields.
func mainValues(ds *model.Dataset, e *model.Event) map[fieldID]string {
	v := map[fieldID]string{fDate: dateText(e.Date), fEnd: dateText(e.End()), fKind: e.Kind.String(),
		fStatus: e.Status.String(), fTitleEn: e.Title.En, fTitleFr: e.Title.Fr, fSummaryEn: e.Summary.En,
		fSummaryFr: e.Summary.Fr, fLabelEn: e.DateLabel().En, fLabelFr: e.DateLabel().Fr,
		fTags: strings.Join(e.Tags(), ", ")}
	if e.Approximate {
		v[fApprox] = "x"
	}
	names := make([]string, len(e.People))
	for i, p := range e.People {
		names[i] = personName(ds, p.ID())
	}
	v[fPeople] = strings.Join(names, ", ")
	orgs := make([]string, len(e.Orgs()))
	for i, o := range e.Orgs() {
		orgs[i] = orgName(ds, o)
	}
	v[fOrgs] = strings.Join(orgs, ", ")
	return v
}

// choicesOf returns the words of a choice field, nil for other fields.
func choicesOf(id fieldID) []string {
	switch id {
	case fKind:
		return append(model.KindNames(), model.NoKind.String())
	case fStatus:
		return append(model.StatusNames(), model.NoStatus.String())
	case fClaimStance:
		return []string{"asserts", "denies", "disputes", "says"}
	}
	return nil
}
