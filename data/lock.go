package data

import (
	"errors"
	"os"
	"path/filepath"
	"time"
)

// Lock is this process's hold on a dataset file's lock: while it is held,
// no other writer that locks (Update, in this or another process) reads,
// changes or saves the file. Readers do not lock; atomic saves make sure
// they see a whole file.
type Lock struct {
	f *os.File
}

// LockPath returns the lock file of the dataset at path: ".NAME.lock" in
// the same directory. It is created on first use and left in place, empty:
// removing it while another writer waits on it would let a third one take
// a different lock on a new file of the same name.
func LockPath(path string) string {
	dir, base := filepath.Split(path)
	return filepath.Join(dir, "."+base+".lock")
}

// LockWait is how long Update waits for another writer to finish before
// giving up: a save of the largest file takes a few seconds.
const LockWait = 15 * time.Second

// errLocked says that the lock stayed held by someone else.
var errLocked = errors.New("locked")

// LockFile takes the lock of the dataset file at path (see LockPath),
// waiting up to wait for another writer to release it. The lock is an
// advisory flock(2) on the lock file: the system releases it when the
// process ends, however it ends, so a crashed writer never leaves a file
// locked.
func LockFile(path string, wait time.Duration) (*Lock, error) {
	lp := LockPath(path)
	f, err := os.OpenFile(lp, os.O_RDWR|os.O_CREATE, 0o666)
	if err != nil {
		return nil, fail(path, "cannot lock: %v", unwrapPath(err))
	}
	deadline := time.Now().Add(wait)
	for pause := time.Millisecond; ; pause = min(2*pause, 50*time.Millisecond) {
		err := tryLock(f)
		if err == nil {
			return &Lock{f: f}, nil
		}
		if !errors.Is(err, errLocked) {
			f.Close()
			return nil, fail(path, "cannot lock: %v", err)
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, fail(path, "another program is saving it (it holds %s); try again", lp)
		}
		time.Sleep(pause)
	}
}

// Unlock releases the lock. Closing the lock file releases it too.
func (l *Lock) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := unlock(l.f)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	return err
}
