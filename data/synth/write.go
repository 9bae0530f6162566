package synth

import (
	"bufio"
	"encoding/json"
	"io"

	"timeline/data"
)

// Write writes the dataset Generate(n, seed) would return as native JSON,
// streaming: one event at a time, the sources regenerated after the
// events, so that a million events need no more memory than one.
func Write(w io.Writer, n int, seed int64) error {
	g := newGen(n, seed)
	bw := bufio.NewWriterSize(w, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	put := func(s string) { bw.WriteString(s) }
	var err error
	encode := func(v any) {
		if err == nil {
			err = enc.Encode(v)
		}
	}
	put(`{"title":`)
	encode(data.TextJSON(g.title()))
	put(`,"description":`)
	encode(data.TextJSON(g.description()))
	put(`,"updated":`)
	encode(g.updated().String())
	put(`,"people":[`)
	for i := range g.people {
		if i > 0 {
			put(",")
		}
		encode(data.PersonJSON(&g.people[i]))
	}
	put(`],"orgs":[`)
	for i := range g.orgs {
		if i > 0 {
			put(",")
		}
		encode(data.OrgJSON(&g.orgs[i]))
	}
	put(`],"events":[`)
	for i := range max(n, 0) {
		if i > 0 {
			put(",")
		}
		ev, _ := g.event(i)
		encode(data.EventJSON(&ev))
	}
	put(`],"sources":[`)
	first := true
	for i := range max(n, 0) {
		_, srcs := g.event(i)
		for _, s := range srcs {
			if !first {
				put(",")
			}
			first = false
			encode(data.SourceJSON(&s))
		}
	}
	put("]}\n")
	if err != nil {
		return err
	}
	return bw.Flush()
}
