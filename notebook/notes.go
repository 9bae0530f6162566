package notebook

import (
	"maps"
	"slices"

	"timeline/model"
)

// Annotation is what a reporter keeps on one event for themselves.
type Annotation struct {
	Starred bool   `json:"starred,omitempty"`
	Note    string `json:"note,omitempty"` // private: never written into the dataset
}

// IsZero reports whether the annotation says nothing.
func (a Annotation) IsZero() bool { return !a.Starred && a.Note == "" }

// Notes are a dataset's annotations, by event id.
type Notes struct {
	// File names the dataset: its file's absolute path, or the bundled
	// dataset's name. It is written in the sidecar so that a person
	// looking at the notes directory can tell the files apart.
	File   string                `json:"file"`
	Events map[string]Annotation `json:"events"`
}

// Get returns the annotation of the event with id, zero when it has none.
func (n *Notes) Get(id string) Annotation { return n.Events[id] }

// Set records the annotation of the event with id; a zero annotation
// removes it. The note is sanitised as dataset text is (it is shown in
// the terminal), and clipped at model.MaxFieldBytes.
func (n *Notes) Set(id string, a Annotation) {
	a.Note, _ = model.Sanitize(a.Note)
	if a.IsZero() {
		delete(n.Events, id)
		return
	}
	if n.Events == nil {
		n.Events = map[string]Annotation{}
	}
	n.Events[id] = a
}

// ToggleStar stars the event with id, or unstars it, and returns whether
// it is now starred.
func (n *Notes) ToggleStar(id string) bool {
	a := n.Get(id)
	a.Starred = !a.Starred
	n.Set(id, a)
	return a.Starred
}

// SetNote records the note on the event with id; an empty note removes it.
func (n *Notes) SetNote(id, note string) {
	a := n.Get(id)
	a.Note = note
	n.Set(id, a)
}

// Starred returns the ids of the starred events, sorted, for a filter
// such as "starred:".
func (n *Notes) Starred() []string {
	var ids []string
	for id, a := range n.Events {
		if a.Starred {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

// IDs returns the ids of the events that have an annotation, sorted.
func (n *Notes) IDs() []string { return slices.Sorted(maps.Keys(n.Events)) }
