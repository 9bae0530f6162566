//go:build !unix

package data

import (
	"io/fs"
	"os"
)

// keepOwnerAndMode gives the temporary file the permission bits of the
// file it replaces; owners are a Unix notion.
func keepOwnerAndMode(f *os.File, st fs.FileInfo) error { return f.Chmod(st.Mode() & fs.ModePerm) }

// isSyncUnsupported reports whether a directory sync failed only because
// the system does not sync directories, which Windows does not.
func isSyncUnsupported(error) bool { return true }
