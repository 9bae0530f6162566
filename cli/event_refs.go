package cli

import (
	"errors"
	"slices"
	"strings"

	"timeline/i18n"
	"timeline/model"
)

// refs resolves the people, organisations and sources the line names
// into an event's lists, on the draft of the file as it is under the
// lock. Each value is added to its list; an empty value first empties the
// list (--tag "" --tag ai leaves the tag ai alone). It keeps the people
// and organisations the edit creates, for the command to say so.
type refs struct {
	cat  i18n.Catalog
	path string
	d    *model.Draft
	// created lists what the draft adds: "person" or "org", id, name.
	created [][3]string
}

// idLike reports whether s is written as the ids of people and
// organisations are (lower-case letters, digits, hyphens: "jane-doe",
// "meta"): such a value is an id the file must have, never a new name,
// so that a mistyped id is an error rather than a new person.
func idLike(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for _, c := range s {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// people adds the people of values to ev.People.
func (r *refs) people(ev *model.Event, values []string) error {
	for _, v := range values {
		if strings.TrimSpace(v) == "" {
			ev.People = nil
			continue
		}
		id, added, err := r.d.Person(v)
		if err != nil {
			return r.nameError("--person", "cli.ambiguousperson", v, err)
		}
		if added {
			if idLike(strings.TrimSpace(v)) {
				return errors.New(r.cat.T("cli.unknownperson", v, r.path))
			}
			r.created = append(r.created, [3]string{"person", id, v})
		}
		if !slices.ContainsFunc(ev.People, func(p model.PersonRef) bool { return p.ID() == id }) {
			ev.People = append(ev.People, model.NewPersonRef(id))
		}
	}
	return nil
}

// orgs adds the organisations of values to ev.Orgs().
func (r *refs) orgs(ev *model.Event, values []string) error {
	for _, v := range values {
		if strings.TrimSpace(v) == "" {
			ev.SetOrgs(nil)
			continue
		}
		id, added, err := r.d.Org(v)
		if err != nil {
			return r.nameError("--org", "cli.ambiguousorg", v, err)
		}
		if added {
			if idLike(strings.TrimSpace(v)) {
				return errors.New(r.cat.T("cli.unknownorg", v, r.path))
			}
			r.created = append(r.created, [3]string{"org", id, v})
		}
		ev.SetOrgs(appendNew(ev.Orgs(), id))
	}
	return nil
}

// sources adds the sources of the file that ids name, then src, found in
// the file by its URL or added to it, to ev.Sources().
func (r *refs) sources(ev *model.Event, ids []string, src *model.Source) error {
	for _, v := range ids {
		v = strings.TrimSpace(v)
		if v == "" {
			ev.SetSources(nil)
			continue
		}
		id, _, err := r.d.Source(model.Source{ID: v})
		if err != nil {
			return errors.New(r.cat.T("cli.unknownsource", v, r.path))
		}
		ev.SetSources(appendNew(ev.Sources(), id))
	}
	if src == nil {
		return nil
	}
	id, added, err := r.d.Source(*src)
	if err == nil && added && strings.TrimSpace(src.Outlet) == "" {
		return errors.New(r.cat.T("cli.newsourceoutlet", src.URL, r.path))
	}
	if err != nil {
		return errors.New(r.cat.T("cli.notsaved", r.path, err))
	}
	ev.SetSources(appendNew(ev.Sources(), id))
	return nil
}

// tags adds values to ev.Tags().
func tags(ev *model.Event, values []string) {
	for _, v := range values {
		if v = strings.TrimSpace(v); v == "" {
			ev.SetTags(nil)
		} else {
			ev.SetTags(appendNew(ev.Tags(), v))
		}
	}
}

// nameError says why a person or organisation could not be found or
// made: a name that several have, with their ids, or an empty one.
func (r *refs) nameError(flag, ambiguousKey, v string, err error) error {
	var amb *model.AmbiguousError
	if errors.As(err, &amb) {
		return errors.New(r.cat.T(ambiguousKey, v, strings.Join(amb.IDs, ", ")))
	}
	return errors.New(r.cat.T("cli.emptyname", flag, v))
}

// appendNew appends s to list unless it is there already.
func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
