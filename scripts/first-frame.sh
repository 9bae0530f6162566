#!/usr/bin/env bash
# first-frame.sh: time from process start to the first frame of the
# explorer on the bundled dataset, against a Bubble Tea v2 hello-world
# (testdata/hello), both in a pseudo-terminal of 120×40 made by script(1).
# The clock stops when the output first holds the word "Timeline" (the
# list pane's title; the hello program prints it too), read through a
# FIFO by grep; the program is then stopped. $RUNS runs of each (21 by
# default), interleaved; prints the medians and the ratio (target ≤ 1.5).
# Both sides pay the same script(1) and stty start-up, which is included.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
need script grep go awk
runs=${RUNS:-21}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build_timeline "$tmp/timeline"
(cd "$here/.." && go build -o "$tmp/hello" ./testdata/hello)

# frame_ms BIN prints the milliseconds from start to the first "Timeline".
frame_ms() {
	local fifo="$tmp/out" pid t0 t1
	rm -f "$fifo"
	mkfifo "$fifo"
	t0=$(now_ns)
	script -qfec "stty cols 120 rows 40; exec $1" /dev/null >"$fifo" 2>/dev/null </dev/null &
	pid=$!
	grep -a -m1 -q Timeline <"$fifo" || true
	t1=$(now_ns)
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	echo $(((t1 - t0) / 1000))
}

: >"$tmp/t.txt"
for _ in $(seq "$runs"); do
	echo "$(frame_ms "$tmp/timeline") $(frame_ms "$tmp/hello")" >>"$tmp/t.txt"
done
mt=$(awk '{ print $1 / 1000 }' "$tmp/t.txt" | median)
mh=$(awk '{ print $2 / 1000 }' "$tmp/t.txt" | median)
echo "first frame, median of $runs interleaved runs: timeline ${mt} ms, hello-world ${mh} ms"
echo "ratio timeline/hello: $(awk -v a="$mt" -v b="$mh" 'BEGIN { printf "%.2f", a / b }') (target ≤ 1.5)"
