#!/usr/bin/env bash
# typing.sh: the time from a key to a settled screen while a search is
# typed, timeline ("/" then the word) against fzf --exact on the lines
# "timeline list" prints for the same file, each in a pseudo-terminal of
# 120×40, $RUNS times a side in one run (testdata/typing does the
# typing and the timing). It prints p50 and p90 of each side, the slowest
# first key, and the ratio timeline/fzf: under 1, timeline settles sooner.
# The file is $DATA, or one generated with $EVENTS events (100,000 by
# default, seed 1) in a temporary directory. A large file needs time to
# load and index before the first key: READY=60s WAIT=25s for a million
# events on two cores, whose index takes several seconds after the load.
# Usage: scripts/typing.sh [WORD]   (default: lefevre)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
need fzf go
word=${1:-lefevre}
events=${EVENTS:-100000}
runs=${RUNS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/data"
build_timeline "$tmp/timeline"
(cd "$here/.." && go build -o "$tmp/typing" ./testdata/typing)
data=${DATA:-}
if [ -z "$data" ]; then
	data="$tmp/events.json"
	"$tmp/timeline" generate --events "$events" --seed 1 >"$data"
fi
echo "file: $data ($(($(stat -c %s "$data") / 1000000)) MB); word: $word; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$tmp/typing" -timeline "$tmp/timeline" -data "$data" -word "$word" -runs "$runs" -ready "${READY:-10s}" -wait "${WAIT:-0s}"
