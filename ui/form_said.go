package ui

import (
	"errors"
	"strconv"
	"strings"

	"timeline/locale"
	"timeline/model"
	"timeline/search"
)

// What the form's claims and quotes become: who said or claimed it (a
// person of the dataset, or for a claim whoever it says), and from which
// of the event's sources.

// claimsAndQuotes sets the event's claims and quotes from the form's.
// A claim's or quote's source is a source's number in the form (1, 2…)
// or a source id; a claim is by a person (by name) or by whoever it says.
func (f *eventForm) claimsAndQuotes(d *model.Draft, e *model.Event, lang locale.Lang) {
	var claims []model.Claim
	for i, en := range f.claims {
		v := en.values
		c := model.Claim{}
		if en.claim != nil {
			c = *en.claim
			c.Text = c.Text.Clone()
		}
		text := strings.TrimSpace(v[fClaimText])
		if text != strings.TrimSpace(asInput(c.Text.String(lang))) {
			if lang == locale.French {
				c.Text.Fr = text
			} else {
				c.Text.En = text
			}
		}
		c.By = f.speaker(d, v[fClaimBy], fClaimBy, i, true)
		c.Stance = strings.TrimSpace(v[fClaimStance])
		c.Source = f.sourceRef(e, v[fClaimSource], fClaimSource, i)
		if c.Text.IsZero() && c.By == "" {
			continue
		}
		claims = append(claims, c)
	}
	var quotes []model.Quote
	for i, en := range f.quotes {
		v := en.values
		q := model.Quote{}
		if en.quote != nil {
			q = *en.quote
			q.Translation = q.Translation.Clone()
		}
		if text := strings.TrimSpace(v[fQuoteText]); text != strings.TrimSpace(asInput(q.Text)) {
			q.Text = text
		}
		q.Speaker = f.speaker(d, v[fQuoteSpeaker], fQuoteSpeaker, i, false)
		q.Lang = locale.Lang(strings.TrimSpace(v[fQuoteLang]))
		q.Source = f.sourceRef(e, v[fQuoteSource], fQuoteSource, i)
		if q.Text == "" && q.Speaker == "" {
			continue
		}
		if q.Text == "" {
			f.setErr(fQuoteText, i, errors.New(f.cat.T("form.quote.empty")))
		}
		quotes = append(quotes, q)
	}
	if len(claims) > 0 || len(e.Claims()) > 0 {
		e.More().Claims = claims
	}
	if len(quotes) > 0 || len(e.Quotes()) > 0 {
		e.More().Quotes = quotes
	}
}

// speaker resolves a claim's "by" or a quote's speaker: a person of the
// dataset by id or name, else, for a claim, the text as written, and for
// a quote a new person of that name.
func (f *eventForm) speaker(d *model.Draft, s string, field fieldID, entry int, free bool) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if free {
		if p := f.ds.Person(s); p != nil {
			return p.ID
		}
		if found := f.ds.FindPeople(s); len(found) == 1 && search.Fold(found[0].Name) == search.Fold(s) {
			return found[0].ID
		}
		return s
	}
	id, _, err := d.Person(s)
	if err != nil {
		f.setErr(field, entry, err)
		return ""
	}
	return id
}

// sourceRef resolves a claim's or a quote's source: "1" is the event's
// first source, an id is itself.
func (f *eventForm) sourceRef(e *model.Event, s string, field fieldID, entry int) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if n, err := strconv.Atoi(s); err == nil {
		if n < 1 || n > len(e.Sources()) {
			f.setErr(field, entry, errors.New(f.cat.T("form.source.number", len(e.Sources()))))
			return ""
		}
		return e.Sources()[n-1]
	}
	return s
}
