package model

import (
	"fmt"
	"strings"
)

// DateField reads a date typed into field ("date", "end_date",
// "published"), as ParseDate, with the error naming the field: what the
// command line's flags and the form's inputs use, so that "2025-13-45"
// is refused in the same words everywhere. An empty string is the zero
// Date, or a "missing date" problem when required.
func DateField(field, s string, required bool) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		if required {
			return Date{}, Problems{{Field: field, Msg: "missing date"}}
		}
		return Date{}, nil
	}
	d, err := ParseDate(s)
	if err != nil {
		msg, _ := SanitizeLine(err.Error())
		return Date{}, Problems{{Field: field, Msg: msg}}
	}
	return d, nil
}

// KindField reads an event's kind, as written in files; the error names
// the field and lists the kinds.
func KindField(s string) (Kind, error) {
	k, ok := ParseKind(strings.TrimSpace(s))
	if !ok {
		name, _ := SanitizeLine(s)
		return 0, Problems{{Field: "kind", Msg: fmt.Sprintf("unknown kind %q (want one of %s)", name, strings.Join(KindNames(), ", "))}}
	}
	return k, nil
}

// StatusField reads an event's status. A file must give one, so an empty
// string is refused too: a command line or form that offers a default
// fills it in first.
func StatusField(s string) (Status, error) {
	st, ok := ParseStatus(strings.TrimSpace(s))
	if !ok {
		name, _ := SanitizeLine(s)
		return 0, Problems{{Field: "status", Msg: fmt.Sprintf("unknown status %q (want %s)", name, strings.Join(StatusNames(), ", "))}}
	}
	return st, nil
}
