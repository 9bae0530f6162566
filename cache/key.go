package cache

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"time"
)

// Settle is how long a file must have been left unmodified before it is
// indexed (see the package documentation).
const Settle = 2 * time.Second

// sampleBytes is how much of the start and of the end of a file the key
// hashes.
const sampleBytes = 64 << 10

// Key identifies one version of one dataset file, as the package
// documentation describes.
type Key struct {
	path string // absolute
	id   string // what must be equal for an entry to be trusted
}

// KeyFor returns the key of the file at path, and false when the file is
// not one to index: not a regular file, modified less than Settle ago, or
// not readable.
func KeyFor(path string) (Key, bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return Key{}, false
	}
	f, err := os.OpenFile(abs, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return Key{}, false
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() || time.Since(fi.ModTime()) < Settle {
		return Key{}, false
	}
	h := sha256.New()
	h.Write([]byte(abs))
	var n [8]byte
	for _, v := range statIdentity(fi) {
		binary.LittleEndian.PutUint64(n[:], uint64(v))
		h.Write(n[:])
	}
	if !hashSample(h, f, 0) || !hashSample(h, f, max(fi.Size()-sampleBytes, 0)) {
		return Key{}, false
	}
	exe, ok := executableIdentity()
	if !ok {
		return Key{}, false
	}
	h.Write([]byte(exe))
	return Key{path: abs, id: hex.EncodeToString(h.Sum(nil))}, true
}

// WaitSettled waits until the file at path was last modified at least
// Settle ago, at most Settle.
func WaitSettled(path string) {
	if fi, err := os.Stat(path); err == nil {
		if d := Settle - time.Since(fi.ModTime()); d > 0 {
			time.Sleep(min(d, Settle) + 10*time.Millisecond)
		}
	}
}

// statIdentity returns what stat says of a file that changes when its
// content does.
func statIdentity(fi os.FileInfo) []int64 {
	v := []int64{fi.Size(), fi.ModTime().UnixNano()}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		v = append(v, int64(st.Dev), int64(st.Ino), changeTime(st))
	}
	return v
}

// hashSample adds up to sampleBytes of f from off to h.
func hashSample(h io.Writer, f *os.File, off int64) bool {
	b := make([]byte, sampleBytes)
	n, err := f.ReadAt(b, off)
	if err != nil && err != io.EOF {
		return false
	}
	h.Write(b[:n])
	return true
}

// executableIdentity names the running program by its path, size and
// modification time.
func executableIdentity() (string, bool) {
	exe, err := os.Executable()
	if err != nil {
		return "", false
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return "", false
	}
	return exe + "\x00" + fi.ModTime().UTC().Format(time.RFC3339Nano) + "\x00" + strconv.FormatInt(fi.Size(), 10), true
}

// fileName is the name of the entry for an absolute path.
func (k Key) fileName() string {
	sum := sha256.Sum256([]byte(k.path))
	return hex.EncodeToString(sum[:16]) + entrySuffix
}
