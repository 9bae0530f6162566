#!/usr/bin/env bash
# bench-fzf.sh: "timeline list QUERY --data F" (load included) against fzf
# --exact -f QUERY over the lines "timeline list --data F" prints, on a
# synthetic file of $EVENTS events (100,000 by default), in one run:
#   1. hyperfine, each command $RUNS times: medians and their ratio;
#   2. $PAIRS interleaved pairs timed here: the median of the per-pair
#      ratios, so that a burst of load from other processes hits both.
# timeline is timed twice: after "timeline index F" (timed once on its
# own), answering from the index, and with TIMELINE_CACHE=off, reading the
# JSON file every time. The index lives in a temporary directory, not in
# the user's cache.
# A ratio under 1 means timeline is faster. The piped form
# (timeline list --data F | fzf) is timed too, for reference.
# Usage: scripts/bench-fzf.sh [QUERY]   (default: lefevre)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
need hyperfine fzf go awk
query=${1:-lefevre}
events=${EVENTS:-100000}
runs=${RUNS:-15}
pairs=${PAIRS:-15}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache"
build_timeline "$tmp/timeline"
"$tmp/timeline" generate --events "$events" --seed 1 >"$tmp/events.json"
TIMELINE_CACHE=off "$tmp/timeline" list --data "$tmp/events.json" >"$tmp/lines.txt"
echo "events: $events; file: $(($(stat -c %s "$tmp/events.json") / 1000000)) MB; lines: $(wc -l <"$tmp/lines.txt"); query: $query"
echo "matches: timeline $(TIMELINE_CACHE=off "$tmp/timeline" list "$query" --data "$tmp/events.json" | wc -l), fzf $(fzf --exact -f "$query" <"$tmp/lines.txt" | wc -l || true)"
echo "(timeline also searches summaries, people and sources; fzf sees only the printed line)"

# index waits until the file is two seconds old before it trusts it.
sleep 2
t0=$(now_ns)
"$tmp/timeline" index "$tmp/events.json" 2>/dev/null
t1=$(now_ns)
cmp -s <("$tmp/timeline" list "$query" --data "$tmp/events.json") \
	<(TIMELINE_CACHE=off "$tmp/timeline" list "$query" --data "$tmp/events.json") ||
	{ echo "the answer from the index differs from the plain one" >&2; exit 1; }
echo "timeline index: $(((t1 - t0) / 1000000)) ms; index: $(($(du -sk "$XDG_CACHE_HOME/timeline" | cut -f1) / 1000)) MB"

tl="$tmp/timeline list $query --data $tmp/events.json"
tln="TIMELINE_CACHE=off $tmp/timeline list $query --data $tmp/events.json"
fz="fzf --exact -f $query < $tmp/lines.txt"
pipe="$tmp/timeline list --data $tmp/events.json | fzf --exact -f $query"
hyperfine --style basic --warmup 2 --runs "$runs" -i --export-csv "$tmp/h.csv" \
	-n timeline "$tl" -n timeline-nocache "$tln" -n fzf "$fz" -n "timeline|fzf" "$pipe" >"$tmp/h.txt"
# CSV columns: command,mean,stddev,median,user,system,min,max
med() { awk -F, -v n="$1" '$1 == n { printf "%.1f", $4 * 1000 }' "$tmp/h.csv"; }
mt=$(med timeline) mn=$(med timeline-nocache) mf=$(med fzf) mp=$(med "timeline|fzf")
echo "hyperfine medians ($runs runs): timeline ${mt} ms, without the index ${mn} ms, fzf ${mf} ms, timeline|fzf ${mp} ms"
echo "hyperfine ratios: timeline/fzf $(awk -v a="$mt" -v b="$mf" 'BEGIN { printf "%.2f", a / b }'), without the index $(awk -v a="$mn" -v b="$mf" 'BEGIN { printf "%.2f", a / b }')"

for _ in $(seq "$pairs"); do
	t0=$(now_ns); "$tmp/timeline" list "$query" --data "$tmp/events.json" >/dev/null; t1=$(now_ns)
	fzf --exact -f "$query" <"$tmp/lines.txt" >/dev/null || true; t2=$(now_ns)
	echo "$(((t1 - t0) / 1000)) $(((t2 - t1) / 1000))"
done >"$tmp/pairs.txt"
pt=$(awk '{ print $1 / 1000 }' "$tmp/pairs.txt" | median)
pf=$(awk '{ print $2 / 1000 }' "$tmp/pairs.txt" | median)
pr=$(awk '{ print $1 / $2 }' "$tmp/pairs.txt" | median)
echo "pairs medians ($pairs interleaved pairs, indexed): timeline ${pt} ms, fzf ${pf} ms; median of per-pair ratios timeline/fzf: $(printf %.2f "$pr")"
