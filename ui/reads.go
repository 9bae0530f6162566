package ui

import "sync"

// reads keeps the searches that run as commands off the dataset and its
// search index while an edit changes both in place (model.Edit.Apply,
// search.Index.Update): a search reads under the read lock and gives up
// when an edit came after it was started; an edit cancels the searches,
// then holds the write lock, which waits for those still reading to see
// their cancellation.
type reads struct {
	mu      sync.RWMutex
	version uint64 // edits so far
}

// enter starts a read for a search started at version, and reports false,
// holding nothing, when an edit has come since: the events it would read
// are no longer those it was started on.
func (r *reads) enter(version uint64) bool {
	r.mu.RLock()
	if r.version != version {
		r.mu.RUnlock()
		return false
	}
	return true
}

// leave ends a read that enter started.
func (r *reads) leave() { r.mu.RUnlock() }

// edit waits for the reads under way to end, and holds off new ones until
// done is called.
func (r *reads) edit() (done func()) {
	r.mu.Lock()
	r.version++
	return r.mu.Unlock
}
