package main

import (
	"bytes"
	"os"
	"strconv"
)

// peakRSS returns the process's peak resident size so far as Linux's
// /proc/self/status gives it (VmHWM, in kB as /usr/bin/time -v gives
// its maximum), or "n/a" elsewhere.
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "n/a"
	}
	for _, line := range bytes.Split(b, []byte("\n")) {
		f := bytes.Fields(line)
		if len(f) == 3 && string(f[0]) == "VmHWM:" && string(f[2]) == "kB" {
			if _, err := strconv.ParseInt(string(f[1]), 10, 64); err == nil {
				return string(f[1]) + " kB"
			}
		}
	}
	return "n/a"
}
