package data

import (
	"bufio"
	"context"
	"errors"
	"io"
	"time"

	"timeline/model"
	"timeline/search"
)

// progressEvery is how often, at most, LoadWithProgress reports.
const progressEvery = 50 * time.Millisecond

// LoadWithProgress is Load for a file, streaming: a native file is
// decoded as it is read, so its bytes are never all in memory, and
// progress, when not nil, is called at most every 50 ms (and once at the
// end) with the bytes read, the file's size and the events decoded so
// far. A file in another format is then read whole and imported as Load
// does. The calls to progress come from the goroutine that called
// LoadWithProgress.
func LoadWithProgress(path string, progress func(read, total int64, events int)) (*model.Dataset, []Issue, error) {
	l, err := Open(path, progress)
	return l.Dataset, l.Warnings, err
}

// Loaded is a dataset as its loader read it, with what the loader prepared
// for searching it.
type Loaded struct {
	Dataset  *model.Dataset
	Warnings []Issue        // problems that did not stop the load (a clipped field)
	Text     *search.Packed // the text packed as it was read, for search.NewIndex; nil when it was not
	Slides   SlideCounts    // for a TimelineJS file or sheet, how many of its slides opened (forgive.go)

	// For a read that asked (reading.saved): whether the file is the one
	// this program saved, and where its events and sources are in it.
	trusted bool
	spans   *fileSpans
}

// Open is LoadWithProgress, and also returns the text the loader packed, so
// that a search index built on the dataset shares it instead of copying it.
func Open(path string, progress func(read, total int64, events int)) (Loaded, error) {
	return open(path, progress, nil, reading{})
}

// OpenPreviewing is Open, and gives preview, once, the first PreviewEvents
// events of a native file as soon as they are read, so that an interface
// shows them while the rest loads. The preview is not validated and
// usually has no sources (see decoder.preview); Open's result replaces
// it. A file of fewer events, or of another format, gives no preview.
func OpenPreviewing(path string, progress func(read, total int64, events int), preview func(Preview)) (Loaded, error) {
	return open(path, progress, preview, reading{})
}

// Check reads the dataset at path as Open does, a native file streamed so
// that its bytes are never all in memory, but strictly, for validate: a
// TimelineJS slide or sheet row that cannot be read is an error rather
// than skipped with a warning. Every problem found is listed in the
// *LoadError. The text is packed as for a search index (see
// decodeOptions.noText), on one core: packed, with titles and references
// shared, a million events fit the memory the explorer keeps to, which
// decoding on two cores did not, for little time saved (BENCHMARKS.md).
func Check(path string) (*model.Dataset, []Issue, error) {
	if IsURL(path) {
		b, err := ReadFile(path)
		if err != nil {
			return nil, nil, err
		}
		return Parse(path, b)
	}
	l, err := open(path, nil, nil, reading{strict: true})
	return l.Dataset, l.Warnings, err
}

// reading says how open reads a file, beyond what Open does.
type reading struct {
	// strict refuses a TimelineJS slide or sheet row that cannot be read,
	// where Open skips it with a warning (see Check).
	strict bool
	// noText leaves out what only a search index uses: Loaded.Text is nil
	// (see decodeOptions.noText).
	noText bool
	// saved, when not nil, is the checksum the file had when this program
	// last saved it (see savedMark): a native file that still has it is
	// trusted, and the load notes where its items are (see
	// decodeOptions.saved).
	saved *uint32
}

// open is Open, read as how says.
func open(path string, progress func(read, total int64, events int), preview func(Preview), how reading) (Loaded, error) {
	if path == "" {
		ds, ws, err := Load(path)
		return Loaded{Dataset: ds, Warnings: ws}, err
	}
	if IsURL(path) {
		return Fetcher{}.OpenURL(context.Background(), path, progress) // fetch.go
	}
	f, size, err := openDataset(path)
	if err != nil {
		return Loaded{}, err
	}
	cr := &countingReader{r: f, total: size, report: progress}
	br := bufio.NewReaderSize(cr, 64<<10)
	if looksNative(br) {
		counts := countLists(f, size, how.saved != nil)
		r := streamNative(path, br, decodeOptions{counts: counts, sniff: true, preview: preview, noText: how.noText,
			split: splitReading(f, size), saved: how.saved,
			events: func(n int) { cr.events = n; cr.tick(false) }})
		counts.close()
		f.Close()
		switch {
		case r.err == nil:
			cr.tick(true)
			return Loaded{Dataset: r.ds, Warnings: r.warnings, Text: r.text, trusted: r.trusted, spans: r.spans}, nil
		case errors.Is(r.err, errNotNative):
		case errors.As(r.err, new(*LoadError)):
			cr.tick(true)
			return Loaded{}, r.err
		default:
			return Loaded{}, fail(path, "cannot read: %v", unwrapPath(r.err))
		}
	} else {
		f.Close()
	}
	// Another format (TimelineJS, a sheet, or what does not start like a
	// JSON object): read whole, told apart and imported by Parse.
	b, err := ReadFile(path)
	if err != nil {
		return Loaded{}, err
	}
	if progress != nil {
		progress(int64(len(b)), size, cr.events)
	}
	if how.strict {
		ds, ws, err := Parse(path, b)
		return Loaded{Dataset: ds, Warnings: ws}, err
	}
	return ParseForgiving(path, b) // forgive.go
}

// looksNative reports whether the file starts like a JSON object, after
// a byte-order mark and white space: a sheet in CSV never does.
func looksNative(br *bufio.Reader) bool {
	for n := 1; n <= 4096; n++ {
		b, err := br.Peek(n)
		if len(b) < n {
			return false
		}
		switch c := b[n-1]; {
		case c == '{':
			return true
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		case n <= 3 && c == "\xEF\xBB\xBF"[n-1]:
		default:
			return false
		}
		if err != nil {
			return false
		}
	}
	return false
}

// countingReader counts the bytes read through it and reports them, with
// the events decoded, at most every progressEvery.
type countingReader struct {
	r      io.Reader
	read   int64
	total  int64
	events int
	report func(read, total int64, events int)
	last   time.Time
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read += int64(n)
	c.tick(false)
	return n, err
}

// tick reports when the last report is old enough, or always when final.
func (c *countingReader) tick(final bool) {
	if c.report == nil {
		return
	}
	if now := time.Now(); final || now.Sub(c.last) >= progressEvery {
		c.last = now
		c.report(c.read, c.total, c.events)
	}
}
