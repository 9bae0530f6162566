//go:build !unix

package data

import (
	"errors"
	"os"
)

// tryLock would take the lock; this system has no flock, and a writer
// that cannot lock must not write, so saving is refused rather than
// racing another writer.
func tryLock(*os.File) error { return errors.New("file locking is not supported on this system") }

func unlock(*os.File) error { return nil }
