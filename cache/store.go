package cache

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

// Env names the environment variable that turns the cache off when it is
// "off" or "0".
const Env = "TIMELINE_CACHE"

// keep is how many entries the cache directory holds at most.
const keep = 8

// maxEntryBytes bounds what Get maps: an entry is about the size of the
// file it was made from (0.8 times for the synthetic files), and the
// loader takes files up to data.MaxFileBytes.
const maxEntryBytes = 4 << 30

const entrySuffix = ".tlc"

// Cache is a directory of entries.
type Cache struct{ dir string }

// Default returns the cache in the user's cache directory, or nil when the
// cache is turned off or there is no such directory. A nil *Cache is valid:
// it holds nothing and stores nothing.
func Default() *Cache {
	if v := os.Getenv(Env); v == "off" || v == "0" {
		return nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return nil
	}
	return &Cache{dir: filepath.Join(dir, "timeline")}
}

// Dir returns the directory the cache keeps its entries in.
func (c *Cache) Dir() string { return c.dir }

// Has reports whether there is an entry for k's file, up to date or not.
func (c *Cache) Has(k Key) bool {
	if c == nil || k.id == "" {
		return false
	}
	_, err := os.Lstat(filepath.Join(c.dir, k.fileName()))
	return err == nil
}

// Get returns the entry for k, or false when there is none that can be
// trusted. Nothing about a missing or damaged entry is an error: the caller
// loads the file instead. The entry's index and lines are read from the
// file as it is now: read them only inside Guard.
func (c *Cache) Get(k Key) (*Entry, bool) {
	if c == nil || k.id == "" {
		return nil, false
	}
	// O_NONBLOCK: a FIFO put in the entry's place must not hang the
	// command; the type check below then refuses it.
	f, err := os.OpenFile(filepath.Join(c.dir, k.fileName()), os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() || fi.Size() > maxEntryBytes {
		return nil, false
	}
	b, err := readEntry(f, fi.Size())
	if err != nil {
		return nil, false
	}
	e, err := decodeGuarded(k.id, b)
	return e, err == nil
}

// decodeGuarded is decode of the bytes of an entry file that readEntry
// mapped into memory, an error if the file is cut short meanwhile (see
// Guard).
func decodeGuarded(id string, b []byte) (e *Entry, err error) {
	if gerr := Guard(func() { e, err = decode(id, b) }); gerr != nil {
		return nil, gerr
	}
	return e, err
}

// Put stores e for k, replacing any older entry for the same file, and
// removes the oldest entries beyond the last eight. The entry appears
// whole or not at all.
func (c *Cache) Put(k Key, e *Entry) error {
	if c == nil || k.id == "" {
		return nil
	}
	if err := os.MkdirAll(c.dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(c.dir, ".tmp-*")
	if err != nil {
		return err
	}
	err = encode(tmp, k.id, e)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), filepath.Join(c.dir, k.fileName()))
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	c.prune(entrySuffix, keep)
	return nil
}

// prune removes the oldest files named with suffix beyond the most recent
// keep, and temporary files left by a write that was killed more than an
// hour ago.
func (c *Cache) prune(suffix string, keep int) {
	des, err := os.ReadDir(c.dir)
	if err != nil {
		return
	}
	type entry struct {
		name string
		mod  time.Time
	}
	var entries []entry
	for _, de := range des {
		fi, err := de.Info()
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		switch {
		case strings.HasSuffix(de.Name(), suffix):
			entries = append(entries, entry{de.Name(), fi.ModTime()})
		case strings.HasPrefix(de.Name(), ".tmp-") && time.Since(fi.ModTime()) > time.Hour:
			os.Remove(filepath.Join(c.dir, de.Name()))
		}
	}
	slices.SortFunc(entries, func(a, b entry) int { return b.mod.Compare(a.mod) })
	for _, e := range entries[min(keep, len(entries)):] {
		os.Remove(filepath.Join(c.dir, e.name))
	}
}
