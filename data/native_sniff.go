package data

// formatSniff tells, while a file that starts like JSON is decoded as
// native, whether detectFormat would call it TimelineJS, by the same rules
// and at the same point of the file, so that a file opened from disk is
// streamed once whatever its format: a TimelineJS file makes the decoder
// stop with errNotNative, and the caller imports it instead.
//
// The rules (see detectFormat): a top-level "timeline" object with a
// "date" key is TimelineJS 2; the first event that is not null decides by
// its keys (an "id" or "date" string is native; "start_date", "unique_id"
// or a "text" object is TimelineJS v3); when nothing decided, "eras" or
// "scale" at the top level make it TimelineJS v3. Anything malformed
// before a decision makes it native, whose messages explain the problem.
type formatSniff struct {
	decided   bool
	notNative bool
	v3Keys    bool // "eras" or "scale" at the top level

	events                      bool // the top-level key being read is "events", as written
	inFirst, firstDone          bool // reading the first event; read it
	idString, dateString, tjsV3 bool // what the first event has
	textObject                  bool
}

// eventsList reports whether the list of events being read can decide the
// format: it is under the key "events" exactly, and it is a list (null or
// anything else makes the file native). Each such list is looked at anew.
func (f *formatSniff) eventsList(c byte) bool {
	if f.decided || !f.events {
		return false
	}
	if c != '[' {
		f.decide(true)
		return false
	}
	f.firstDone = false
	return true
}

// decide settles the format.
func (f *formatSniff) decide(native bool) {
	if !f.decided {
		f.decided, f.notNative = true, !native
	}
}

// firstEvent reports whether an element of the events list that starts
// with c is the first to decide the format: null is passed over, and an
// element that is not an object makes the file native.
func (f *formatSniff) firstEvent(c byte) bool {
	if f.decided || f.firstDone {
		return false
	}
	switch c {
	case '{':
		f.inFirst = true
		return true
	case 'n':
		return false
	}
	f.decide(true)
	return false
}

// firstRead decides on the first event once read, and reports whether the
// file is not native after all. An event that is not valid JSON makes it
// native.
func (f *formatSniff) firstRead(failed bool) bool {
	f.inFirst, f.firstDone = false, true
	switch {
	case failed || f.idString || f.dateString:
		f.decide(true)
	case f.tjsV3 || f.textObject:
		f.decide(false)
	}
	return f.notNative
}

// ended decides, at the end of the top-level object, what nothing decided
// before.
func (f *formatSniff) ended() {
	if !f.decided {
		f.decide(!f.v3Keys)
	}
}

// sniffKey looks at a key of the top-level object or of the first event,
// before its value is read.
func (d *decoder) sniffKey(key []byte) {
	f := d.sniff
	if f.decided {
		return
	}
	if !d.p.inEvent {
		k := string(key)
		f.events = k == "events"
		if k == "eras" || k == "scale" {
			f.v3Keys = true
		}
		return
	}
	if !f.inFirst {
		return
	}
	c := d.s.peek()
	switch string(key) {
	case "id":
		f.idString = c == '"'
	case "date":
		f.dateString = c == '"'
	case "start_date", "unique_id":
		f.tjsV3 = true
	case "text":
		f.textObject = c == '{'
	}
}

// sniffTimeline reads the value of a top-level "timeline" key, which the
// native format does not have: an object with a "date" key makes the file
// TimelineJS 2, one with "slides" or "events" the v3 shape under
// "timeline"; another object or null leaves the question open; anything
// else makes it native.
func (d *decoder) sniffTimeline() {
	s := &d.s
	switch c := s.peek(); {
	case d.sniff.decided || c == 'n':
		s.skip()
		return
	case c != '{':
		d.sniff.decide(true)
		s.skip()
		return
	}
	told := false // "date" (TimelineJS 2), or "slides" or "events" (v3 under "timeline")
	s.object(func(k []byte) {
		told = told || string(k) == "date" || string(k) == "slides" || string(k) == "events"
		s.skip()
	})
	if s.failed {
		return
	}
	if told {
		d.sniff.decide(false)
		s.stop()
	}
}

// stop ends the scan where it is, without an error: the file is read no
// further.
func (s *scanner) stop() {
	s.failed = true
	s.pos, s.end, s.eof = 0, 0, true
}
