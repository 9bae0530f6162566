#!/usr/bin/env bash
# explorer-load.sh: how long the explorer takes to become usable on a
# synthetic file of $EVENTS events (100,000 by default), and how much memory
# it holds, the real binary in a pseudo-terminal of 120×40, $RUNS times:
#   usable  from the start of the process to the header naming the events
#           (the timeline is drawn and answers keys);
#   peak at usable   the process's peak resident size (VmHWM) then;
#   peak with index  the same 3 s later, once the search index that the
#           explorer builds in the background for large files is done.
# Medians, with the range. Usage: scripts/explorer-load.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
need script go awk pgrep
events=${EVENTS:-100000}
runs=${RUNS:-7}
tmp=$(mktemp -d)
trap 'pkill -f "$tmp/timeline" 2>/dev/null || true; rm -rf "$tmp"' EXIT
build_timeline "$tmp/timeline"
"$tmp/timeline" generate --events "$events" --seed 1 >"$tmp/events.json"
header="$events events"
for _ in $(seq "$runs"); do
	mkfifo "$tmp/out"
	t0=$(now_ns)
	script -qfec "stty cols 120 rows 40; exec $tmp/timeline --data $tmp/events.json" /dev/null >"$tmp/out" &
	grep -m1 -a -q "$header" <"$tmp/out"
	t1=$(now_ns)
	pid=$(pgrep -n -f "^$tmp/timeline --data")
	hwm1=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")
	cat "$tmp/out" >/dev/null &
	sleep 3
	hwm2=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")
	kill "$pid"
	wait 2>/dev/null || true
	rm -f "$tmp/out"
	echo "$(((t1 - t0) / 1000000)) $((hwm1 / 1000)) $((hwm2 / 1000))"
done >"$tmp/runs.txt"
range() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s–%s", lo, hi }'; }
for col in 1 2 3; do
	name=$(echo "usable_ms peak_at_usable_MB peak_with_index_MB" | cut -d' ' -f"$col")
	echo "$name: median $(awk -v c="$col" '{ print $c }' "$tmp/runs.txt" | median) ($(awk -v c="$col" '{ print $c }' "$tmp/runs.txt" | range))"
done
