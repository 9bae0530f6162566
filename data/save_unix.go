//go:build unix

package data

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// keepOwnerAndMode gives the temporary file f the mode of the file it
// will replace (permission bits, setuid, setgid, sticky) and, when the
// process may, its owner and group: a root-run save of a user's file must
// not hand the file to root. Being refused the owner is not an error.
func keepOwnerAndMode(f *os.File, st fs.FileInfo) error {
	if err := f.Chmod(st.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)); err != nil {
		return err
	}
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok || int(sys.Uid) == os.Geteuid() && int(sys.Gid) == os.Getegid() {
		return nil
	}
	if err := f.Chown(int(sys.Uid), int(sys.Gid)); err != nil && !errors.Is(err, fs.ErrPermission) {
		return err
	}
	// Chown clears setuid and setgid on some systems: set the mode again.
	return f.Chmod(st.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky))
}

// isSyncUnsupported reports whether a directory sync failed only because
// the file system does not sync directories.
func isSyncUnsupported(err error) bool {
	return errors.Is(err, syscall.EINVAL) || errors.Is(err, syscall.ENOTSUP)
}
