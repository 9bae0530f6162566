package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
)

// Marks are a few bytes a command keeps about a dataset file it saved
// (data.MarkStore: what it wrote, so that the next change of the file
// can trust it). They follow the entries' rules: kept in the cache
// directory, readable by the user only, written atomically, and trusted
// only by the build of the program that wrote them, since another build
// may encode files otherwise; the most recent markKeep are kept.

const (
	markSuffix = ".mark"
	markKeep   = 64
)

// Mark returns the bytes SetMark kept for the file at path, or nil when
// this build of the program kept none.
func (c *Cache) Mark(path string) []byte {
	name, id, ok := c.markFile(path)
	if !ok {
		return nil
	}
	b, err := os.ReadFile(name)
	if err != nil || len(b) < len(id) || string(b[:len(id)]) != id {
		return nil
	}
	return b[len(id):]
}

// SetMark keeps b for the file at path. A mark that cannot be written is
// not an error: it only saves work.
func (c *Cache) SetMark(path string, b []byte) {
	name, id, ok := c.markFile(path)
	if !ok || os.MkdirAll(c.dir, 0o700) != nil {
		return
	}
	tmp, err := os.CreateTemp(c.dir, ".tmp-*")
	if err != nil {
		return
	}
	_, err = tmp.Write(append([]byte(id), b...))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return
	}
	c.prune(markSuffix, markKeep)
}

// markFile returns the file of the mark of path and what its bytes start
// with: the running program's identity, hashed.
func (c *Cache) markFile(path string) (name, id string, ok bool) {
	if c == nil {
		return "", "", false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", "", false
	}
	exe, ok := executableIdentity()
	if !ok {
		return "", "", false
	}
	sum, who := sha256.Sum256([]byte(abs)), sha256.Sum256([]byte(exe))
	return filepath.Join(c.dir, hex.EncodeToString(sum[:16])+markSuffix), hex.EncodeToString(who[:]) + "\n", true
}
