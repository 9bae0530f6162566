package data

// ParseForgiving decodes b, named name in messages, as Parse does, but
// forgives what Parse refuses in a TimelineJS file or sheet: a slide (or
// row) that cannot be read is skipped and a field that cannot be read is
// dropped, each with a warning that names it (its number, headline and
// field), and the rest opens. The result says how many slides opened
// (Loaded.Slides). A file none of whose slides can be read, or that is not
// a timeline at all, is still refused. Native files are read as Parse
// reads them. Opening a file (Open, Load) forgives; validate does not.
func ParseForgiving(name string, b []byte) (Loaded, error) {
	var r result
	var err error
	switch detectFormat(b) {
	case formatTimelineJS, formatLegacyTimelineJS:
		r, err = parseTimelineJS(name, b, false)
	case formatSheetCSV:
		r, err = parseSheetCSV(name, b, false)
	default:
		ds, ws, err := ParseNative(name, b)
		return Loaded{Dataset: ds, Warnings: ws}, err
	}
	return Loaded{Dataset: r.ds, Warnings: r.issues, Slides: r.counts}, err
}
