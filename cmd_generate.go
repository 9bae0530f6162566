package main

import (
	"io"
	"strconv"

	"timeline/data/synth"
)

// maxGenerate caps "timeline generate": ten million events is already a
// file of several gigabytes.
const maxGenerate = 10_000_000

// cmdGenerate writes a synthetic dataset of --events N events, built from
// --seed S (1 by default), to stdout: the same N and S always give the same
// bytes.
func cmdGenerate(a args, stdout, stderr io.Writer) error {
	if len(a.pos) > 0 {
		return usageError{a.cat.T("cli.unexpected", "generate", a.pos[0])}
	}
	if a.events == "" {
		return usageError{a.cat.T("cli.generateneedsevents")}
	}
	n, err := strconv.Atoi(a.events)
	if err != nil || n < 1 || n > maxGenerate {
		return usageError{a.cat.T("cli.badevents", maxGenerate, a.events)}
	}
	seed := int64(1)
	if a.seed != "" {
		if seed, err = strconv.ParseInt(a.seed, 10, 64); err != nil {
			return usageError{a.cat.T("cli.badseed", a.seed)}
		}
	}
	return synth.Write(stdout, n, seed)
}
