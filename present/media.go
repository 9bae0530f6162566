package present

import (
	"timeline/i18n"
	"timeline/model"
)

// MediaLines writes what a slide shows beside its text, for the detail's
// media section: a quotation given as HTML, in quotation marks; the
// address as written (a relative one says that it cannot be opened when
// base, the address the file came from, cannot resolve it); the caption,
// the credit, the description for those who cannot see it, the title, the
// address it leads to and the thumbnail. Nothing when m is nil. The lines
// are not wrapped.
func MediaLines(m *model.Media, base string, cat i18n.Catalog, st DetailStyles) []string {
	if m.IsZero() {
		return nil
	}
	var out []string
	if m.Quote != "" {
		out = append(out, st.Quote.Render("“"+m.Quote+"”"))
	}
	if m.URL != "" {
		out = append(out, st.Dim.Render(addressLine(m.URL, base, cat)))
	}
	for _, f := range []struct{ key, v string }{
		{"detail.caption", m.Caption}, {"detail.credit", m.Credit}, {"detail.mediaalt", m.Alt},
		{"detail.mediatitle", m.Title},
	} {
		if f.v != "" {
			out = append(out, st.Label.Render(cat.T(f.key))+f.v)
		}
	}
	if m.Link != "" {
		out = append(out, st.Dim.Render(cat.T("detail.medialink")+addressLine(m.Link, base, cat)))
	}
	if m.Thumbnail != "" {
		out = append(out, st.Dim.Render(cat.T("detail.thumbnail")+addressLine(m.Thumbnail, base, cat)))
	}
	return out
}

// addressLine writes an address as the file writes it, saying so when a
// relative one has nothing to resolve against.
func addressLine(u, base string, cat i18n.Catalog) string {
	if model.ResolveURL(u, base) == "" && model.ResolveURL(u, "https://example.invalid/") != "" {
		return cat.T("detail.relative", u)
	}
	return u
}

// MediaURLs returns the web addresses an event's media offers to open, in
// order and without repeats: the media itself, where it leads, resolved
// against the address the dataset came from (ds.Origin). Only http and
// https addresses are returned, so that none of them can start anything
// but a browser.
func MediaURLs(ds *model.Dataset, e *model.Event) []string {
	m := e.Media()
	if m == nil {
		return nil
	}
	var out []string
	for _, u := range []string{m.URL, m.Link} {
		if r := model.ResolveURL(u, ds.Origin); r != "" && (len(out) == 0 || out[0] != r) {
			out = append(out, r)
		}
	}
	return out
}

// SlideLines writes what the detail says about an event's slide besides
// its media: that the file gave it no headline, and its group.
func SlideLines(e *model.Event, cat i18n.Catalog, st DetailStyles) []string {
	s := e.Slide()
	if s == nil {
		return nil
	}
	var out []string
	if s.Untitled {
		out = append(out, st.Dim.Render(cat.T("detail.untitled")))
	}
	if s.Group != "" {
		out = append(out, st.Dim.Render(cat.T("detail.group"))+s.Group)
	}
	return out
}
