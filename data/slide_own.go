package data

import (
	"bytes"
	"encoding/json"
	"strings"
)

// ownKey is the key under which a TimelineJS export carries this project's
// own fields: in each slide, what TimelineJS has no place for (kind,
// status, people, claims, quotes, sources…); at the top, the people,
// organisations, reporting lines and sources they refer to. TimelineJS
// reads only the keys it knows (src/js/core/TimelineConfig.js) and ignores
// this one. Its shapes are those of the native format, key for key.
const ownKey = "_timeline"

// ownText is a text field as the native format writes it: a plain string
// or a map of language to string.
type ownText map[string]string

// UnmarshalJSON accepts "text" or {"en": "...", "fr": "..."}.
func (t *ownText) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*t = ownText{"": s}
		return nil
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*t = m
	return nil
}

// MarshalJSON writes a text as a plain string when it has no language,
// else as a map.
func (t ownText) MarshalJSON() ([]byte, error) {
	if s, ok := t[""]; ok && len(t) == 1 {
		return json.Marshal(s)
	}
	return json.Marshal(map[string]string(t))
}

func (t ownText) empty() bool {
	for _, v := range t {
		if v != "" {
			return false
		}
	}
	return true
}

// ownEvent is what a slide carries under ownKey: the event's fields that
// TimelineJS has no place for, in the native format's shapes, and the
// texts the slide itself would not give back exactly (a second language,
// spaces HTML collapses), which then win over the slide's.
type ownEvent struct {
	Title       ownText        `json:"title,omitempty"`
	Summary     ownText        `json:"summary,omitempty"`
	DateLabel   ownText        `json:"date_label,omitempty"`
	Approximate bool           `json:"approximate,omitempty"`
	Kind        string         `json:"kind,omitempty"`
	Status      string         `json:"status,omitempty"`
	People      []ownPersonRef `json:"people,omitempty"`
	Orgs        []string       `json:"orgs,omitempty"`
	Claims      []ownClaim     `json:"claims,omitempty"`
	Quotes      []ownQuote     `json:"quotes,omitempty"`
	Sources     []string       `json:"sources,omitempty"`
	Related     []string       `json:"related,omitempty"`
	Tags        []string       `json:"tags,omitempty"`
	Links       []ownLink      `json:"links,omitempty"`
	Media       *ownMedia      `json:"media,omitempty"`
	Background  *ownBackground `json:"background,omitempty"`
	Group       string         `json:"group,omitempty"` // when the slide\'s group would not read back as it
	// Generated names the slide's fields that were written for
	// TimelineJS's display and are not data: "display_date" (an
	// approximate date said in words), "group" (the kind, when the event
	// has no group), "end_date" (an era's end, which TimelineJS needs).
	Generated []string `json:"generated,omitempty"`
}

// ownEra is what an era slide carries under ownKey.
type ownEra struct {
	Label     ownText  `json:"label,omitempty"`
	Generated []string `json:"generated,omitempty"`
}

// ownFile is what a whole TimelineJS export carries under ownKey.
type ownFile struct {
	Title          ownText     `json:"title,omitempty"` // when there is no title slide
	Updated        string      `json:"updated,omitempty"`
	People         []ownPerson `json:"people,omitempty"`
	Orgs           []ownOrg    `json:"orgs,omitempty"`
	ReportingLines []ownLine   `json:"reporting_lines,omitempty"`
	Sources        []ownSource `json:"sources,omitempty"`
}

type ownPersonRef struct {
	ID   string  `json:"id"`
	Role ownText `json:"role,omitempty"`
}

type ownClaim struct {
	Text   ownText `json:"text"`
	By     string  `json:"by"`
	Stance string  `json:"stance"`
	Source string  `json:"source,omitempty"`
}

type ownQuote struct {
	Speaker     string  `json:"speaker"`
	Text        string  `json:"text"`
	Lang        string  `json:"lang,omitempty"`
	Translation ownText `json:"translation,omitempty"`
	Source      string  `json:"source,omitempty"`
}

type ownPerson struct {
	ID      string    `json:"id"`
	Name    string    `json:"name"`
	Aliases []string  `json:"aliases,omitempty"`
	Roles   []ownRole `json:"roles,omitempty"`
}

type ownRole struct {
	Org   string  `json:"org,omitempty"`
	Title ownText `json:"title"`
	From  string  `json:"from,omitempty"`
	To    string  `json:"to,omitempty"`
}

type ownOrg struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Kind   string `json:"kind,omitempty"`
	Parent string `json:"parent,omitempty"`
}

type ownLine struct {
	Person    string  `json:"person"`
	ReportsTo string  `json:"reports_to"`
	From      string  `json:"from,omitempty"`
	To        string  `json:"to,omitempty"`
	Source    string  `json:"source,omitempty"`
	Disputed  bool    `json:"disputed,omitempty"`
	Note      ownText `json:"note,omitempty"`
}

type ownSource struct {
	ID        string  `json:"id"`
	Outlet    string  `json:"outlet"`
	Title     string  `json:"title"`
	Published string  `json:"published,omitempty"`
	URL       string  `json:"url,omitempty"`
	Via       string  `json:"via,omitempty"`
	Note      ownText `json:"note,omitempty"`
}

// ownLink is a link of imported HTML: the words it was on and its target.
type ownLink struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// ownMedia is a slide's media, every field as the model keeps it. The
// native format writes an event's media in this shape too.
type ownMedia struct {
	URL          string    `json:"url,omitempty"`
	Caption      string    `json:"caption,omitempty"`
	Credit       string    `json:"credit,omitempty"`
	Thumbnail    string    `json:"thumbnail,omitempty"`
	Alt          string    `json:"alt,omitempty"`
	Title        string    `json:"title,omitempty"`
	Link         string    `json:"link,omitempty"`
	LinkTarget   string    `json:"link_target,omitempty"`
	Quote        string    `json:"quote,omitempty"`
	CaptionLinks []ownLink `json:"caption_links,omitempty"`
	CreditLinks  []ownLink `json:"credit_links,omitempty"`
	QuoteLinks   []ownLink `json:"quote_links,omitempty"`
}

// ownBackground is a slide's background, as the model keeps it.
type ownBackground struct {
	URL     string `json:"url,omitempty"`
	Color   string `json:"color,omitempty"`
	Alt     string `json:"alt,omitempty"`
	Opacity string `json:"opacity,omitempty"`
}

// decodeOwn reads the ownKey value of a slide or file into v; a value
// that cannot be read is reported and left out.
func (im *importer) decodeOwn(s *slide, raw json.RawMessage, v any) bool {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return false
	}
	if err := json.Unmarshal(raw, v); err != nil {
		msg := err.Error()
		if i := strings.LastIndex(msg, ": "); i >= 0 && strings.HasPrefix(msg, "json: ") {
			msg = msg[i+2:]
		}
		im.problem(s, ownKey, "cannot be read (%s); left out", strings.TrimPrefix(msg, "json: "))
		return false
	}
	return true
}
