package notebook

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"timeline/data"
	"timeline/model"
)

// Store keeps one dataset's annotations in their sidecar file. Two
// explorers open on the same dataset share it: each change is a locked
// read, change and atomic save of the sidecar, so neither loses the
// other's stars.
type Store struct {
	key  string // the dataset's name (see datasetKey)
	path string // the sidecar
}

// maxNotesBytes bounds the sidecar read: notes are a reporter's typing,
// and a file far larger is not one this program wrote.
const maxNotesBytes = 64 << 20

// Open returns the store of the annotations of the dataset in dataFile
// ("" or data.BundledName for the bundled dataset). Nothing is created
// until something is saved.
func Open(dataFile string) (*Store, error) {
	key, err := datasetKey(dataFile)
	if err != nil {
		return nil, err
	}
	path, err := sidecarPath(key)
	if err != nil {
		return nil, err
	}
	return &Store{key: key, path: path}, nil
}

// Path returns the sidecar file, to show where notes are kept.
func (s *Store) Path() string { return s.path }

// Load reads the annotations; a dataset without any has empty Notes.
func (s *Store) Load() (*Notes, error) {
	n := &Notes{File: s.key, Events: map[string]Annotation{}}
	f, err := os.Open(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return n, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	switch {
	case err != nil:
		return nil, err
	case !st.Mode().IsRegular() || st.Size() > maxNotesBytes:
		return nil, fmt.Errorf("%s: not a notes file", s.path)
	case st.Size() == 0: // created by an Update whose save failed
		return n, nil
	}
	var raw struct {
		File   string                `json:"file"`
		Events map[string]Annotation `json:"events"`
	}
	if err := json.NewDecoder(f).Decode(&raw); err != nil {
		return nil, fmt.Errorf("%s: %v", s.path, err)
	}
	for id, a := range raw.Events { // sanitised as a loaded dataset is
		clean, _ := model.SanitizeLine(id)
		n.Set(clean, a)
	}
	return n, nil
}

// Update reads the annotations as they are on disk, under the sidecar's
// lock, calls change on them and saves them atomically; it returns them
// as saved. When change returns an error nothing is saved.
func (s *Store) Update(change func(*Notes) error) (*Notes, error) {
	dir := filepath.Dir(s.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	lock, err := data.LockFile(s.path, data.LockWait)
	if err != nil {
		return nil, err
	}
	defer lock.Unlock()
	n, err := s.Load()
	if err != nil {
		return nil, err
	}
	if err := change(n); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(n); err != nil {
		return nil, err
	}
	// A new sidecar is private from its first byte: created empty, for
	// the user alone, and then replaced keeping that mode.
	if f, err := os.OpenFile(s.path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600); err == nil {
		f.Close()
	}
	if err := data.WriteAtomic(s.path, buf.Bytes()); err != nil {
		return nil, err
	}
	return n, nil
}
