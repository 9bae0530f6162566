package data

import (
	"encoding/binary"
	"sync/atomic"
)

// A saved mark is what an update remembers of the file it saved: the
// file's stamp once saved, and the CRC-32C of every byte it wrote. The
// next update of the file reads the mark. A file with the same stamp whose
// bytes, as read, have the same checksum is the one this program saved:
// valid, since a save validates, and in the encoder's own bytes. It is
// then not validated again, and its save copies what the edit left alone
// (save_splice.go). The stamp alone would not do: a change within the
// clock's tick may leave the modification time as it was.
//
// Marks are kept outside the data file, where the program says
// (SetMarks): in the user's cache directory.
type savedMark struct {
	stamp Stamp
	sum   uint32
}

// MarkStore keeps a few bytes about a file across runs of the program.
// It must not give back what another build of the program kept, whose
// encoder may write otherwise.
type MarkStore interface {
	Mark(path string) []byte
	SetMark(path string, b []byte)
}

// marks is where updates keep their marks; none are kept when nil.
var marks atomic.Pointer[MarkStore]

// SetMarks tells updates where to keep their marks; nil keeps none.
func SetMarks(s MarkStore) {
	if s == nil {
		marks.Store(nil)
		return
	}
	marks.Store(&s)
}

// markLen is the length of a mark's bytes.
const markLen = 5 * 8

// loadMark returns the mark kept for the file at path.
func loadMark(path string) (savedMark, bool) {
	s := marks.Load()
	if s == nil {
		return savedMark{}, false
	}
	b := (*s).Mark(path)
	if len(b) != markLen {
		return savedMark{}, false
	}
	u := func(i int) uint64 { return binary.LittleEndian.Uint64(b[8*i:]) }
	return savedMark{stamp: Stamp{dev: u(0), ino: u(1), size: int64(u(2)), mtime: int64(u(3))}, sum: uint32(u(4))}, true
}

// keepMark keeps m for the file at path.
func keepMark(path string, m savedMark) {
	s := marks.Load()
	if s == nil {
		return
	}
	b := make([]byte, 0, markLen)
	for _, v := range []uint64{m.stamp.dev, m.stamp.ino, uint64(m.stamp.size), uint64(m.stamp.mtime), uint64(m.sum)} {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	(*s).SetMark(path, b)
}
