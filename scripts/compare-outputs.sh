#!/usr/bin/env bash
# compare-outputs.sh OLD NEW: runs two timeline binaries over the same
# commands (list, show, people, orgs, stats, orgchart and every export, in
# English and French) on the bundled dataset and on a generated 10k file,
# and reports any output that differs, byte for byte. A refactoring must
# change none of them.
#
#	go build -o /tmp/timeline-new . && scripts/compare-outputs.sh /tmp/timeline-old /tmp/timeline-new
set -u
old=${1:?usage: compare-outputs.sh OLD NEW}
new=${2:?usage: compare-outputs.sh OLD NEW}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$new" generate --events 10000 --seed 7 >"$work/10k.json"

cmds=()
for lang in en fr; do
	for data in "" "$work/10k.json"; do
		d=()
		[ -n "$data" ] && d=(--data "$data")
		cmds+=("list --lang $lang ${d[*]}" "list --format json --lang $lang ${d[*]}"
			"list kind:departure --lang $lang ${d[*]}" "list meta --lang $lang ${d[*]}"
			"people --lang $lang ${d[*]}" "people --format json --lang $lang ${d[*]}"
			"orgs --lang $lang ${d[*]}" "orgs --format json --lang $lang ${d[*]}"
			"stats --lang $lang ${d[*]}" "stats --format json --lang $lang ${d[*]}")
		for f in json timelinejs md csv ics; do
			cmds+=("export --format $f --lang $lang ${d[*]}")
		done
	done
	for at in 2025-06-01 2025-07-15 2025-08-19 2025-08-20 2025-09-30; do
		cmds+=("orgchart --at $at --lang $lang" "orgchart --at $at --format json --lang $lang")
	done
	for id in $("$old" list --format json | grep -o '"id": "[^"]*"' | cut -d'"' -f4); do
		for f in text json citation md; do
			cmds+=("show $id --format $f --lang $lang")
		done
	done
done

differ=0
for c in "${cmds[@]}"; do
	# shellcheck disable=SC2086
	"$old" $c >"$work/old.out" 2>"$work/old.err"
	o=$?
	# shellcheck disable=SC2086
	"$new" $c >"$work/new.out" 2>"$work/new.err"
	n=$?
	if [ $o != $n ] || ! cmp -s "$work/old.out" "$work/new.out"; then
		echo "differs: timeline $c (exit $o / $n)"
		diff "$work/old.out" "$work/new.out" | head -5
		differ=$((differ + 1))
	fi
done
echo "${#cmds[@]} commands, $differ differ"
[ $differ = 0 ]
