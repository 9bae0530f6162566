package cli

import (
	"timeline/cache"
	"timeline/data"
)

// keepMarks lets the changes of a file keep their marks in the user's
// cache directory, unless the cache is turned off (TIMELINE_CACHE=off):
// a file this program saved is then trusted by its next change, which
// neither validates it again nor encodes again what it left alone (see
// data.MarkStore).
func keepMarks() {
	if c := cache.Default(); c != nil {
		data.SetMarks(c)
		return
	}
	data.SetMarks(nil)
}
