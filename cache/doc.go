// Package cache keeps search indexes of dataset files, so that
// "timeline list" answers a query without reading the file again: the
// search index (search.Index) and the printed line of every event in
// each language, with the warnings the load gave. An entry is made only
// when the user asks for it ("timeline index FILE"); list then keeps it up
// to date when the file changes.
//
// An entry is written only after the file has loaded and validated, and
// read only while the file is unchanged: the key holds the file's absolute
// path, device, inode, size, modification and change times, a hash of its
// first and last 64 KiB, and the identity of the running executable, so
// that a rebuilt program never trusts an entry an older one wrote. A file
// modified less than Settle ago is not indexed, since a second change
// within the same clock tick could leave its times unchanged.
//
// Entries live in the user's cache directory ($XDG_CACHE_HOME/timeline or
// ~/.cache/timeline), readable by the user only, written atomically, with a
// checksum; the eight most recently written are kept. TIMELINE_CACHE=off
// turns the cache off.
//
// Beside the entries, the cache keeps marks (mark.go): a few bytes that a
// change of a dataset file leaves about the file it saved, so that the
// next change can trust it (data.MarkStore).
package cache
