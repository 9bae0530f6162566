package search

import "runtime/debug"

// panicsOnFault reports whether the calling goroutine asked for a panic
// rather than a crash on a memory fault (debug.SetPanicOnFault), as a
// reader of a search index mapped from a file does (package cache: the
// file can be cut short under it). The setting belongs to a goroutine, so
// a search that spreads over workers passes it on to them.
func panicsOnFault() bool {
	on := debug.SetPanicOnFault(false)
	debug.SetPanicOnFault(on)
	return on
}

// isFault reports whether r, a value recovered from a panic, is a memory
// fault that debug.SetPanicOnFault turned into a panic: such a panic
// carries the faulting address. A worker hands it back to its caller, who
// asked for it, instead of turning it into an error that would read as "no
// match".
func isFault(r any) bool {
	_, ok := r.(interface{ Addr() uintptr })
	return ok
}
