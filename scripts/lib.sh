# Helpers shared by the measurement scripts; source it, do not run it.

# need fails with a hint unless every named command is installed.
need() {
	for c in "$@"; do
		command -v "$c" >/dev/null || { echo "$0: needs $c (apt-get install -y $c)" >&2; exit 1; }
	done
}

# median prints the median of the numbers on stdin, one a line.
median() {
	sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# now_ns prints a monotonic-enough clock in nanoseconds.
now_ns() { date +%s%N; }

# build_timeline builds the binary into $1.
build_timeline() {
	(cd "$(dirname "${BASH_SOURCE[0]}")/.." && go build -o "$1" .)
}
