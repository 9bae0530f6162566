package present

import (
	"strings"

	"charm.land/lipgloss/v2"

	"timeline/i18n"
	"timeline/model"
)

// IntroLines writes a timeline's introduction, wrapped to width: its
// title, its description, the media of its title slide, then its eras with
// their dates and the span and count of its events. It is what a
// TimelineJS timeline opens on, and what the explorer shows before the
// first event.
func IntroLines(ds *model.Dataset, width int, cat i18n.Catalog, st DetailStyles) []string {
	if width <= 0 {
		return nil
	}
	lang := cat.Lang()
	var out []string
	add := func(s string) { out = append(out, strings.Split(lipgloss.Wrap(s, width, ""), "\n")...) }
	if t := ds.Title.String(lang); t != "" {
		add(st.Title.Render(t))
	}
	if d := ds.Description.String(lang); d != "" {
		out = append(out, "")
		add(d)
	}
	if ds.Intro != nil {
		if lines := MediaLines(ds.Intro.Slide.Media, ds.Origin, cat, st); len(lines) > 0 {
			out = append(out, "", st.Heading.Render(cat.T("detail.media")))
			for _, l := range lines {
				add(l)
			}
		}
	}
	if len(ds.Eras) > 0 {
		out = append(out, "", st.Heading.Render(cat.T("intro.eras")))
		for _, era := range ds.Eras {
			add("• " + EraSpan(era, lang))
		}
	}
	out = append(out, "", st.Heading.Render(cat.T("intro.events")))
	add(DatasetRange(ds, cat))
	return out
}

// SlidesOpened says how much of a TimelineJS file opened: "all 18 slides
// opened", "17 of 18 slides opened, 1 skipped".
func SlidesOpened(opened, total int, cat i18n.Catalog) string {
	switch skipped := total - opened; {
	case skipped <= 0:
		return cat.T("slides.all", total)
	case skipped == 1:
		return cat.T("slides.skipped.one", opened, total)
	default:
		return cat.T("slides.skipped.many", opened, total, skipped)
	}
}
