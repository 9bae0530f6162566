package present

import (
	"strings"

	"timeline/i18n"
	"timeline/locale"
	"timeline/model"
)

// approxPart reads which part of its month an approximate date falls in,
// "early", "mid" or "late", from the first word of the event's English
// date label ("mid-July 2025", "late August 2025"). A label that names
// several parts ("mid-to-late August") gives the one its date falls in,
// so that the list's "~late" rows and the order of the dates agree; "" when
// the label names none.
func approxPart(e *model.Event) string {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(e.DateLabel().En)), " ")
	var named []string
	for _, p := range []string{"early", "mid", "late"} {
		if strings.HasPrefix(first, p) || strings.Contains(first, "-"+p) {
			named = append(named, p)
		}
	}
	switch len(named) {
	case 0:
		return ""
	case 1:
		return named[0]
	}
	if d := e.Date; d.HasDay() {
		part := "late"
		switch {
		case d.Day <= 10:
			part = "early"
		case d.Day <= 20:
			part = "mid"
		}
		for _, p := range named {
			if p == part {
				return p
			}
		}
	}
	return named[len(named)-1]
}

// ShortEventDate writes an event's date compactly and as honestly as it is
// known, for lists beside other text (related events, an index's first and
// last): "25 Aug 2025" for a day, "Aug 2025" for a month, and for an
// approximate date the part of the month its label gives, "late Aug 2025"
// / "fin août 2025", else "about 10 Dec 2025". An approximate date never
// shows as an exact day.
func ShortEventDate(e *model.Event, lang locale.Lang) string {
	d := e.Date
	if !e.Approximate {
		return FormatShortDate(d, lang)
	}
	cat := i18n.For(lang)
	if part := approxPart(e); part != "" && d.Month != 0 {
		return cat.T("date.part."+part, MonthShort(int(d.Month), lang)+" "+Year(d.Year, lang))
	}
	return cat.T("date.about", FormatShortDate(d, lang))
}

// EntitySpan writes the dates of an index row's first and last events,
// "late Aug 2025 – 29 Aug 2025", one date when they are the same, "" when
// the entity is in no event.
func EntitySpan(ds *model.Dataset, r *model.EntityRow, lang locale.Lang) string {
	if len(r.Events) == 0 {
		return ""
	}
	first := ShortEventDate(&ds.Events[r.Events[0]], lang)
	last := ShortEventDate(&ds.Events[r.Events[len(r.Events)-1]], lang)
	if first == last {
		return first
	}
	return first + " – " + last
}

// DatasetRange returns the header's "36 events · 12 Jun 2025 – mid-Dec
// 2025": the count, then the first event's date and the latest date any
// event reaches (its end date when it has one), each as honest as it is
// known. It reads every event: call it once, not for every frame.
func DatasetRange(ds *model.Dataset, cat i18n.Catalog) string {
	n := len(ds.Events)
	if n == 0 {
		return Count(0, cat)
	}
	lang := cat.Lang()
	first := ShortEventDate(&ds.Events[0], lang)
	lastDay, at, atEnd := int32(-1<<31), 0, false
	for i := range ds.Events {
		e := &ds.Events[i]
		day, isEnd := e.Date.LastDays(), false
		if end := e.End(); !end.IsZero() {
			day, isEnd = end.LastDays(), true
		}
		if day >= lastDay {
			lastDay, at, atEnd = day, i, isEnd
		}
	}
	last := ShortEventDate(&ds.Events[at], lang)
	if atEnd {
		last = FormatShortDate(ds.Events[at].End(), lang)
	}
	if first == last {
		return Count(n, cat) + " · " + first
	}
	return Count(n, cat) + " · " + first + " – " + last
}
