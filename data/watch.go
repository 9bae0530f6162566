package data

import (
	"path/filepath"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// WatchQuiet is how long a file must stay quiet after a change before the
// change is reported: a save is a burst of events (a write, a rename, a
// change of mode), and an editor may save several times in a row.
const WatchQuiet = 100 * time.Millisecond

// WatchLatest bounds how long a change waits to be reported while changes
// keep coming, so that another writer's change shows within a second even
// during a burst of saves.
const WatchLatest = 500 * time.Millisecond

// Watcher reports that a dataset file changed: written in place, replaced
// by a rename (as atomic saves, this program's among them, replace it),
// removed or moved away. It watches the file's directory and keeps the
// events that name the file, because a replaced file is a new inode that a
// watch on the file itself would not follow. Reports are debounced (see
// WatchQuiet and WatchLatest) and coalesced: one report may stand for many
// changes, and says only "read the file again". Compare StampOf with the
// Saved.Stamp of a save to tell one's own save from another writer's.
type Watcher struct {
	fw      *fsnotify.Watcher
	names   map[string]bool
	changes chan struct{}
	errs    chan error
	done    chan struct{}
	stopped sync.WaitGroup
	close   sync.Once
}

// Watch starts watching the file at path, which need not exist yet. When
// path is a symbolic link, both the link's directory and the directory of
// the file it names are watched.
func Watch(path string) (*Watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fail(path, "cannot watch: %v", err)
	}
	w := &Watcher{fw: fw, names: map[string]bool{}, changes: make(chan struct{}, 1), errs: make(chan error, 1),
		done: make(chan struct{})}
	abs, err := filepath.Abs(path)
	if err != nil {
		fw.Close()
		return nil, fail(path, "cannot watch: %v", err)
	}
	w.names[abs] = true
	if target, err := filepath.EvalSymlinks(abs); err == nil {
		w.names[target] = true
	}
	dirs := map[string]bool{}
	for name := range w.names {
		dirs[filepath.Dir(name)] = true
	}
	for dir := range dirs {
		if err := fw.Add(dir); err != nil {
			fw.Close()
			return nil, fail(path, "cannot watch %s: %v", dir, unwrapPath(err))
		}
	}
	w.stopped.Add(1)
	go w.run()
	return w, nil
}

// Changes delivers a value after the file changed. It is closed by Close.
func (w *Watcher) Changes() <-chan struct{} { return w.changes }

// Errors delivers what went wrong with watching (the system's queue
// overflowed, say, when changes may have been missed: read the file
// again). It is closed by Close.
func (w *Watcher) Errors() <-chan error { return w.errs }

// Close stops watching and closes Changes and Errors once nothing more
// will be sent on them. It may be called more than once.
func (w *Watcher) Close() error {
	var err error
	w.close.Do(func() {
		close(w.done)
		err = w.fw.Close()
		w.stopped.Wait()
		close(w.changes)
		close(w.errs)
	})
	return err
}

// run turns the directory's events into debounced reports until Close.
func (w *Watcher) run() {
	defer w.stopped.Done()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var first time.Time // when the pending change began; zero when none is pending
	for {
		select {
		case <-w.done:
			timer.Stop()
			return
		case ev, ok := <-w.fw.Events:
			if !ok {
				return
			}
			if !w.names[filepath.Clean(ev.Name)] || ev.Op == fsnotify.Chmod {
				continue
			}
			now := time.Now()
			if first.IsZero() {
				first = now
			}
			timer.Reset(min(WatchQuiet, WatchLatest-now.Sub(first)))
		case <-timer.C:
			first = time.Time{}
			select {
			case w.changes <- struct{}{}:
			default: // a report is already waiting: it covers this one
			}
		case err, ok := <-w.fw.Errors:
			if !ok {
				return
			}
			select {
			case w.errs <- err:
			default:
			}
		}
	}
}
