#!/usr/bin/env bash
# idle-cpu.sh: CPU used by the explorer sitting idle. It runs the TUI on
# the bundled dataset (or --data $DATA) in a detached tmux session of
# 120×40, waits $WARM s for start-up, then reads utime+stime from
# /proc/PID/stat before and after $SECS s (10 by default) of idleness.
# Prints the CPU share (target ≤ 1 %) next to that of the Bubble Tea v2
# hello-world (testdata/hello) measured the same way just after, and the
# binary's size, plain and stripped (-ldflags='-s -w'; target ≤ 15 MB).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
need tmux go awk getconf
secs=${SECS:-10}
warm=${WARM:-2}
tmp=$(mktemp -d)
session="idle-cpu-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$tmp"' EXIT
build_timeline "$tmp/timeline"
(cd "$here/.." && go build -ldflags='-s -w' -o "$tmp/timeline-stripped" .)
(cd "$here/.." && go build -o "$tmp/hello" ./testdata/hello)
data=()
[ -n "${DATA:-}" ] && data=(--data "$DATA")
hz=$(getconf CLK_TCK)

# idle NAME COMMAND... runs the command in tmux and prints its idle CPU.
idle() {
	local name=$1 pid c0 c1 t0 t1
	shift
	tmux new-session -d -s "$session" -x 120 -y 40 "$*"
	sleep "$warm"
	pid=$(tmux list-panes -t "$session" -F '#{pane_pid}')
	ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
	c0=$(ticks)
	t0=$(now_ns)
	sleep "$secs"
	c1=$(ticks)
	t1=$(now_ns)
	tmux kill-session -t "$session"
	awk -v n="$name" -v c=$((c1 - c0)) -v hz="$hz" -v ns=$((t1 - t0)) \
		'BEGIN { printf "idle CPU of %s over %.1f s: %.0f ms of CPU, %.2f %%\n", n, ns / 1e9, c * 1000 / hz, 100 * c / hz / (ns / 1e9) }'
}
idle timeline "$tmp/timeline" "${data[@]}"
idle hello-world "$tmp/hello"
echo "(target ≤ 1 %; /proc counts in ticks of $((1000 / hz)) ms)"
size() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
echo "binary: $(size "$tmp/timeline") plain, $(size "$tmp/timeline-stripped") stripped (target ≤ 15 MB)"
